//! The tree dump.

use expect_test::expect;
use smelt_ast::dump;
use smelt_ast::*;
use smelt_span::Interner;

use crate::build::B;
use crate::kitchen::kitchen_sink;

#[test]
fn small_function() {
    // fn main(x: i32) { let mut y = x + 1; }
    let interner = Interner::new();
    let b = B::new(&interner);
    let body = vec![b.s_let(
        b.pat(PatKind::Ident(BindingMode::MUT, b.ident("y"), None)),
        None,
        LocalKind::Init(b.e_bin(BinOpKind::Add, b.e_path("x"), b.e_int(1))),
    )];
    let item = b.item(
        "main",
        ItemKind::Fn(b.func(
            Generics::default(),
            vec![b.param(b.pat_ident("x"), b.ty_path("i32"))],
            None,
            Some(body),
        )),
    );
    expect![[r#"
        Fn main
          Param
            Pat Ident x
            Ty Path i32
          Block
            Let
              Pat Ident mut y
              Expr Binary +
                Expr Path x
                Expr Lit 1
    "#]]
    .assert_eq(&dump::dump_item(&item, &interner));
}

#[test]
fn precedence_shows_in_the_shape() {
    use BinOpKind::*;
    let interner = Interner::new();
    let b = B::new(&interner);
    // (a + b) * c, a + b * c, and a written `(a + b)`.
    let exprs = [
        b.e_bin(
            Mul,
            b.e_bin(Add, b.e_path("a"), b.e_path("b")),
            b.e_path("c"),
        ),
        b.e_bin(
            Add,
            b.e_path("a"),
            b.e_bin(Mul, b.e_path("b"), b.e_path("c")),
        ),
        b.expr(ExprKind::Paren(b.e_bin(Add, b.e_path("a"), b.e_path("b")))),
    ];
    let dumped: Vec<String> = exprs
        .iter()
        .map(|e| dump::dump_expr(e, &interner))
        .collect();
    expect![[r#"
        Expr Binary *
          Expr Binary +
            Expr Path a
            Expr Path b
          Expr Path c

        Expr Binary +
          Expr Path a
          Expr Binary *
            Expr Path b
            Expr Path c

        Expr Paren
          Expr Binary +
            Expr Path a
            Expr Path b
    "#]]
    .assert_eq(&dumped.join("\n"));
}

#[test]
fn kitchen_sink_dumps() {
    let interner = Interner::new();
    let b = B::new(&interner);
    let krate = kitchen_sink(&b);
    expect![[r#"
        Crate
          Attr #![allow(dead_code)]
          Attr //! The crate.
          ExternCrate std as mystd
          Use pub std::{fmt as f, io::*, self}
          Static pub(crate) mut COUNTER
            Ty Path u32
            Expr Lit 0
          Const N
            Ty Path usize
            Expr Lit 3
          Mod inner
            Attr #![rustfmt::skip]
            Fn pub(in super::super) f
              Block
            Mod outlined (unloaded)
          ForeignMod unsafe "C"
            Static safe X
              Ty Path i32
            Fn printf ...
              Param
                Pat Ident fmt
                Ty Ptr const
                  Ty Path u8
              Ret
                Ty Path i32
            TyAlias Opaque
            MacCall m!()
          TyAlias Alias
            Generics
              LifetimeParam 'a
              TypeParam T
                Bound Clone
                Default
                  Ty Path u8
              Where
                BoundPredicate
                  Ty Path T
                  Bound Copy
            Ty Ref 'a
              Ty Array
                Ty Path T
                AnonConst
                  Expr Path N
          Enum E
            Attr /** An enum. */
            Attr #[derive(Debug, Clone)]
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
                Ty Path i32
            Variant D
              AnonConst
                Expr Lit 3
          Struct S {}
            Generics
              ConstParam M
                Ty Path usize
                Default
                  AnonConst
                    Expr Lit 2
            Field pub a
              Attr /// The bytes.
              Ty Path Vec<..>
                Args
                  Ty Path u8
            Field b
              Ty Tup
                Ty Path u8
                Ty Path i32
          Struct T ()
            Field pub
              Ty Path u8
          Struct U ;
          Union V {}
            Field a
              Ty Path u8
            Field b
              Ty Path f32
          Trait unsafe auto Tr
            Generics
              TypeParam T
              Where
                BoundPredicate
                  Ty Path Self
                  Bound Sized
            Bound Clone
            Bound Fn(..)
              For
                LifetimeParam 'a
              ParenArgs
                Ty Ref 'a
                  Ty Path u8
                Ret
                  Ty Path u8
            Const C
              Ty Path u8
              Expr Lit 1
            TyAlias Item
              Bound Copy
            Fn m
              Param
                Pat Ident self
                Ty Ref
                  Ty ImplicitSelf
              Param
                Pat Ident x
                Ty Path u8
              Ret
                Ty Path u8
            MacCall mac![]
          TraitAlias Al
            Bound Clone
            Bound Send
          Impl !
            Generics
              TypeParam T
            TraitRef Send
            Ty Path S<..>
              Args
                Ty Path T
                AnonConst
                  Expr Lit 3
          Impl unsafe const
            Generics
              TypeParam T
                Attr #[may_dangle]
                Bound ?Sized
                Bound ~const Tr
                Bound !Unpin
            TraitRef Tr<..>
              Args
                Ty Path T
            Ty TraitObject dyn
              Bound Fn(..)
                ParenArgs
              Bound 'static
            Fn default f
              Generics
                LifetimeParam 'a
              Param
                Pat Ident self
                Ty Ref 'a mut
                  Ty ImplicitSelf
              Block
          MacCall m! { a }
          MacroRules mm { ($x:expr) => { $x + 1 }; }
          Fn pub const async unsafe extern "C" everything
            Attr #[inline]
            Attr #[doc = "Does it all."]
            Generics
              LifetimeParam 'a
                Bound 'b
              TypeParam T
              Where
                RegionPredicate 'b
                  Bound 'a
                EqPredicate
                  Ty Path T
                  Ty Path u8
                BoundPredicate
                  For
                    LifetimeParam 'c
                  Ty Ref 'c
                    Ty Path T
                  Bound Copy
            Param
              Attr #[cfg(unix)]
              Pat Ident self
              Ty Path Box<..>
                Args
                  Ty Path Self
            Param
              Pat Ident mut x
              Ty Tup
                Ty Slice
                  Ty Path u8
                Ty Ptr mut
                  Ty Path u8
                Ty BareFn unsafe extern
                  For
                    LifetimeParam 'f
                  Param
                    Pat Ident
                    Ty Path u8
                  Param
                    Pat Ident named
                    Ty Ref 'f
                      Ty Path str
                  Ret
                    Ty Never
                Ty Path <_ as Iterator>::Item
                  Ty Path T
                Ty TraitObject
                  Bound Send
                Ty Paren
                  Ty Path u8
                Ty Infer
                Ty MacCall ty_mac!()
                Ty Err
                Ty Tup
                Ty Path ::std::string::String
            Ret
              Ty ImplTrait
                Bound Iterator<..>
                  Args
                    Constraint Item =
                      Ty Path u8
                    Constraint Item2<..> :
                      Args
                        Lifetime 'a
                      Bound Clone
                    Constraint N =
                      AnonConst
                        Expr Lit 3
                Bound use<..>
                  Lifetime 'a
                  Ty Path T
            Block
              Let
                Pat TupleStruct Some
                  Pat Ident y
                Expr Path x
                Else
                  Block
                    Expr Ret
              Let
                Attr #[allow]
                Pat Ident z
                Ty Path u8
              Let
                Pat Tuple
                  Pat Wild
                  Pat Ident ref mut r
                    Pat Wild
                  Pat Struct P ..
                    PatField a shorthand
                      Pat Ident a
                    PatField b
                      Attr #[cfg]
                      Pat Wild
                  Pat Or
                    Pat Path A::B
                    Pat Path <_>::C
                      Ty Path T
                  Pat Box
                    Pat Ident bx
                  Pat Ref
                    Pat Ident mut m
                  Pat Lit
                    Expr Unary -
                      Expr Lit 1
                  Pat Lit "s"
                  Pat Range _..=_
                    Expr Lit 1
                    Expr Path N
                  Pat Range .._
                    Expr Lit 5
                  Pat Slice
                    Pat Ident first
                    Pat Rest
                    Pat Range _..
                      Expr Lit 0
                  Pat Paren
                    Pat Or
                      Pat Ident p
                      Pat Ident q
                  Pat MacCall pat_mac!()
                  Pat Err
                Expr Path value
              Semi
                Expr Array
                  Expr Lit 1
                  Expr Lit 2
              Semi
                Expr ConstBlock
                  Expr Block
                    Block
                      Expr Lit 1
              Semi
                Expr Call
                  Expr Path f
                  Expr Lit 1
              Semi
                Expr MethodCall collect<..>
                  Expr Path it
                  Args
                    Ty Path Vec<..>
                      Args
                        Ty Infer
              Semi
                Expr Tup
                  Expr Lit 1
              Semi
                Expr Binary +
                  Expr Lit 1
                  Expr Binary *
                    Expr Lit 2
                    Expr Lit 3
              Semi
                Expr Unary !
                  Expr Path flag
              Semi
                Expr Lit 1.5f32
              Semi
                Expr Cast
                  Expr Path x
                  Ty Path u64
              Expr If
                Expr Binary &&
                  Expr Let
                    Pat TupleStruct Some
                      Pat Ident v
                    Expr Path o
                  Expr Binary >
                    Expr Path v
                    Expr Lit 0
                Block
                Expr If
                  Expr Path c
                  Block
                  Expr Block
                    Block
              Expr While 'w
                Expr Path c
                Block
              Expr ForLoop 'f
                Pat Ident i
                Expr Range _.._
                  Expr Lit 0
                  Expr Lit 10
                Block
                  Semi
                    Expr Continue 'f
              Expr Loop 'l
                Block
                  Semi
                    Expr Break 'l
                      Expr Lit 1
              Expr Match
                Expr Path m
                Arm
                  Attr #[cold]
                  Pat Ident a
                  Guard
                    Expr Path g
                  Expr Lit 1
                Arm
                  Pat Wild
                  Expr Block
                    Block
                Arm (no body)
                  Pat Ident never
              Semi
                Expr Closure const static async move
                  For
                    LifetimeParam 'c
                  Param
                    Pat Ident p
                    Ty Path u8
                  Param
                    Pat Ident q
                  Ret
                    Ty Path u8
                  Expr Block
                    Block
                      Expr Path p
              Semi
                Expr Block 'b
                  Block unsafe
                    Expr Lit 1
              Semi
                Expr Await
                  Expr Async move
                    Block
              Semi
                Expr TryBlock
                  Block
              Semi
                Expr Assign
                  Expr Underscore
                  Expr Lit 1
              Semi
                Expr AssignOp <<=
                  Expr Path x
                  Expr Lit 1
              Semi
                Expr Field 0
                  Expr Path t
              Semi
                Expr Index
                  Expr Path v
                  Expr Range ..
              Semi
                Expr Range ..=_
                  Expr Lit 3
              Semi
                Expr Path <_ as Default>::default
                  Ty Path Vec<..>
                    Args
                      Ty Path u8
              Semi
                Expr AddrOf &raw mut
                  Expr Path place
              Semi
                Expr AddrOf &
                  Expr Path place
              Semi
                Expr Ret
                  Expr Lit 0
              Semi
                Expr MacCall println!("{}", x)
              Semi
                Expr Struct P ..base
                  ExprField a shorthand
                    Expr Path a
                  ExprField b
                    Expr Lit 2
                  Expr Path base
              Semi
                Expr Struct Q ..
              Semi
                Expr Repeat
                  Expr Lit 0
                  AnonConst
                    Expr Path N
              Semi
                Expr Paren
                  Expr Path p
              Semi
                Expr Try
                  Expr Path r
              Semi
                Expr Yield
                  Expr Lit 1
              Semi
                Expr Become
                  Expr Call
                    Expr Path g
              Semi
                Expr FormatArgs "a{{{}\n{x:*^+#5.0$x?}{0:X}"
                  Arg
                    Expr Path n
                  Arg x
                    Expr Path x
              Semi
                Expr OffsetOf a.0
                  Ty Path P
              Semi
                Expr Err
              Semi
                Expr Dummy
              Semi
                Expr Lit 7
                  Attr #[rustfmt::skip]
              Fn nested
                Block
              Empty
              MacStmt stmt_mac! {}
                Attr #[a]
              Expr Path x
    "#]]
    .assert_eq(&dump::dump_crate(&krate, &interner));
}
