//! Rendering tests: the human format must match rustc's layout.

use std::rc::Rc;

use expect_test::{expect, Expect};
use smelt_span::{BytePos, HygieneData, SourceMap, Span};

use crate::{BufferEmitter, DiagCtxt};

fn check(src: &str, build: impl FnOnce(&DiagCtxt, Span)) -> String {
    let sm = Rc::new(SourceMap::new());
    let file = sm.new_source_file("t.rs".into(), src.into());
    let emitter = BufferEmitter::default();
    let out = emitter.out.clone();
    let dcx = DiagCtxt::new(Box::new(emitter), sm, Rc::new(HygieneData::new()));
    build(
        &dcx,
        Span::new(file.start_pos, BytePos(file.start_pos.0 + src.len() as u32)),
    );
    dcx.print_final_summary();
    let text = out.borrow().clone();
    text
}

fn check_expect(src: &str, build: impl FnOnce(&DiagCtxt, Span), expect: Expect) {
    expect.assert_eq(&check(src, build));
}

#[test]
fn error_with_code_and_two_labels() {
    check_expect(
        "fn main() {\n    let y: i32 = true;\n}\n",
        |dcx, file| {
            dcx.struct_err(file.sub(29, 33), "mismatched types")
                .code("E0308")
                .span_label(file.sub(29, 33), "expected `i32`, found `bool`")
                .span_label(file.sub(23, 26), "expected due to this")
                .emit();
        },
        expect![[r#"
            error[E0308]: mismatched types
             --> t.rs:2:18
              |
            2 |     let y: i32 = true;
              |            ---   ^^^^ expected `i32`, found `bool`
              |            |
              |            expected due to this

            error: aborting due to 1 previous error

        "#]],
    );
}

#[test]
fn warning_with_notes_and_counts() {
    check_expect(
        "fn main() {\n    let x = 1;\n}\n",
        |dcx, file| {
            dcx.struct_warn(file.sub(20, 21), "unused variable: `x`")
                .note("`#[warn(unused_variables)]` on by default")
                .emit();
            dcx.struct_warn(file.sub(20, 21), "unused variable: `x`")
                .emit();
            dcx.struct_warn(file.sub(16, 19), "another")
                .help("a help")
                .emit();
        },
        expect![[r#"
            warning: unused variable: `x`
             --> t.rs:2:9
              |
            2 |     let x = 1;
              |         ^
              |
              = note: `#[warn(unused_variables)]` on by default

            warning: unused variable: `x`
             --> t.rs:2:9
              |
            2 |     let x = 1;
              |         ^

            warning: another
             --> t.rs:2:5
              |
            2 |     let x = 1;
              |     ^^^
              |
              = help: a help

            warning: 3 warnings emitted

        "#]],
    );
}
