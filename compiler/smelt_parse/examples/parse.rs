//! Parses a file and prints its AST dump (or tokens with `--tokens`) and diagnostics:
//! `cargo run -p smelt_parse --example parse -- [--tokens] [--edition N] file.rs`.

use smelt_errors::HumanEmitter;
use smelt_session::{Options, Session};
use smelt_span::Edition;

fn main() {
    let mut tokens = false;
    let mut quiet = false;
    let mut edition = Edition::E2021;
    let mut path = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--tokens" => tokens = true,
            "--quiet" => quiet = true,
            "--edition" => {
                edition = args
                    .next()
                    .and_then(|e| Edition::parse(&e))
                    .unwrap_or(Edition::E2021)
            }
            _ => path = Some(arg),
        }
    }
    let Some(path) = path else {
        eprintln!("usage: parse [--tokens] [--quiet] [--edition N] file.rs");
        std::process::exit(2);
    };
    let src = match std::fs::read_to_string(&path) {
        Ok(src) => src,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(2);
        }
    };
    let opts = Options {
        edition,
        color: smelt_errors::ColorConfig::Never,
        ..Options::default()
    };
    let sess = Session::new(
        opts,
        Box::new(HumanEmitter::new(smelt_errors::ColorConfig::Never)),
    );
    let file = sess.source_map.new_source_file(path, src);
    if tokens {
        print!("{}", smelt_parse::dump_tokens(&sess, &file));
    } else {
        let krate = smelt_parse::parse_crate(&sess, &file, edition);
        if !quiet {
            print!("{}", smelt_ast::dump::dump_crate(&krate, &sess.interner));
        }
    }
    sess.dcx.print_final_summary();
}
