//! Very deep trees go through the walkers, the printer and the dump on a thread with a large
//! stack (the way smelt runs its front end), and come out right.

use smelt_ast::mut_visit::{self, MutVisitor};
use smelt_ast::visit::{self, Visitor};
use smelt_ast::*;
use smelt_span::Interner;

use crate::build::B;

const TERMS: usize = 10_000;
const STACK: usize = 256 * 1024 * 1024;

fn on_big_stack(f: impl FnOnce() + Send + 'static) {
    let handle = std::thread::Builder::new().stack_size(STACK).spawn(f);
    match handle {
        Ok(handle) => {
            if let Err(panic) = handle.join() {
                std::panic::resume_unwind(panic);
            }
        }
        Err(e) => panic!("cannot spawn a thread: {e}"),
    }
}

/// `1 + 1 + ... + 1`, left-associative: `TERMS - 1` nested `Binary` nodes.
fn chain(b: &B<'_>) -> P<Expr> {
    let mut e = b.e_int(1);
    for _ in 1..TERMS {
        e = b.e_bin(BinOpKind::Add, e, b.e_int(1));
    }
    e
}

#[test]
fn ten_thousand_deep_binary_chain() {
    on_big_stack(|| {
        let interner = Interner::new();
        let b = B::new(&interner);
        let mut e = chain(&b);

        let printed = pretty::expr_to_string(&e, &interner);
        assert_eq!(printed, vec!["1"; TERMS].join(" + "));

        let dumped = dump::dump_expr(&e, &interner);
        let lines: Vec<&str> = dumped.lines().collect();
        assert_eq!(lines.len(), 2 * TERMS - 1);
        assert_eq!(lines[0], "Expr Binary +");
        assert_eq!(lines[1], "  Expr Binary +");
        // The innermost `1 + 1`: its operands are the deepest lines.
        let deepest = TERMS - 1;
        assert_eq!(
            lines[deepest - 1],
            format!("[{}] Expr Binary +", deepest - 1)
        );
        assert_eq!(lines[deepest], format!("[{deepest}] Expr Lit 1"));
        assert_eq!(lines[lines.len() - 1], "  Expr Lit 1");

        struct Count(usize);
        impl<'ast> Visitor<'ast> for Count {
            fn visit_expr(&mut self, e: &'ast Expr) {
                self.0 += 1;
                visit::walk_expr(self, e)
            }
        }
        let mut count = Count(0);
        count.visit_expr(&e);
        assert_eq!(count.0, 2 * TERMS - 1);

        struct Renumber(u32);
        impl MutVisitor for Renumber {
            fn visit_id(&mut self, id: &mut NodeId) {
                *id = NodeId::from_u32(self.0);
                self.0 += 1;
            }
        }
        let mut renumber = Renumber(0);
        renumber.visit_expr(&mut e);
        assert_eq!(renumber.0 as usize, 2 * TERMS - 1);
        mut_visit::walk_expr(&mut Renumber(0), &mut e);
    });
}

/// Right-nested unary operators and parenthesised blocks, a thousand deep (the parser's
/// nesting limit), print with the right indentation and parentheses.
#[test]
fn thousand_deep_nesting() {
    on_big_stack(|| {
        let interner = Interner::new();
        let b = B::new(&interner);
        let mut e = b.e_path("x");
        for _ in 0..1000 {
            e = b.expr(ExprKind::Paren(b.e_unary(UnOp::Neg, e)));
        }
        let printed = pretty::expr_to_string(&e, &interner);
        assert_eq!(
            printed,
            format!("{}x{}", "(-".repeat(1000), ")".repeat(1000))
        );

        let mut block = b.e_int(1);
        for _ in 0..1000 {
            block = b.e_block(vec![b.s_expr(block)]);
        }
        let printed = pretty::expr_to_string(&block, &interner);
        assert_eq!(printed.lines().count(), 2001);
        assert!(printed.contains(&format!("\n{}1\n", "    ".repeat(1000))));
        let dumped = dump::dump_expr(&block, &interner);
        assert_eq!(dumped.lines().count(), 2001);
    });
}
