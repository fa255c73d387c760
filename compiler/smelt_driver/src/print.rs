//! `--print` requests and `-W help`.

use std::io::Write;

use crate::args::{self, Invocation, PrintKind};

/// Answers every `--print` request in order; returns the exit status.
pub fn print_requests(inv: &Invocation) -> i32 {
    for req in &inv.prints {
        let text = match req.kind {
            PrintKind::CrateName | PrintKind::FileNames => {
                let Some(input) = &inv.input else {
                    eprintln!("error: no input filename given");
                    eprintln!();
                    return 1;
                };
                let name = inv
                    .opts
                    .crate_name
                    .clone()
                    .unwrap_or_else(|| input.crate_name());
                if req.kind == PrintKind::CrateName {
                    format!("{name}\n")
                } else {
                    args::output_file_names(&inv.opts, &name)
                        .into_iter()
                        .map(|l| format!("{l}\n"))
                        .collect()
                }
            }
            PrintKind::NativeStaticLibs | PrintKind::LinkArgs => String::new(),
            PrintKind::TargetCpus
            | PrintKind::TargetFeatures
            | PrintKind::DeploymentTarget
            | PrintKind::StackProtectorStrategies => {
                eprintln!(
                    "error: smelt does not support `--print {}` yet",
                    req.kind.name()
                );
                eprintln!();
                return 1;
            }
            kind => match args::print_simple(kind, &inv.opts) {
                Some(t) => t,
                None => {
                    eprintln!(
                        "error: smelt does not support `--print {}` yet",
                        kind.name()
                    );
                    eprintln!();
                    return 1;
                }
            },
        };
        match &req.out {
            Some(path) => {
                if let Err(e) = std::fs::write(path, text) {
                    eprintln!("error: failed to write `{}`: {e}", path.display());
                    return 1;
                }
            }
            None => {
                let mut out = std::io::stdout().lock();
                let _ = out.write_all(text.as_bytes());
                let _ = out.flush();
            }
        }
    }
    0
}

/// `-W help`: the lints smelt knows, with their default levels, laid out like rustc's list.
pub fn lint_help() -> String {
    let lints = smelt_errors::lint::builtin::ALL_LINTS;
    let width = lints.iter().map(|l| l.name.len()).max().unwrap_or(4).max(4);
    let mut out = String::from("\nAvailable lint options:\n    -W <foo>           Warn about <foo>\n    -A <foo>           Allow <foo>\n    -D <foo>           Deny <foo>\n    -F <foo>           Forbid <foo> (deny <foo> and all attempts to override)\n\n\nLint checks provided by smelt:\n\n");
    out.push_str(&format!("    {:>width$}  default\n", "name"));
    out.push_str(&format!("    {:>width$}  -------\n", "----"));
    for l in lints {
        let level = match l.default_level {
            smelt_errors::LintLevel::Allow => "allow",
            smelt_errors::LintLevel::Warn => "warn",
            smelt_errors::LintLevel::Deny => "deny",
            smelt_errors::LintLevel::Forbid => "forbid",
        };
        out.push_str(&format!(
            "    {:>width$}  {level}\n",
            l.name.replace('_', "-")
        ));
    }
    out.push('\n');
    out
}
