//! `format_args!`: parses the format string and arguments into `ast::FormatArgs`, with
//! rustc's diagnostics for bad strings, missing and unused arguments.

use smelt_ast::mut_visit::MutVisitor;
use smelt_ast::token::TokenKind;
use smelt_ast::{self as ast, NodeId, P};
use smelt_parse::Parser;
use smelt_span::{BytePos, Ident, Span};

use crate::expand::Expander;

/// A format string's text with, when it was written literally in the source, a map from
/// its (unescaped) byte offsets to source positions.
struct FmtStr {
    text: String,
    /// For each char of `text` (by byte offset), its source byte range; `None` when the
    /// string did not come from source text that can be pointed into.
    map: Option<Vec<(usize, u32, u32)>>,
    lit_span: Span,
}

impl FmtStr {
    /// The source span of text bytes `lo..hi`.
    fn span(&self, lo: usize, hi: usize) -> Span {
        let Some(map) = &self.map else {
            return self.lit_span;
        };
        let find = |off: usize| -> Option<&(usize, u32, u32)> {
            let i = map.partition_point(|(o, ..)| *o < off);
            map.get(i)
        };
        let start = match find(lo) {
            Some(&(_, s, _)) => s,
            None => return self.lit_span.shrink_to_hi(),
        };
        let end = if hi <= lo {
            start
        } else {
            match find(hi - 1) {
                Some(&(_, _, e)) => e,
                None => start,
            }
        };
        Span {
            lo: BytePos(start),
            hi: BytePos(end),
            ctxt: self.lit_span.ctxt,
        }
    }
}

struct RawPlaceholder {
    /// Byte range of the whole `{...}`.
    lo: usize,
    hi: usize,
    arg: ArgRef,
    format_trait: ast::FormatTrait,
    options: RawOptions,
}

#[derive(Clone)]
enum ArgRef {
    Next,
    Index(usize, usize, usize),
    Name(String, usize, usize),
}

#[derive(Default)]
struct RawOptions {
    fill: Option<char>,
    align: Option<ast::FormatAlignment>,
    sign: Option<ast::FormatSign>,
    alternate: bool,
    zero_pad: bool,
    debug_hex: Option<ast::FormatDebugHex>,
    width: Option<RawCount>,
    precision: Option<RawCount>,
}

enum RawCount {
    Literal(usize),
    Arg(ArgRef),
    /// `.*`
    Star,
}

enum Piece {
    Lit(String),
    Placeholder(RawPlaceholder),
}

/// A format string error: message, the text range it points at, its label, and notes.
struct FmtError {
    msg: String,
    lo: usize,
    hi: usize,
    label: String,
    secondary: Option<(usize, usize, String)>,
    note: Option<String>,
}

fn parse_format_string(s: &str) -> Result<Vec<Piece>, Box<FmtError>> {
    let b = s.as_bytes();
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    while i < b.len() {
        let c = s[i..].chars().next().unwrap_or('\0');
        if c == '{' {
            if b.get(i + 1) == Some(&b'{') {
                lit.push('{');
                i += 2;
                continue;
            }
            if !lit.is_empty() {
                pieces.push(Piece::Lit(std::mem::take(&mut lit)));
            }
            let (p, next) = parse_placeholder(s, i)?;
            pieces.push(Piece::Placeholder(p));
            i = next;
        } else if c == '}' {
            if b.get(i + 1) == Some(&b'}') {
                lit.push('}');
                i += 2;
                continue;
            }
            return Err(Box::new(FmtError {
                msg: "invalid format string: unmatched `}` found".into(),
                lo: i,
                hi: i + 1,
                label: "unmatched `}` in format string".into(),
                secondary: None,
                note: Some("if you intended to print `}`, you can escape it using `}}`".into()),
            }));
        } else {
            lit.push(c);
            i += c.len_utf8();
        }
    }
    if !lit.is_empty() {
        pieces.push(Piece::Lit(lit));
    }
    Ok(pieces)
}

fn is_ident_start(c: char) -> bool {
    c == '_' || unicode_xid::UnicodeXID::is_xid_start(c)
}

fn is_ident_continue(c: char) -> bool {
    unicode_xid::UnicodeXID::is_xid_continue(c)
}

