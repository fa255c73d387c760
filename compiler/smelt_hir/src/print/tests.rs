//! Snapshot tests of the `--emit=hir` printer through one helper, `check(src, expect)`: `src`
//! is a `#![no_core]` crate (with `MINI_CORE`'s lang items after it) parsed, expanded,
//! resolved and lowered as the driver does; the printed HIR of the items `src` itself defines
//! is compared with `expect`, followed by any diagnostics. Bless with
//! `UPDATE_EXPECT=1 cargo test -p smelt_hir`.

use std::path::{Path, PathBuf};

use expect_test::{expect, Expect};
use smelt_errors::BufferEmitter;
use smelt_expand::{CfgSet, ExpandConfig, MacroStore};
use smelt_resolve::CrateStore;
use smelt_session::{CrateType, Options, Session};
use smelt_span::Edition;

use crate::Hir;

/// The lang items the desugarings use, defined after the test's own source. Its items are
/// printed too, but `check` cuts the output at the marker module.
const MINI_CORE: &str = r#"
mod mini_core {
    #[lang = "sized"] pub trait Sized {}
    #[lang = "copy"] pub trait Copy {}
    #[lang = "send"] pub unsafe auto trait Send {}
    #[lang = "fn_once"] pub trait FnOnce<Args> { #[lang = "fn_once_output"] type Output; }
    #[lang = "fn_mut"] pub trait FnMut<Args>: FnOnce<Args> {}
    #[lang = "fn"] pub trait Fn<Args>: FnMut<Args> {}
    #[lang = "Option"]
    pub enum Option<T> { #[lang = "None"] None, #[lang = "Some"] Some(T) }
    #[lang = "IntoIterator"]
    pub trait IntoIterator {
        type Item;
        type IntoIter: Iterator<Item = Self::Item>;
        #[lang = "into_iter"]
        fn into_iter(self) -> Self::IntoIter;
    }
    #[lang = "iterator"]
    pub trait Iterator {
        type Item;
        #[lang = "next"]
        fn next(&mut self) -> Option<Self::Item>;
    }
    #[lang = "Range"] pub struct Range<Idx> { pub start: Idx, pub end: Idx }
    #[lang = "RangeFrom"] pub struct RangeFrom<Idx> { pub start: Idx }
    #[lang = "RangeTo"] pub struct RangeTo<Idx> { pub end: Idx }
    #[lang = "RangeFull"] pub struct RangeFull;
    #[lang = "RangeToInclusive"] pub struct RangeToInclusive<Idx> { pub end: Idx }
    #[lang = "RangeInclusive"] pub struct RangeInclusive<Idx> { start: Idx, end: Idx }
    impl<Idx> RangeInclusive<Idx> {
        #[lang = "range_inclusive_new"]
        pub const fn new(start: Idx, end: Idx) -> Self { RangeInclusive { start, end } }
    }
    pub enum ControlFlow<B, C> { #[lang = "Continue"] Continue(C), #[lang = "Break"] Break(B) }
    pub trait Try {
        type Output;
        type Residual;
        #[lang = "branch"]
        fn branch(self) -> ControlFlow<Self::Residual, Self::Output>;
    }
    pub trait FromResidual<R> {
        #[lang = "from_residual"]
        fn from_residual(residual: R) -> Self;
    }
    #[lang = "format_arguments"] pub struct Arguments<'a> { pieces: &'a [&'static str] }
    #[lang = "format_argument"] pub struct Argument<'a> { value: &'a u8 }
    #[lang = "format_placeholder"] pub struct Placeholder;
    #[lang = "format_count"] pub enum Count { Is(u16), Param(usize), Implied }
    #[lang = "format_alignment"] pub enum Alignment { Left, Right, Center, Unknown }
    #[lang = "format_unsafe_arg"] pub struct UnsafeArg;
}
"#;

/// Where the test's own items end in the printed crate.
const MINI_CORE_START: &str = "mod mini_core {";

struct NoFiles;

impl smelt_expand::FileLoader for NoFiles {
    fn read_to_string(&self, _: &Path) -> std::io::Result<String> {
        Err(std::io::Error::other("the tests read no files"))
    }
    fn exists(&self, _: &Path) -> bool {
        false
    }
}

/// Parses, expands, resolves and lowers `src` and prints its HIR, with the diagnostics.
fn print(src: &str) -> String {
    let emitter = BufferEmitter::default();
    let diags = emitter.out.clone();
    let opts = Options {
        edition: Edition::E2021,
        crate_types: vec![CrateType::Lib],
        ..Options::default()
    };
    let sess = Session::new(opts, Box::new(emitter));
    let file = sess
        .source_map
        .new_source_file("test.rs".into(), format!("#![no_core]\n{src}{MINI_CORE}"));
    let krate = smelt_parse::parse_crate(&sess, &file, Edition::E2021);
    let name = sess.intern("test");
    let loader = NoFiles;
    // Expanded as a library crate, which may use `#[lang]` and `#![no_core]`.
    let cfg = ExpandConfig {
        crate_num: 0,
        crate_name: name,
        edition: Edition::E2021,
        is_library: true,
        root_path: PathBuf::from("test.rs"),
        loader: &loader,
        externs: vec![],
        cfg: CfgSet::for_session(&sess, false),
    };
    let (krate, _) = smelt_expand::expand_crate(&sess, &cfg, &MacroStore::default(), krate);
    let mut cstore = CrateStore::default();
    let resolved =
        smelt_resolve::resolve_crate(&sess, &mut cstore, &krate, name, Edition::E2021, &[], false);
    let mut hir = Hir::default();
    let lowered = crate::lowering::lower_crate(
        &sess,
        &krate,
        &resolved,
        &cstore,
        &mut hir.lang_items,
        name,
        Edition::E2021,
        false,
    );
    hir.crates.push(lowered);
    let text = super::print_crate(&hir, hir.local_crate(), &sess.interner);
    let diags = diags.borrow().clone();
    if diags.is_empty() {
        text
    } else {
        format!("{text}\n{diags}")
    }
}

/// Prints `src`'s HIR (without the mini core) and compares it with `expect`.
fn check(src: &str, expect: Expect) {
    let text = print(src);
    let text = match text.find(MINI_CORE_START) {
        Some(at) => format!(
            "{}{}",
            &text[..at],
            &text[text[at..].find("\n}\n").map_or(text.len(), |e| at + e + 3)..]
        ),
        None => text,
    };
    expect.assert_eq(&text);
}

#[test]
fn for_loop() {
    check(
        r#"
fn main() {
    let mut s = 0;
    for i in 0..10 {
        s += i;
    }
}
"#,
        expect![[r#"
            fn main() {
                let mut s = 0;
                match IntoIterator::into_iter(#[lang = "Range"] { start: 0, end: 10 }) {
                    mut iter => loop {
                        match Iterator::next(&mut iter) {
                            None => break,
                            Some(i) => {
                                s += i;
                            }
                        }
                    },
                }
            }
        "#]],
    );
}

#[test]
fn items() {
    check(
        r#"
use mini_core::Option;
pub static mut COUNTER: u32 = 0;
pub(crate) const LIMIT: usize = 10;
static NAMES: [&str; 2] = ["a", "b"];
type Pair<T> = (T, T);
#[repr(C)]
pub struct Point { pub x: i32, y: i32 }
pub struct Wrapper<T>(pub T, u8);
struct Unit;
#[repr(u8)]
enum Kind { A = 1, B, C(u8, u16), D { x: i32 } }
#[repr(C, packed)]
union Bits { i: u32, f: f32 }
pub mod outer {
    pub mod inner {
        pub(super) fn up() {}
        pub(in crate::outer) fn within() {}
        pub(crate) struct S;
    }
    fn private() {}
}
extern "C" {
    fn abs(x: i32) -> i32;
    static errno: i32;
    type Opaque;
}
macro_rules! m { () => {} }
#[inline]
#[track_caller]
#[cold]
pub fn attributed() {}
#[inline(always)]
#[must_use]
#[no_mangle]
const unsafe extern "C" fn c_abi(x: *const u8, ...) -> u8 { 0 }
#[inline(never)]
#[export_name = "renamed"]
fn exported() {}
"#,
        expect![[r#"
            pub static mut COUNTER: u32 = 0;
            const LIMIT: usize = 10;
            static NAMES: [&str; 2] = ["a", "b"];
            type Pair<T> = (T, T);
            #[repr(C)]
            pub struct Point {
                pub x: i32,
                y: i32,
            }
            pub struct Wrapper<T>(pub T, u8);
            struct Unit;
            #[repr(u8)]
            enum Kind {
                A = 1,
                B,
                C(u8, u16),
                D { x: i32 },
            }
            #[repr(C, packed)]
            union Bits {
                i: u32,
                f: f32,
            }
            pub mod outer {
                pub mod inner {
                    pub(super) fn up() {}
                    pub(super) fn within() {}
                    pub(crate) struct S;
                }
                fn private() {}
            }
            extern "C" {
                fn abs(_: i32) -> i32;
                static errno: i32;
                type Opaque;
            }
            macro_rules! m { /* .. */ }
            #[inline]
            #[track_caller]
            #[cold]
            pub fn attributed() {}
            #[inline(always)]
            #[must_use]
            #[no_mangle]
            const unsafe extern "C" fn c_abi(x: *const u8, ...) -> u8 { 0 }
            #[inline(never)]
            #[export_name = "renamed"]
            fn exported() {}
        "#]],
    );
}

#[test]
fn traits_and_impls() {
    check(
        r#"
use mini_core::{Copy, Sized};
pub trait Shape: Sized {
    const SIDES: u32;
    const NAME: &'static str = "shape";
    type Unit: Copy;
    type Meta<'a> where Self: 'a;
    fn area(&self) -> f64;
    fn scale(&mut self, by: f64) { let _ = by; }
    fn new(size: f64) -> Self;
    fn consume(self);
    fn explicit(self: &Self) {}
}
pub unsafe trait Marker {}
trait Both = Shape + Marker;
struct Square(f64);
impl Shape for Square {
    const SIDES: u32 = 4;
    type Unit = u8;
    type Meta<'a> = &'a u8;
    #[inline]
    fn area(&self) -> f64 { self.0 * self.0 }
    fn new(size: f64) -> Self { Square(size) }
    fn consume(mut self) { self.0 = 1.0; }
}
impl Square {
    pub const ONE: Square = Square(1.0);
    pub fn side(&self) -> f64 { self.0 }
    fn with_lifetime<'a>(&'a self, other: &'a Square) -> &'a f64 { &other.0 }
}
unsafe impl Marker for Square {}
impl !Marker for u8 {}
"#,
        expect![[r#"
            pub trait Shape: Sized {
                const SIDES: u32;
                const NAME: &'static str = "shape";
                type Unit: Copy;
                type Meta<'a> where Self: 'a;
                fn area(&self) -> f64;
                fn scale(&mut self, by: f64) {
                    let _ = by;
                }
                fn new(_: f64) -> Self;
                fn consume(self);
                fn explicit(self: &Self) {}
            }
            pub unsafe trait Marker {}
            trait Both = Shape + Marker;
            struct Square(f64);
            impl Shape for Square {
                const SIDES: u32 = 4;
                type Unit = u8;
                type Meta<'a> = &'a u8;
                #[inline]
                fn area(&self) -> f64 { self.0 * self.0 }
                fn new(size: f64) -> Self { Square(size) }
                fn consume(mut self) {
                    self.0 = 1.0;
                }
            }
            impl Square {
                pub const ONE: Square = Square(1.0);
                pub fn side(&self) -> f64 { self.0 }
                fn with_lifetime<'a>(&'a self, other: &'a Square) -> &'a f64 { &other.0 }
            }
            unsafe impl Marker for Square {}
            impl !Marker for u8 {}
        "#]],
    );
}

#[test]
fn generics_and_where_clauses() {
    check(
        r#"
use mini_core::{Copy, Fn, FnMut, Iterator, Option, Option::None, Send, Sized};
// HIR keeps no `for<'x>` binder (its lifetimes are late-bound and elided).
struct Buf<'a, T: ?Sized + 'a, const N: usize, U = u8> where T: Copy { data: &'a T, extra: [U; N] }
fn apply<F>(f: F) -> u8 where F: Fn(u8, u16) -> u8, for<'x> &'x F: Copy { f(1, 2) }
fn unit_fn<F: FnMut()>(f: F) {}
fn arg_impl(it: impl Iterator<Item = u8> + Copy, d: &dyn Copy, e: &(dyn Copy + Send)) {}
fn outlives<'a, 'b: 'a>(x: &'a u8, y: &'b mut u8) -> &'a u8 { x }
fn consts<const N: usize>() -> [u8; N] { [0; N] }
fn call_consts() { let _ = consts::<3>(); let _ = consts::<{ 1 + 2 }>(); }
fn assoc<I: Iterator>(i: I) -> Option<<I as Iterator>::Item> where I::Item: Copy { None }
fn pointers(a: *const u8, b: *mut [u8], c: fn(u8) -> u8, d: unsafe extern "C" fn(), e: (u8,), f: (), g: !) {}
"#,
        expect![[r#"
            struct Buf<'a, T, const N: usize, U = u8> where T: ?Sized + 'a, T: Copy {
                data: &'a T,
                extra: [U; N],
            }
            fn apply<F>(f: F) -> u8 where F: Fn(u8, u16) -> u8, &F: Copy { f(1, 2) }
            fn unit_fn<F>(f: F) where F: FnMut() {}
            fn arg_impl(it: impl Iterator<Item = u8> + Copy, d: &dyn Copy, e: &(dyn Copy + Send)) {}
            fn outlives<'a, 'b>(x: &'a u8, y: &'b mut u8) -> &'a u8 where 'b: 'a { x }
            fn consts<const N: usize>() -> [u8; N] {
                [0; N]
            }
            fn call_consts() {
                let _ = consts::<3>();
                let _ = consts::<{ 1 + 2 }>();
            }
            fn assoc<I>(i: I) -> Option<<I as Iterator>::Item> where I: Iterator, I::Item: Copy { None }
            fn pointers(a: *const u8, b: *mut [u8], c: fn(u8) -> u8, d: unsafe extern "C" fn(), e: (u8,), f: (), g: !) {}
        "#]],
    );
}

#[test]
fn expressions() {
    check(
        r#"
struct P { x: i32, y: i32 }
fn f(a: i32, b: i32) -> i32 { a }
fn exprs(mut a: i32, b: bool, v: [i32; 3], p: P) -> i32 {
    let (x, y) = (1, 2);
    let t = (1, "two", 3.0, 'c');
    let one = (a,);
    let arr = [1, 2, 3];
    let rep = [0u8; 16];
    let call = f(a, -a);
    let method = a.clone();
    let generic = a.into::<i64>();
    let field = p.x + t.0;
    let index = v[1];
    let cast = a as u8 as u32;
    let refs = (&a, &mut a, &raw const a, &raw mut a);
    let deref = *&a;
    let not = !b;
    let s = P { x: 1, y };
    let base = P { x: 2, ..p };
    let short = P { x, y };
    a = 5;
    a += 1;
    a <<= 2;
    let c = if b { 1 } else if !b { 2 } else { 3 };
    let m = match a { 0 => 1, n if n > 5 => { n } _ => 0 };
    let blk = { let z = 1; z + 1 };
    let u = unsafe { 1 };
    let k = const { 1 + 2 };
    let l = 'outer: loop {
        loop { if b { break 'outer 5; } continue 'outer; }
    };
    let lb = 'blk: { if b { break 'blk 1; } 2 };
    let cl = |x: i32, y| x + y;
    let mv = move || -> i32 { a };
    let nested = |x| |y: i32| x;
    if let (z, 1) = (a, a) { return z; }
    return a;
}
"#,
        expect![[r#"
            struct P {
                x: i32,
                y: i32,
            }
            fn f(a: i32, b: i32) -> i32 { a }
            fn exprs(mut a: i32, b: bool, v: [i32; 3], p: P) -> i32 {
                let (x, y) = (1, 2);
                let t = (1, "two", 3.0, 'c');
                let one = (a,);
                let arr = [1, 2, 3];
                let rep = [0u8; 16];
                let call = f(a, -a);
                let method = a.clone();
                let generic = a.into::<i64>();
                let field = p.x + t.0;
                let index = v[1];
                let cast = a as u8 as u32;
                let refs = (&a, &mut a, &raw const a, &raw mut a);
                let deref = *&a;
                let not = !b;
                let s = P { x: 1, y };
                let base = P { x: 2, ..p };
                let short = P { x, y };
                a = 5;
                a += 1;
                a <<= 2;
                let c = if b { 1 } else if !b { 2 } else { 3 };
                let m = match a {
                    0 => 1,
                    n if n > 5 => { n }
                    _ => 0,
                };
                let blk = {
                    let z = 1;
                    z + 1
                };
                let u = unsafe { 1 };
                let k = const { 1 + 2 };
                let l = 'outer: loop {
                    loop {
                        if b {
                            break 'outer 5;
                        }
                        continue 'outer;
                    }
                };
                let lb = 'blk: {
                    if b {
                        break 'blk 1;
                    }
                    2
                };
                let cl = |x: i32, y| x + y;
                let mv = move || -> i32 { a };
                let nested = |x| |y: i32| x;
                if let (z, 1) = (a, a) {
                    return z;
                }
                return a;
            }
        "#]],
    );
}

#[test]
fn precedence() {
    check(
        r#"
fn prec(a: i32, b: i32, c: i32, x: bool, y: bool) {
    let _ = a + b * c;
    let _ = (a + b) * c;
    let _ = a - (b - c);
    let _ = a - b - c;
    let _ = -(a + b);
    let _ = (a == b) == x;
    let _ = x && (y || x);
    let _ = x || y && x;
    let _ = (a as u8) < 3;
    let _ = (a + b) as u8;
    let _ = *(&a);
    let _ = (-a).abs();
    let _ = (a + b).abs();
    let _ = a << b >> c;
    let _ = a & b | c ^ a;
    let _ = (|| a)();
    let _ = &(a + b);
    let _ = !(x && y);
    let _ = a * -b;
    let _ = (a, b).0;
    let _ = f((a, b));
    let mut z = 0;
    z = a + (b * c);
    if (P { x: 1 }).x == 1 {}
    match (P { x: 2 }) { _ => {} }
}
struct P { x: i32 }
fn f(t: (i32, i32)) {}
"#,
        expect![[r#"
            fn prec(a: i32, b: i32, c: i32, x: bool, y: bool) {
                let _ = a + b * c;
                let _ = (a + b) * c;
                let _ = a - (b - c);
                let _ = a - b - c;
                let _ = -(a + b);
                let _ = (a == b) == x;
                let _ = x && (y || x);
                let _ = x || y && x;
                let _ = (a as u8) < 3;
                let _ = (a + b) as u8;
                let _ = *&a;
                let _ = (-a).abs();
                let _ = (a + b).abs();
                let _ = a << b >> c;
                let _ = a & b | c ^ a;
                let _ = (|| a)();
                let _ = &(a + b);
                let _ = !(x && y);
                let _ = a * -b;
                let _ = (a, b).0;
                let _ = f((a, b));
                let mut z = 0;
                z = a + b * c;
                if (P { x: 1 }.x == 1) {}
                match (P { x: 2 }) {
                    _ => {}
                }
            }
            struct P {
                x: i32,
            }
            fn f(t: (i32, i32)) {}
        "#]],
    );
}

#[test]
fn literals() {
    check(
        r##"
fn lits() {
    let _ = "quote \" backslash \\ newline \n tab \t nul \0 bell \x07 unicode é";
    let _ = r#"raw "string" \n"#;
    let _ = b"bytes \" \\ \n \xff";
    let _ = b'\'';
    let _ = b'a';
    let _ = b'\x80';
    let _ = '\'';
    let _ = '"';
    let _ = '\n';
    let _ = 'é';
    let _ = 1_000u64;
    let _ = 0xffi32;
    let _ = 1.5e3;
    let _ = 2.5f32;
    let _ = true;
    let _ = c"c string";
}
"##,
        expect![[r#"
            fn lits() {
                let _ = "quote \" backslash \\ newline \n tab \t nul \0 bell \u{7} unicode é";
                let _ = "raw \"string\" \\n";
                let _ = b"bytes \" \\ \n \xff";
                let _ = b'\'';
                let _ = b'a';
                let _ = b'\x80';
                let _ = '\'';
                let _ = '"';
                let _ = '\n';
                let _ = 'é';
                let _ = 1000u64;
                let _ = 255i32;
                let _ = 1.5e3;
                let _ = 2.5f32;
                let _ = true;
                let _ = c"c string";
            }
        "#]],
    );
}

#[test]
fn patterns() {
    check(
        r#"
struct P { x: i32, y: i32 }
struct T(i32, i32, i32);
enum E { A, B(i32), C { v: i32 } }
fn pats(p: P, t: T, e: E, s: &[i32], r: &i32, o: (i32, i32, i32)) {
    let P { x, y: ref mut yy } = p;
    let P { x: 0, .. } = p else { return; };
    let T(a, .., c) = t;
    let T(..) = t;
    let (first, ..) = o;
    let (.., last) = o;
    let (single,) = (1,);
    let &v = r;
    let &(mut w) = r;
    match e {
        E::A | E::B(1 | 2) => {}
        E::B(n @ 3..=9) => {}
        E::B(n @ (10 | 11)) => {}
        E::B(..=-1) => {}
        E::B(100..) => {}
        E::C { v } => {}
        _ => {}
    }
    match s {
        [] => {}
        [one] => {}
        [head, .., tail] => {}
        [head, rest @ ..] => {}
        [.., tail] => {}
    }
    match 'c' { 'a'..='z' => {} _ => {} }
    match "s" { "s" => {} _ => {} }
}
"#,
        expect![[r#"
            struct P {
                x: i32,
                y: i32,
            }
            struct T(i32, i32, i32);
            enum E {
                A,
                B(i32),
                C { v: i32 },
            }
            fn pats(p: P, t: T, e: E, s: &[i32], r: &i32, o: (i32, i32, i32)) {
                let P { x, y: ref mut yy } = p;
                let P { x: 0, .. } = p else {
                    return;
                };
                let T(a, .., c) = t;
                let T(..) = t;
                let (first, ..) = o;
                let (.., last) = o;
                let (single,) = (1,);
                let &v = r;
                let &(mut w) = r;
                match e {
                    E::A | E::B(1 | 2) => {}
                    E::B(n @ 3..=9) => {}
                    E::B(n @ (10 | 11)) => {}
                    E::B(..=-1) => {}
                    E::B(100..) => {}
                    E::C { v } => {}
                    _ => {}
                }
                match s {
                    [] => {}
                    [one] => {}
                    [head, .., tail] => {}
                    [head, rest @ ..] => {}
                    [.., tail] => {}
                }
                match 'c' {
                    'a'..='z' => {}
                    _ => {}
                }
                match "s" {
                    "s" => {}
                    _ => {}
                }
            }
        "#]],
    );
}

#[test]
fn desugarings() {
    check(
        r#"
use mini_core::{Option, Option::Some, Option::None, ControlFlow, Try, FromResidual};
fn loops(mut n: i32, o: Option<i32>) {
    while n > 0 { n -= 1; }
    'w: while let Some(x) = o { break 'w; }
    for (a, b) in pairs() { let _ = a; }
}
fn pairs() -> mini_core::Range<(i32, i32)> { loop {} }
fn ranges() {
    let _ = 1..2;
    let _ = 1..;
    let _ = ..2;
    let _ = ..;
    let _ = 1..=2;
    let _ = ..=2;
}
fn question(x: Option<i32>) -> Option<i32> {
    let y = x?;
    Some(y + 1)
}
fn destructure(mut a: i32, mut b: i32) {
    (a, b) = (b, a);
    [a, _] = [1, 2];
}
#[rustc_builtin_macro]
macro_rules! format_args { ($($t:tt)*) => {}; }
fn fmt(x: i32, y: &str) {
    let _ = format_args!("plain");
    let _ = format_args!("x = {}, y = {:?}\n", x, y);
    let _ = format_args!("{:>8} {0:#x} {y:.3}", x);
}
"#,
        expect![[r#"
            fn loops(mut n: i32, o: Option<i32>) {
                loop {
                    if n > 0 {
                        n -= 1;
                    } else { break }
                }
                'w: loop {
                    if let Some(x) = o {
                        break 'w;
                    } else { break }
                }
                match IntoIterator::into_iter(pairs()) {
                    mut iter => loop {
                        match Iterator::next(&mut iter) {
                            None => break,
                            Some((a, b)) => {
                                let _ = a;
                            }
                        }
                    },
                }
            }
            fn pairs() -> mini_core::Range<(i32, i32)> {
                loop {}
            }
            fn ranges() {
                let _ = #[lang = "Range"] { start: 1, end: 2 };
                let _ = #[lang = "RangeFrom"] { start: 1 };
                let _ = #[lang = "RangeTo"] { end: 2 };
                let _ = RangeFull;
                let _ = RangeInclusive::new(1, 2);
                let _ = #[lang = "RangeToInclusive"] { end: 2 };
            }
            fn question(x: Option<i32>) -> Option<i32> {
                let y = match Try::branch(x) {
                    Continue(val) => val,
                    Break(residual) => return FromResidual::from_residual(residual),
                };
                Some(y + 1)
            }
            fn destructure(mut a: i32, mut b: i32) {
                {
                    let (lhs, lhs) = (b, a);
                    a = lhs;
                    b = lhs;
                };
                {
                    let [lhs, _] = [1, 2];
                    a = lhs;
                };
            }
            macro_rules! format_args { /* .. */ }
            fn fmt(x: i32, y: &str) {
                let _ = #[lang = "format_arguments"]::new_const(&["plain"]);
                let _ = match (&x, &y) {
                    args => #[lang = "format_arguments"]::new_v1(&["x = ", ", y = ", "\n"], &[
                        #[lang = "format_argument"]::new_display(args.0),
                        #[lang = "format_argument"]::new_debug(args.1),
                    ]),
                };
                let _ = match (&x, &y) {
                    args => #[lang = "format_arguments"]::new_v1_formatted(&["", " ", " "], &[
                        #[lang = "format_argument"]::new_display(args.0),
                        #[lang = "format_argument"]::new_lower_hex(args.0),
                        #[lang = "format_argument"]::new_display(args.1),
                    ], &[
                        #[lang = "format_placeholder"]::new(0usize, ' ', Right, 0u32, Implied, Is(8u16)),
                        #[lang = "format_placeholder"]::new(1usize, ' ', Unknown, 4u32, Implied, Implied),
                        #[lang = "format_placeholder"]::new(2usize, ' ', Unknown, 0u32, Is(3u16), Implied),
                    ], unsafe { #[lang = "format_unsafe_arg"]::new() }),
                };
            }
        "#]],
    );
}

#[test]
fn nested_items_in_blocks() {
    check(
        r#"
fn outer() -> i32 {
    fn helper(x: i32) -> i32 { x * 2 }
    struct Local { v: i32 }
    impl Local { fn get(&self) -> i32 { self.v } }
    const K: i32 = 3;
    let l = Local { v: helper(K) };
    l.get()
}
"#,
        expect![[r#"
            fn outer() -> i32 {
                fn helper(x: i32) -> i32 { x * 2 }
                struct Local {
                    v: i32,
                }
                impl Local {
                    fn get(&self) -> i32 { self.v }
                }
                const K: i32 = 3;
                let l = Local { v: helper(K) };
                l.get()
            }
        "#]],
    );
}

#[test]
fn paths() {
    check(
        r#"
use mini_core::{Copy, Option, Option::Some};
trait Make { const ZERO: Self; fn make() -> Self; type Out; }
struct W<T> { v: T }
impl<T: Make> W<T> where T: Copy {
    fn new(v: T) -> Self { Self { v } }
    fn build() -> W<T> {
        let a = <T as Make>::make();
        let b = T::make();
        let c = <T>::ZERO;
        let d = W::<T>::new(a);
        let e = W::<T> { v: b };
        let f: <T as Make>::Out = loop {};
        let g = Option::Some::<u8>(1);
        let h = crate::mini_core::Option::<u8>::None;
        let i = <[u8]>::len;
        d
    }
}
"#,
        expect![[r#"
            trait Make {
                const ZERO: Self;
                fn make() -> Self;
                type Out;
            }
            struct W<T> {
                v: T,
            }
            impl<T> W<T> where T: Make, T: Copy {
                fn new(v: T) -> Self {
                    Self { v }
                }
                fn build() -> W<T> {
                    let a = <T as Make>::make();
                    let b = T::make();
                    let c = T::ZERO;
                    let d = W::<T>::new(a);
                    let e = W::<T> { v: b };
                    let f: <T as Make>::Out = loop {};
                    let g = Option::Some::<u8>(1);
                    let h = crate::mini_core::Option::<u8>::None;
                    let i = <[u8]>::len;
                    d
                }
            }
        "#]],
    );
}

#[test]
fn attributes_and_lang_items() {
    check(
        r#"
#[lang = "drop"]
pub trait Drop {
    #[track_caller]
    fn drop(&mut self);
}
#[non_exhaustive]
pub enum Result<T, E> {
    #[lang = "Ok"]
    Ok(T),
    #[lang = "Err"]
    Err(E),
}
#[repr(transparent)]
struct Meters(f64);
#[repr(align(16))]
struct Aligned(u8);
#[rustc_intrinsic]
pub unsafe fn transmute<T, U>(x: T) -> U;
#[automatically_derived]
impl Drop for Meters {
    #[inline]
    #[rustc_inherit_overflow_checks]
    fn drop(&mut self) {}
}
unsafe extern "C" {
    #[link_name = "c_puts"]
    pub safe fn puts(s: *const u8) -> i32;
    pub fn printf(fmt: *const u8, ...) -> i32;
}
"#,
        expect![[r##"
            #[lang = "drop"]
            pub trait Drop {
                #[track_caller]
                fn drop(&mut self);
            }
            #[non_exhaustive]
            pub enum Result<T, E> {
                #[lang = "Ok"]
                Ok(T),
                #[lang = "Err"]
                Err(E),
            }
            #[repr(transparent)]
            struct Meters(f64);
            #[repr(align(16))]
            struct Aligned(u8);
            #[rustc_intrinsic]
            pub unsafe fn transmute<T, U>(_: T) -> U;
            #[automatically_derived]
            impl Drop for Meters {
                #[inline]
                #[rustc_inherit_overflow_checks]
                fn drop(&mut self) {}
            }
            extern "C" {
                #[link_name = "c_puts"]
                pub safe fn puts(_: *const u8) -> i32;
                pub fn printf(_: *const u8, ...) -> i32;
            }
        "##]],
    );
}

/// A long operator chain prints without running out of stack (the driver has a big one; the
/// test thread gets less, as the parser and lowering recurse too).
#[test]
fn deep_expression() {
    let n = 2000;
    let src = format!("fn deep() -> i32 {{ {} }}\n", vec!["1"; n].join(" + "));
    let text = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || print(&src))
        .expect("spawn")
        .join()
        .expect("printing does not panic");
    let expected = format!(
        "fn deep() -> i32 {{\n    {}\n}}\n",
        vec!["1"; n].join(" + ")
    );
    assert!(
        text.starts_with(&expected),
        "{}",
        &text[..200.min(text.len())]
    );
}
