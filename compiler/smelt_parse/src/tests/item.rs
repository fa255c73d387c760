//! Items, visibility, generics, where clauses and attributes.

use expect_test::expect;

use super::{check, check_errors};

#[test]
fn functions_with_qualifiers() {
    check(
        r#"
fn a() {}
pub const fn b() -> u8 { 0 }
async fn c() {}
unsafe fn d() {}
pub(crate) const async unsafe extern "C" fn e(x: u8, ...) {}
extern fn f() {}
fn g<'a, T: Clone + 'a, const N: usize>(x: &'a [T; N]) -> impl Iterator<Item = &'a T> + 'a where T: Default {}
"#,
        expect![[r#"
            Crate
              Fn a
                Block
              Fn pub const b
                Ret
                  Ty Path u8
                Block
                  Expr Lit 0
              Fn async c
                Block
              Fn unsafe d
                Block
              Fn pub(crate) const async unsafe extern "C" e ...
                Param
                  Pat Ident x
                  Ty Path u8
                Block
              Fn extern f
                Block
              Fn g
                Generics
                  LifetimeParam 'a
                  TypeParam T
                    Bound Clone
                    Bound 'a
                  ConstParam N
                    Ty Path usize
                  Where
                    BoundPredicate
                      Ty Path T
                      Bound Default
                Param
                  Pat Ident x
                  Ty Ref 'a
                    Ty Array
                      Ty Path T
                      AnonConst
                        Expr Path N
                Ret
                  Ty ImplTrait
                    Bound Iterator<..>
                      Args
                        Constraint Item =
                          Ty Ref 'a
                            Ty Path T
                    Bound 'a
                Block
        "#]],
    );
}

#[test]
fn self_parameters() {
    check(
        "impl S { fn a(self) {} fn b(mut self) {} fn c(&self) {} fn d(&mut self) {} fn e(&'a self) {} fn f(&'a mut self) {} fn g(self: Box<Self>) {} fn h(mut self: Rc<Self>, x: u8) {} }",
        expect![[r#"
            Crate
              Impl
                Ty Path S
                Fn a
                  Param
                    Pat Ident self
                    Ty ImplicitSelf
                  Block
                Fn b
                  Param
                    Pat Ident mut self
                    Ty ImplicitSelf
                  Block
                Fn c
                  Param
                    Pat Ident self
                    Ty Ref
                      Ty ImplicitSelf
                  Block
                Fn d
                  Param
                    Pat Ident self
                    Ty Ref mut
                      Ty ImplicitSelf
                  Block
                Fn e
                  Param
                    Pat Ident self
                    Ty Ref 'a
                      Ty ImplicitSelf
                  Block
                Fn f
                  Param
                    Pat Ident self
                    Ty Ref 'a mut
                      Ty ImplicitSelf
                  Block
                Fn g
                  Param
                    Pat Ident self
                    Ty Path Box<..>
                      Args
                        Ty Path Self
                  Block
                Fn h
                  Param
                    Pat Ident mut self
                    Ty Path Rc<..>
                      Args
                        Ty Path Self
                  Param
                    Pat Ident x
                    Ty Path u8
                  Block
        "#]],
    );
}

#[test]
fn structs_enums_unions() {
    check(
        r#"
struct Unit;
struct Tuple(pub u8, pub(crate) String, Vec<u8>);
struct Named<T> where T: Copy { pub a: T, b: u8, }
struct Empty {}
enum E<T> { A, B(T, u8), C { x: u8 }, D = 3, }
union U { a: u32, b: f32 }
pub(in crate::a) struct V(pub (u8, u8));
"#,
        expect![[r#"
            Crate
              Struct Unit ;
              Struct Tuple ()
                Field pub
                  Ty Path u8
                Field pub(crate)
                  Ty Path String
                Field
                  Ty Path Vec<..>
                    Args
                      Ty Path u8
              Struct Named {}
                Generics
                  TypeParam T
                  Where
                    BoundPredicate
                      Ty Path T
                      Bound Copy
                Field pub a
                  Ty Path T
                Field b
                  Ty Path u8
              Struct Empty {}
              Enum E
                Generics
                  TypeParam T
                Variant A
                Variant B ()
                  Field
                    Ty Path T
                  Field
                    Ty Path u8
                Variant C {}
                  Field x
                    Ty Path u8
                Variant D
                  AnonConst
                    Expr Lit 3
              Union U {}
                Field a
                  Ty Path u32
                Field b
                  Ty Path f32
              Struct pub(in crate::a) V ()
                Field pub
                  Ty Tup
                    Ty Path u8
                    Ty Path u8
        "#]],
    );
}

#[test]
fn union_is_a_weak_keyword() {
    check(
        "fn union() { let union = 1; union.f(); }",
        expect![[r#"
        Crate
          Fn union
            Block
              Let
                Pat Ident union
                Expr Lit 1
              Semi
                Expr MethodCall f
                  Expr Path union
    "#]],
    );
}

#[test]
fn traits() {
    check(
        r#"
pub trait T: Sized + Clone where Self: 'static {
    const C: u8;
    const D: u8 = 1;
    type A: Iterator<Item = u8> + Clone;
    type B = u8;
    fn f(&self) -> u8;
    fn g() {}
}
unsafe trait U {}
auto trait V {}
pub unsafe auto trait W {}
trait Alias = Clone + Send;
"#,
        expect![[r#"
            Crate
              Trait pub T
                Generics
                  Where
                    BoundPredicate
                      Ty Path Self
                      Bound 'static
                Bound Sized
                Bound Clone
                Const C
                  Ty Path u8
                Const D
                  Ty Path u8
                  Expr Lit 1
                TyAlias A
                  Bound Iterator<..>
                    Args
                      Constraint Item =
                        Ty Path u8
                  Bound Clone
                TyAlias B
                  Ty Path u8
                Fn f
                  Param
                    Pat Ident self
                    Ty Ref
                      Ty ImplicitSelf
                  Ret
                    Ty Path u8
                Fn g
                  Block
              Trait unsafe U
              Trait auto V
              Trait pub unsafe auto W
              TraitAlias Alias
                Bound Clone
                Bound Send
        "#]],
    );
}

#[test]
fn anonymous_trait_parameters_in_2015() {
    check(
        "//@ edition: 2015\ntrait T { fn f(u8, &str); }",
        expect![[r#"
        Crate
          Trait T
            Fn f
              Param
                Pat Ident
                Ty Path u8
              Param
                Pat Ident
                Ty Ref
                  Ty Path str
    "#]],
    );
}

#[test]
fn impls() {
    check(
        r#"
impl S { pub fn new() -> Self { S } }
impl<T: Clone> Trait for Vec<T> { type A = T; const C: u8 = 0; fn f(&self) {} }
impl !Send for S {}
unsafe impl<T> Sync for W<T> {}
impl<T> const Default for X<T> {}
impl dyn Trait + Send {}
impl<'a> <T as Tr>::A for S {}
"#,
        expect![[r#"
            Crate
              Impl
                Ty Path S
                Fn pub new
                  Ret
                    Ty Path Self
                  Block
                    Expr Path S
              Impl
                Generics
                  TypeParam T
                    Bound Clone
                TraitRef Trait
                Ty Path Vec<..>
                  Args
                    Ty Path T
                TyAlias A
                  Ty Path T
                Const C
                  Ty Path u8
                  Expr Lit 0
                Fn f
                  Param
                    Pat Ident self
                    Ty Ref
                      Ty ImplicitSelf
                  Block
              Impl !
                TraitRef Send
                Ty Path S
              Impl unsafe
                Generics
                  TypeParam T
                TraitRef Sync
                Ty Path W<..>
                  Args
                    Ty Path T
              Impl const
                Generics
                  TypeParam T
                TraitRef Default
                Ty Path X<..>
                  Args
                    Ty Path T
              Impl
                Ty TraitObject dyn
                  Bound Trait
                  Bound Send
              Impl
                Generics
                  LifetimeParam 'a
                TraitRef 
                Ty Path S

            error: expected a trait, found type
             --> test.rs:8:10
              |
            8 | impl<'a> <T as Tr>::A for S {}
              |          ^^^^^^^^^^^^

        "#]],
    );
}

#[test]
fn modules_and_uses() {
    check(
        r#"
mod a;
pub mod b { #![allow(unused)] fn f() {} mod c { } }
use std::collections::{HashMap, hash_map::{self, Entry}};
use ::std::io::*;
use a::b as c;
use a::Trait as _;
use {x, y::z};
use self::m::*;
use super::super::n;
use crate::o;
"#,
        expect![[r#"
            Crate
              Mod a (unloaded)
              Mod pub b
                Attr #![allow(unused)]
                Fn f
                  Block
                Mod c
              Use std::collections::{HashMap, hash_map::{self, Entry}}
              Use ::std::io::*
              Use a::b as c
              Use a::Trait as _
              Use {x, y::z}
              Use self::m::*
              Use super::super::n
              Use crate::o
        "#]],
    );
}

#[test]
fn consts_statics_aliases_extern_crates() {
    check(
        r#"
const A: u8 = 1;
const _: () = ();
static B: &str = "b";
static mut C: u32 = 0;
pub type D<T> = Vec<T>;
type E<T> where T: Copy = T;
extern crate std;
extern crate core as my_core;
extern crate self as me;
"#,
        expect![[r#"
            Crate
              Const A
                Ty Path u8
                Expr Lit 1
              Const _
                Ty Tup
                Expr Tup
              Static B
                Ty Ref
                  Ty Path str
                Expr Lit "b"
              Static mut C
                Ty Path u32
                Expr Lit 0
              TyAlias pub D
                Generics
                  TypeParam T
                Ty Path Vec<..>
                  Args
                    Ty Path T
              TyAlias E
                Generics
                  TypeParam T
                  Where
                    BoundPredicate
                      Ty Path T
                      Bound Copy
                Ty Path T
              ExternCrate std
              ExternCrate core as my_core
              ExternCrate self as me
        "#]],
    );
}

#[test]
fn extern_blocks() {
    check(
        r#"
extern "C" {
    fn printf(fmt: *const u8, ...) -> i32;
    static errno: i32;
    static mut environ: *const *const u8;
    type Opaque;
}
unsafe extern "C" { pub safe fn abs(x: i32) -> i32; pub unsafe static X: u8; }
extern { fn g(); }
"#,
        expect![[r#"
            Crate
              ForeignMod "C"
                Fn printf ...
                  Param
                    Pat Ident fmt
                    Ty Ptr const
                      Ty Path u8
                  Ret
                    Ty Path i32
                Static errno
                  Ty Path i32
                Static mut environ
                  Ty Ptr const
                    Ty Ptr const
                      Ty Path u8
                TyAlias Opaque
              ForeignMod unsafe "C"
                Fn pub safe abs
                  Param
                    Pat Ident x
                    Ty Path i32
                  Ret
                    Ty Path i32
                Static pub unsafe X
                  Ty Path u8
              ForeignMod
                Fn g
        "#]],
    );
}

#[test]
fn macros_in_item_position() {
    check(
        r#"
macro_rules! m { ($x:expr) => { $x + 1 }; () => {} }
macro_rules! n ( () => () );
macro p($x:expr) { $x }
m!(1);
m! { 2 }
m![3];
std::println!("hi");
"#,
        expect![[r#"
            Crate
              MacroRules m { ($x:expr) => { $x + 1 }; () => {} }
              MacroRules n (() => ())
              Macro p { ($x:expr) => { $x } }
              MacCall m!(1)
              MacCall m! { 2 }
              MacCall m![3]
              MacCall std::println!("hi")
        "#]],
    );
}

#[test]
fn attributes_and_doc_comments() {
    check(
        r#"#![crate_type = "lib"]
//! Crate docs.

/// Docs.
#[derive(Debug, Clone)]
#[path = "x.rs"]
#[cfg(all(unix, feature = "x"))]
#[rustfmt::skip]
#[unsafe(no_mangle)]
/** Block docs. */
fn f(#[attr] x: u8) { #![inner] #[a] let y = 1; }
"#,
        expect![[r#"
            Crate
              Attr #![crate_type = "lib"]
              Attr //! Crate docs.
              Fn f
                Attr /// Docs.
                Attr #[derive(Debug, Clone)]
                Attr #[path = "x.rs"]
                Attr #[cfg(all(unix, feature = "x"))]
                Attr #[rustfmt::skip]
                Attr #[no_mangle]
                Attr /** Block docs. */
                Attr #![inner]
                Param
                  Attr #[attr]
                  Pat Ident x
                  Ty Path u8
                Block
                  Let
                    Attr #[a]
                    Pat Ident y
                    Expr Lit 1
        "#]],
    );
}

#[test]
fn generics_and_bounds() {
    check(
        r#"
fn f<'a: 'b + 'c, 'b, T: ?Sized + for<'x> Fn(&'x u8) -> u8 + 'a, U = u8, const N: usize = 3>() {}
fn g<T>() where for<'a> &'a T: Into<u8>, 'a: 'b, T: (Clone) + ~const Default + use<'a, T> {}
struct S<#[cfg(x)] T>(T);
"#,
        expect![[r#"
            Crate
              Fn f
                Generics
                  LifetimeParam 'a
                    Bound 'b
                    Bound 'c
                  LifetimeParam 'b
                  TypeParam T
                    Bound ?Sized
                    Bound Fn(..)
                      For
                        LifetimeParam 'x
                      ParenArgs
                        Ty Ref 'x
                          Ty Path u8
                        Ret
                          Ty Path u8
                    Bound 'a
                  TypeParam U
                    Default
                      Ty Path u8
                  ConstParam N
                    Ty Path usize
                    Default
                      AnonConst
                        Expr Lit 3
                Block
              Fn g
                Generics
                  TypeParam T
                  Where
                    BoundPredicate
                      For
                        LifetimeParam 'a
                      Ty Ref 'a
                        Ty Path T
                      Bound Into<..>
                        Args
                          Ty Path u8
                    RegionPredicate 'a
                      Bound 'b
                    BoundPredicate
                      Ty Path T
                      Bound Clone
                      Bound ~const Default
                      Bound use<..>
                        Lifetime 'a
                        Ty Path T
                Block
              Struct S ()
                Generics
                  TypeParam T
                    Attr #[cfg(x)]
                Field
                  Ty Path T
        "#]],
    );
}

#[test]
fn visibilities() {
    check(
        "pub fn a() {} pub(crate) fn b() {} pub(super) fn c() {} pub(self) fn d() {} pub(in a::b) fn e() {}",
        expect![[r#"
            Crate
              Fn pub a
                Block
              Fn pub(crate) b
                Block
              Fn pub(super) c
                Block
              Fn pub(self) d
                Block
              Fn pub(in a::b) e
                Block
        "#]],
    );
}

#[test]
fn incorrect_visibility_restriction() {
    check_errors(
        "pub(a) fn f() {}",
        expect![[r#"
        error[E0704]: incorrect visibility restriction
         --> test.rs:1:5
          |
        1 | pub(a) fn f() {}
          |     ^
          |
          = help: some possible visibility restrictions are:
                  `pub(crate)`: visible only on the current crate
                  `pub(super)`: visible only in the current module's parent
                  `pub(in path::to::module)`: visible only on the specified path
        help: make this visible only to module `a` with `in`
          |
        1 | pub(in a) fn f() {}
          |     ++

    "#]],
    );
}

#[test]
fn async_fn_needs_2018() {
    check_errors(
        "//@ edition: 2015\nasync fn f() {}",
        expect![[r#"
        error[E0670]: `async fn` is not permitted in Rust 2015
         --> test.rs:2:1
          |
        2 | async fn f() {}
          | ^^^^^ to use `async fn`, switch to Rust 2018 or later
          |
          = help: pass `--edition 2024` to `rustc`
          = note: for more on editions, read https://doc.rust-lang.org/edition-guide

    "#]],
    );
}

#[test]
fn missing_item_keyword() {
    check_errors(
        "pub foo() {}",
        expect![[r#"
        error: missing `fn` for function definition
         --> test.rs:1:1
          |
        1 | pub foo() {}
          | ^^^^^^^
          |
        help: add `fn` here to parse `foo` as a function
          |
        1 | pub fn foo() {}
          |     ++

    "#]],
    );
    check_errors(
        "pub S { a: u8 }",
        expect![[r#"
        error: missing `struct` for struct definition
         --> test.rs:1:1
          |
        1 | pub S { a: u8 }
          | ^^^^^
          |
        help: add `struct` here to parse `S` as a struct
          |
        1 | pub struct S { a: u8 }
          |     ++++++

    "#]],
    );
    check_errors(
        "pub foo(x)",
        expect![[r#"
        error: missing `fn` or `struct` for function or struct definition
         --> test.rs:1:1
          |
        1 | pub foo(x)
          | ^^^^^^^
          |
        help: if you meant to call a macro, try
          |
        1 | pub foo!(x)
          |        +

    "#]],
    );
    check_errors(
        "pub E { A, B }",
        expect![[r#"
        error: missing `enum` for enum definition
         --> test.rs:1:1
          |
        1 | pub E { A, B }
          | ^^^^^
          |
        help: add `enum` here to parse `E` as an enum
          |
        1 | pub enum E { A, B }
          |     ++++

    "#]],
    );
}

#[test]
fn items_not_allowed_in_impls_and_extern_blocks() {
    check_errors(
        "impl S { struct X; }\nextern \"C\" { fn f() {} mod m {} }",
        expect![[r#"
        error: struct is not supported in `trait`s or `impl`s
         --> test.rs:1:10
          |
        1 | impl S { struct X; }
          |          ^^^^^^^^^
          |
          = help: consider moving the struct out to a nearby module scope

        error: incorrect function inside `extern` block
         --> test.rs:2:17
          |
        2 | extern "C" { fn f() {} mod m {} }
          |                 ^ cannot have a body
          |
          = help: you might have meant to write a function accessible through FFI, which can be done by writing `extern fn` outside of the `extern` block
          = note: for more information, visit https://doc.rust-lang.org/std/keyword.extern.html
        help: remove the invalid body
          |
        2 - extern "C" { fn f() {} mod m {} }
        2 + extern "C" { fn f() ; mod m {} }
          |

        error: module is not supported in `extern` blocks
         --> test.rs:2:24
          |
        2 | extern "C" { fn f() {} mod m {} }
          |                        ^^^^^^^^
          |
          = help: consider moving the module out to a nearby module scope

    "#]],
    );
}

#[test]
fn item_errors() {
    check_errors(
        "struct S;;\nconst X = 5;\nstruct T { a: u8 b: u8 }\nstatic Y = 1;",
        expect![[r#"
        error: expected item, found `;`
         --> test.rs:1:10
          |
        1 | struct S;;
          |          ^
          |
          = help: braced struct declarations are not followed by a semicolon
        help: remove this semicolon
          |
        1 - struct S;;
        1 + struct S;
          |

        error: missing type for `const` item
         --> test.rs:2:8
          |
        2 | const X = 5;
          |        ^
          |
        help: provide a type for the constant
          |
        2 | const X: <type> = 5;
          |        ++++++++

        error: expected `,`, or `}`, found `b`
         --> test.rs:3:17
          |
        3 | struct T { a: u8 b: u8 }
          |                 ^
          |
        help: try adding a comma
          |
        3 | struct T { a: u8, b: u8 }
          |                 +

        error: missing type for `static` item
         --> test.rs:4:9
          |
        4 | static Y = 1;
          |         ^
          |
        help: provide a type for the static variable
          |
        4 | static Y: <type> = 1;
          |         ++++++++

    "#]],
    );
}