/// Parses `{...}` starting at `open` (the `{`); returns it and the offset after `}`.
fn parse_placeholder(s: &str, open: usize) -> Result<(RawPlaceholder, usize), Box<FmtError>> {
    let mut i = open + 1;
    let peek = |i: usize| s[i.min(s.len())..].chars().next();
    let unterminated = |at: usize| FmtError {
        msg: "invalid format string: expected `}` but string was terminated".into(),
        lo: at,
        hi: at,
        label: "expected `}` in format string".into(),
        secondary: Some((open, open + 1, "because of this opening brace".into())),
        note: Some("if you intended to print `{`, you can escape it using `{{`".into()),
    };
    let expected_close = |at: usize, found: char| FmtError {
        msg: format!("invalid format string: expected `}}`, found `{found}`"),
        lo: at,
        hi: at + found.len_utf8(),
        label: "expected `}` in format string".into(),
        secondary: Some((open, open + 1, "because of this opening brace".into())),
        note: Some("if you intended to print `{`, you can escape it using `{{`".into()),
    };
    // Skips whitespace (allowed around the argument).
    let skip_ws = |mut i: usize| {
        while let Some(c) = peek(i) {
            if c.is_whitespace() {
                i += c.len_utf8();
            } else {
                break;
            }
        }
        i
    };
    i = skip_ws(i);
    let (arg, after) = parse_arg_ref(s, i);
    i = after;
    i = skip_ws(i);
    let mut options = RawOptions::default();
    let mut format_trait = ast::FormatTrait::Display;
    match peek(i) {
        None => return Err(Box::new(unterminated(s.len()))),
        Some('}') => {
            return Ok((
                RawPlaceholder {
                    lo: open,
                    hi: i + 1,
                    arg,
                    format_trait,
                    options,
                },
                i + 1,
            ))
        }
        Some(':') => i += 1,
        Some(c) => return Err(Box::new(expected_close(i, c))),
    }
    // [[fill]align]
    let align_of = |c: char| match c {
        '<' => Some(ast::FormatAlignment::Left),
        '^' => Some(ast::FormatAlignment::Center),
        '>' => Some(ast::FormatAlignment::Right),
        _ => None,
    };
    if let Some(c) = peek(i) {
        if let Some(a) = peek(i + c.len_utf8()).and_then(align_of) {
            options.fill = Some(c);
            options.align = Some(a);
            i += c.len_utf8() + 1;
        } else if let Some(a) = align_of(c) {
            options.align = Some(a);
            i += 1;
        }
    }
    // [sign]['#']['0']
    match peek(i) {
        Some('+') => {
            options.sign = Some(ast::FormatSign::Plus);
            i += 1;
        }
        Some('-') => {
            options.sign = Some(ast::FormatSign::Minus);
            i += 1;
        }
        _ => {}
    }
    if peek(i) == Some('#') {
        options.alternate = true;
        i += 1;
    }
    if peek(i) == Some('0') && peek(i + 1) != Some('$') {
        options.zero_pad = true;
        i += 1;
    }
    // [width]
    if let Some((count, next)) = parse_count(s, i) {
        options.width = Some(count);
        i = next;
    }
    // ['.' precision]
    if peek(i) == Some('.') {
        i += 1;
        if peek(i) == Some('*') {
            options.precision = Some(RawCount::Star);
            i += 1;
        } else {
            match parse_count(s, i) {
                Some((count, next)) => {
                    options.precision = Some(count);
                    i = next;
                }
                None => {
                    return Err(Box::new(FmtError {
                        msg: "invalid format string: expected `}`, found `.`".into(),
                        lo: i - 1,
                        hi: i,
                        label: "expected `}` in format string".into(),
                        secondary: Some((open, open + 1, "because of this opening brace".into())),
                        note: Some(
                            "if you intended to print `{`, you can escape it using `{{`".into(),
                        ),
                    }))
                }
            }
        }
    }
    // type
    let ty_start = i;
    if peek(i) == Some('x') && peek(i + 1) == Some('?') {
        options.debug_hex = Some(ast::FormatDebugHex::Lower);
        format_trait = ast::FormatTrait::Debug;
        i += 2;
    } else if peek(i) == Some('X') && peek(i + 1) == Some('?') {
        options.debug_hex = Some(ast::FormatDebugHex::Upper);
        format_trait = ast::FormatTrait::Debug;
        i += 2;
    } else if peek(i) == Some('?') {
        format_trait = ast::FormatTrait::Debug;
        i += 1;
    } else if peek(i).is_some_and(is_ident_start) {
        let mut j = i;
        while let Some(c) = peek(j) {
            if is_ident_continue(c) {
                j += c.len_utf8();
            } else {
                break;
            }
        }
        let name = &s[i..j];
        format_trait = match name {
            "e" => ast::FormatTrait::LowerExp,
            "E" => ast::FormatTrait::UpperExp,
            "o" => ast::FormatTrait::Octal,
            "p" => ast::FormatTrait::Pointer,
            "b" => ast::FormatTrait::Binary,
            "x" => ast::FormatTrait::LowerHex,
            "X" => ast::FormatTrait::UpperHex,
            _ => {
                return Err(Box::new(FmtError {
                    msg: format!("unknown format trait `{name}`"),
                    lo: i,
                    hi: j,
                    label: String::new(),
                    secondary: None,
                    note: Some(
                        "the only appropriate formatting traits are:\n- ``, which uses the `Display` trait\n- `?`, which uses the `Debug` trait\n- `e`, which uses the `LowerExp` trait\n- `E`, which uses the `UpperExp` trait\n- `o`, which uses the `Octal` trait\n- `p`, which uses the `Pointer` trait\n- `b`, which uses the `Binary` trait\n- `x`, which uses the `LowerHex` trait\n- `X`, which uses the `UpperHex` trait"
                            .into(),
                    ),
                }))
            }
        };
        i = j;
    }
    let _ = ty_start;
    i = skip_ws(i);
    match peek(i) {
        Some('}') => Ok((
            RawPlaceholder {
                lo: open,
                hi: i + 1,
                arg,
                format_trait,
                options,
            },
            i + 1,
        )),
        None => Err(Box::new(unterminated(s.len()))),
        Some(c) => Err(Box::new(expected_close(i, c))),
    }
}

