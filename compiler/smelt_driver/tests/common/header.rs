//! Test headers: `//@ name: value` comments, in rustc's compiletest syntax.
//!
//! Known directives:
//! - `//@ compile-flags: -C opt-level=2` — extra compiler flags, split on whitespace, given
//!   to smelt and (when blessing) to rustc alike; several lines accumulate.
//! - `//@ edition: 2018` — the edition (default 2021).
//! - `//@ run-args: a b` — arguments for the compiled program (run tests only).
//!
//! An unknown directive is an error, so that a typo does not silently drop a flag.

pub struct Header {
    pub edition: String,
    pub compile_flags: Vec<String>,
    pub run_args: Vec<String>,
}

pub const DEFAULT_EDITION: &str = "2021";

/// Parses the header of `src`, accepting only the directives in `allowed`.
pub fn parse(src: &str, allowed: &[&str]) -> Result<Header, String> {
    let mut header = Header {
        edition: DEFAULT_EDITION.to_string(),
        compile_flags: Vec::new(),
        run_args: Vec::new(),
    };
    let mut edition_seen = false;
    for (index, line) in src.lines().enumerate() {
        let Some(directive) = line.trim_start().strip_prefix("//@") else {
            continue;
        };
        let line_no = index + 1;
        let (name, value) = match directive.split_once(':') {
            Some((name, value)) => (name.trim(), value.trim()),
            None => (directive.trim(), ""),
        };
        if !allowed.contains(&name) {
            return Err(format!(
                "line {line_no}: unknown directive `{name}` (this suite knows: {})",
                allowed.join(", ")
            ));
        }
        let words = value.split_whitespace().map(str::to_string);
        match name {
            "compile-flags" => header.compile_flags.extend(words),
            "run-args" => header.run_args.extend(words),
            "edition" => {
                if !["2015", "2018", "2021", "2024"].contains(&value) {
                    return Err(format!("line {line_no}: unknown edition `{value}`"));
                }
                if edition_seen {
                    return Err(format!("line {line_no}: second `edition` directive"));
                }
                edition_seen = true;
                header.edition = value.to_string();
            }
            _ => return Err(format!("line {line_no}: directive `{name}` is not handled")),
        }
    }
    if header
        .compile_flags
        .iter()
        .any(|f| f == "--edition" || f.starts_with("--edition="))
    {
        return Err("use `//@ edition: N`, not `--edition` in compile-flags".to_string());
    }
    Ok(header)
}