/// `integer` or `identifier` at `i`; `ArgRef::Next` if neither.
fn parse_arg_ref(s: &str, i: usize) -> (ArgRef, usize) {
    let rest = &s[i.min(s.len())..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        let n = rest[..digits].parse::<usize>().unwrap_or(usize::MAX);
        return (ArgRef::Index(n, i, i + digits), i + digits);
    }
    let mut chars = rest.char_indices();
    if let Some((_, c)) = chars.next() {
        if is_ident_start(c) {
            let end = rest
                .char_indices()
                .find(|&(_, c)| !is_ident_continue(c))
                .map_or(rest.len(), |(j, _)| j);
            // `_` alone is not an argument name.
            if &rest[..end] != "_" {
                return (ArgRef::Name(rest[..end].to_string(), i, i + end), i + end);
            }
        }
    }
    (ArgRef::Next, i)
}

/// A width or precision: `N`, `N$` or `name$`.
fn parse_count(s: &str, i: usize) -> Option<(RawCount, usize)> {
    let (arg, after) = parse_arg_ref(s, i);
    let dollar = s[after.min(s.len())..].starts_with('$');
    match arg {
        ArgRef::Next => None,
        ArgRef::Index(n, ..) if !dollar => Some((RawCount::Literal(n), after)),
        ArgRef::Name(..) if !dollar => None,
        arg => Some((RawCount::Arg(arg), after + 1)),
    }
}

/// The argument list as written: positional arguments, then named ones.
struct Args {
    exprs: Vec<ast::FormatArgument>,
    /// How many of `exprs` are positional.
    num_positional: usize,
    /// Which were used.
    used: Vec<bool>,
}

impl Expander<'_, '_> {
    /// Expands `format_args!(fmt, args..)` (with a trailing newline for
    /// `format_args_nl!`).
    pub fn expand_format_args(
        &mut self,
        tokens: &ast::TokenStream,
        span: Span,
        newline: bool,
    ) -> Option<P<ast::Expr>> {
        let sess = self.sess;
        let mut p = Parser::new(sess, tokens.clone(), self.edition_at(span));
        p.set_root_edition(self.cfg.edition);
        p.set_eof_span(span);
        if p.is_at_eof() {
            sess.dcx
                .struct_err(span, "requires at least a format string argument")
                .emit();
            return None;
        }
        let mut fmt_expr = match p.parse_expr() {
            Ok(e) => e,
            Err(d) => {
                d.emit();
                return None;
            }
        };
        // Arguments.
        let mut args = Args {
            exprs: Vec::new(),
            num_positional: 0,
            used: Vec::new(),
        };
        let mut seen_named = false;
        while !p.is_at_eof() {
            if p.token.kind != TokenKind::Comma {
                let d = sess.dcx.struct_err(
                    p.token.span,
                    "expected `,`, found ".to_string() + &p.describe_token(&p.token.clone()),
                );
                d.span_label(p.token.span, "expected `,`").emit();
                return None;
            }
            p.bump();
            if p.is_at_eof() {
                break;
            }
            let named = p
                .token
                .ident()
                .filter(|(_, raw)| !raw)
                .map(|(i, _)| i)
                .filter(|_| p.look_ahead(1, |t| t.kind == TokenKind::Eq));
            if let Some(name) = named {
                p.bump();
                p.bump();
                let e = match p.parse_expr() {
                    Ok(e) => e,
                    Err(d) => {
                        d.emit();
                        return None;
                    }
                };
                if let Some(prev) = args
                    .exprs
                    .iter()
                    .find(|a| a.name.is_some_and(|n| n.name == name.name))
                {
                    sess.dcx
                        .struct_err(
                            e.span,
                            format!("duplicate argument named `{}`", sess.str(name.name)),
                        )
                        .span_label(prev.expr.span, "previously here")
                        .span_label(e.span, "duplicate argument")
                        .emit();
                    continue;
                }
                seen_named = true;
                args.exprs.push(ast::FormatArgument {
                    name: Some(name),
                    expr: e,
                });
            } else {
                let e = match p.parse_expr() {
                    Ok(e) => e,
                    Err(d) => {
                        d.emit();
                        return None;
                    }
                };
                if seen_named {
                    sess.dcx
                        .struct_err(e.span, "positional arguments cannot follow named arguments")
                        .span_label(
                            e.span,
                            "positional arguments must be before named arguments",
                        )
                        .emit();
                    continue;
                }
                args.exprs.push(ast::FormatArgument {
                    name: None,
                    expr: e,
                });
                args.num_positional += 1;
            }
        }
        args.used = vec![false; args.exprs.len()];

        // The format string, expanding a macro that produces it (`concat!`).
        MutVisitor::visit_expr(self, &mut fmt_expr);
        let fmt = match self.format_string(&fmt_expr, newline) {
            Some(f) => f,
            None => {
                let mut d = sess
                    .dcx
                    .struct_err(fmt_expr.span, "format argument must be a string literal");
                if !matches!(fmt_expr.kind, ast::ExprKind::Err) {
                    d = d.span_suggestion(
                        fmt_expr.span.shrink_to_lo(),
                        "you might be missing a string literal to format with",
                        "\"{}\", ",
                    );
                }
                d.emit();
                return None;
            }
        };
        let pieces = match parse_format_string(&fmt.text) {
            Ok(p) => p,
            Err(e) => {
                let mut d = sess.dcx.struct_err(fmt.span(e.lo, e.hi), e.msg);
                if !e.label.is_empty() {
                    d = d.span_label(fmt.span(e.lo, e.hi), e.label);
                }
                if let Some((lo, hi, label)) = e.secondary {
                    d = d.span_label(fmt.span(lo, hi), label);
                }
                if let Some(n) = e.note {
                    d = d.note(n);
                }
                d.emit();
                return None;
            }
        };
        self.build_format_args(span, fmt, pieces, args)
    }

    /// The format string's text, if `e` is a string literal.
    fn format_string(&self, e: &ast::Expr, newline: bool) -> Option<FmtStr> {
        let ast::ExprKind::Lit(lit) = &e.kind else {
            return None;
        };
        let ast::LitKind::Str(sym, style) = lit.kind else {
            return None;
        };
        let mut text = self.sess.str(sym).to_string();
        // Map text offsets to source positions when the literal is in the source as written.
        let raw = self.sess.str(lit.token.symbol);
        let snippet = self.sess.source_map.span_to_snippet(lit.span);
        let prefix = match style {
            ast::StrStyle::Cooked => 1,
            ast::StrStyle::Raw(n) => 2 + n as usize,
        };
        let map = match snippet {
            Some(snip)
                if snip.len() >= prefix && snip.get(prefix..prefix + raw.len()) == Some(raw) =>
            {
                let base = lit.span.lo.0 + prefix as u32;
                let mode = match style {
                    ast::StrStyle::Cooked => smelt_lexer::unescape::Mode::Str,
                    ast::StrStyle::Raw(_) => smelt_lexer::unescape::Mode::RawStr,
                };
                let mut map = Vec::new();
                let mut off = 0usize;
                smelt_lexer::unescape::unescape_str(raw, mode, &mut |range, res| {
                    if let Ok(c) = res {
                        map.push((off, base + range.start as u32, base + range.end as u32));
                        off += c.len_utf8();
                    }
                });
                Some(map)
            }
            _ => None,
        };
        if newline {
            text.push('\n');
        }
        Some(FmtStr {
            text,
            map,
            lit_span: lit.span,
        })
    }

    fn build_format_args(
        &mut self,
        span: Span,
        fmt: FmtStr,
        pieces: Vec<Piece>,
        mut args: Args,
    ) -> Option<P<ast::Expr>> {
        let sess = self.sess;
        let mut template = Vec::new();
        let mut next_implicit = 0usize;
        let mut errors = false;
        // Placeholders that took an implicit position: (span, index), for the count error.
        let mut implicit_refs: Vec<(Span, usize)> = Vec::new();
        let mut bad_explicit: Vec<(Span, usize)> = Vec::new();
        let num_explicit = args.exprs.len();
        // Resolves an argument reference to an index into `args.exprs` (adding implicit
        // captures); `None` after an error.
        let mut resolve = |args: &mut Args,
                           r: &ArgRef,
                           whole: Span,
                           implicit_refs: &mut Vec<(Span, usize)>,
                           bad: &mut Vec<(Span, usize)>|
         -> Option<usize> {
            match r {
                ArgRef::Next => {
                    let i = next_implicit;
                    next_implicit += 1;
                    implicit_refs.push((whole, i));
                    if i < args.num_positional {
                        args.used[i] = true;
                        Some(i)
                    } else {
                        None
                    }
                }
                ArgRef::Index(i, lo, hi) => {
                    if *i < num_explicit {
                        args.used[*i] = true;
                        Some(*i)
                    } else {
                        bad.push((fmt.span(*lo, *hi), *i));
                        None
                    }
                }
                ArgRef::Name(name, lo, hi) => {
                    let sym = sess.intern(name);
                    if let Some(i) = args
                        .exprs
                        .iter()
                        .position(|a| a.name.is_some_and(|n| n.name == sym))
                    {
                        if i < args.used.len() {
                            args.used[i] = true;
                        }
                        return Some(i);
                    }
                    // An implicit capture of a variable in scope.
                    let name_span = fmt.span(*lo, *hi);
                    if fmt.map.is_none() {
                        sess.dcx
                            .struct_err(fmt.lit_span, format!("there is no argument named `{name}`"))
                            .note(format!("did you intend to capture a variable `{name}` from the surrounding scope?"))
                            .note("to avoid ambiguity, `format_args!` cannot capture variables when the format string is expanded from a macro")
                            .emit();
                        return None;
                    }
                    let ident = Ident::new(sym, name_span);
                    let expr = P::new(ast::Expr {
                        id: NodeId::DUMMY,
                        kind: ast::ExprKind::Path(None, ast::Path::from_ident(ident)),
                        span: name_span,
                        attrs: Vec::new(),
                    });
                    args.exprs.push(ast::FormatArgument {
                        name: Some(ident),
                        expr,
                    });
                    args.used.push(true);
                    Some(args.exprs.len() - 1)
                }
            }
        };
        for piece in pieces {
            match piece {
                Piece::Lit(s) => template.push(ast::FormatArgsPiece::Literal(sess.intern(&s))),
                Piece::Placeholder(ph) => {
                    let whole = fmt.span(ph.lo, ph.hi);
                    let mut count = |args: &mut Args,
                                     c: &Option<RawCount>,
                                     implicit_refs: &mut Vec<(Span, usize)>,
                                     bad: &mut Vec<(Span, usize)>|
                     -> Option<Option<ast::FormatCount>> {
                        match c {
                            None => Some(None),
                            Some(RawCount::Literal(n)) => Some(Some(ast::FormatCount::Literal(*n))),
                            Some(RawCount::Arg(r)) => resolve(args, r, whole, implicit_refs, bad)
                                .map(|i| Some(ast::FormatCount::Argument(i))),
                            Some(RawCount::Star) => {
                                resolve(args, &ArgRef::Next, whole, implicit_refs, bad)
                                    .map(|i| Some(ast::FormatCount::Argument(i)))
                            }
                        }
                    };
                    let width = count(
                        &mut args,
                        &ph.options.width,
                        &mut implicit_refs,
                        &mut bad_explicit,
                    );
                    let precision = count(
                        &mut args,
                        &ph.options.precision,
                        &mut implicit_refs,
                        &mut bad_explicit,
                    );
                    let argument = resolve(
                        &mut args,
                        &ph.arg,
                        whole,
                        &mut implicit_refs,
                        &mut bad_explicit,
                    );
                    let (Some(width), Some(precision), Some(argument)) =
                        (width, precision, argument)
                    else {
                        errors = true;
                        continue;
                    };
                    template.push(ast::FormatArgsPiece::Placeholder(ast::FormatPlaceholder {
                        argument,
                        span: Some(whole),
                        trait_: ph.format_trait,
                        options: ast::FormatOptions {
                            width,
                            precision,
                            alignment: ph.options.align,
                            fill: ph.options.fill,
                            sign: ph.options.sign,
                            alternate: ph.options.alternate,
                            zero_pad: ph.options.zero_pad,
                            debug_hex: ph.options.debug_hex,
                        },
                    }));
                }
            }
        }
        // Too few positional arguments for the implicit placeholders.
        if implicit_refs.iter().any(|&(_, i)| i >= args.num_positional) {
            let n = implicit_refs.len();
            let m = args.num_positional;
            let msg = match m {
                0 => format!(
                    "{n} positional argument{} in format string, but no arguments were given",
                    if n == 1 { "" } else { "s" }
                ),
                1 => format!(
                    "{n} positional argument{} in format string, but there is 1 argument",
                    if n == 1 { "" } else { "s" }
                ),
                _ => format!(
                    "{n} positional argument{} in format string, but there are {m} arguments",
                    if n == 1 { "" } else { "s" }
                ),
            };
            let mut spans: Vec<Span> = implicit_refs.iter().map(|(s, _)| *s).collect();
            spans.dedup();
            let mut d = sess.dcx.struct_err(spans[0], msg);
            for s in &spans[1..] {
                d = d.span_label(*s, "");
            }
            for a in &args.exprs[..m] {
                d = d.span_label(a.expr.span, "");
            }
            d.emit();
            errors = true;
        }
        for (s, i) in bad_explicit {
            let n = num_explicit;
            let there = match n {
                0 => "no arguments were given".to_string(),
                1 => "there is 1 argument".to_string(),
                _ => format!("there are {n} arguments"),
            };
            sess.dcx
                .struct_err(
                    s,
                    format!("invalid reference to positional argument {i} ({there})"),
                )
                .note("positional arguments are zero-based")
                .emit();
            errors = true;
        }
        // Unused arguments.
        let unused: Vec<usize> = (0..num_explicit).filter(|&i| !args.used[i]).collect();
        if !unused.is_empty() && !errors {
            if unused.len() == 1 {
                let a = &args.exprs[unused[0]];
                let named = a.name.is_some();
                let label = if named {
                    "named argument never used"
                } else {
                    "argument never used"
                };
                sess.dcx
                    .struct_err(a.expr.span, label)
                    .span_label(a.expr.span, label)
                    .span_label(fmt.lit_span, "formatting specifier missing")
                    .emit();
            } else {
                let mut d = sess.dcx.struct_err(
                    args.exprs[unused[0]].expr.span,
                    "multiple unused formatting arguments",
                );
                for &i in &unused {
                    let a = &args.exprs[i];
                    d = d.span_label(
                        a.expr.span,
                        if a.name.is_some() {
                            "named argument never used"
                        } else {
                            "argument never used"
                        },
                    );
                }
                d = d.span_label(fmt.lit_span, "multiple missing formatting specifiers");
                d.emit();
            }
            errors = true;
        }
        if errors {
            return None;
        }
        // Expand macros in the arguments.
        for a in &mut args.exprs {
            MutVisitor::visit_expr(self, &mut a.expr);
        }
        let fa = ast::FormatArgs {
            span,
            template,
            arguments: args.exprs,
        };
        Some(P::new(ast::Expr {
            id: NodeId::DUMMY,
            kind: ast::ExprKind::FormatArgs(P::new(fa)),
            span,
            attrs: Vec::new(),
        }))
    }
}
