//! Literal decoding: a literal token (kind, text, suffix) becomes an `ast::Lit` with its value.
//! Integers are parsed in their base into a `u128`, floats kept as text, strings unescaped.
//! Bad suffixes and integers that do not fit are reported as rustc reports them; escape errors
//! were reported by the lexer, which then made the token an `Err` literal.

use std::rc::Rc;

use smelt_ast::token::{self, LitKind as TokLitKind, Nonterminal, TokenKind};
use smelt_ast::{self as ast, LitFloatType, LitIntType, P};
use smelt_lexer::unescape::{self, MixedUnit, Mode};
use smelt_span::{kw, Span};

use super::{PResult, Parser};

impl<'a> Parser<'a> {
    /// The literal token under the cursor (`true` and `false` included), if any.
    pub(crate) fn token_lit(&self) -> Option<token::Lit> {
        match self.token.kind {
            TokenKind::Literal(lit) => Some(lit),
            TokenKind::Ident(name, false) if name == kw::True || name == kw::False => {
                Some(token::Lit {
                    kind: TokLitKind::Bool,
                    symbol: name,
                    suffix: None,
                })
            }
            _ => None,
        }
    }

    // Lit = Literal | "true" | "false"
    /// Parses a literal.
    pub(crate) fn parse_lit(&mut self) -> PResult<'a, ast::Lit> {
        if let Some(nt) = self.interpolated() {
            if let Nonterminal::Literal(e) | Nonterminal::Expr(e) = &*nt {
                if let ast::ExprKind::Lit(lit) = &e.kind {
                    let lit = lit.clone();
                    self.bump();
                    return Ok(lit);
                }
            }
        }
        match self.token_lit() {
            Some(lit) => {
                let span = self.token.span;
                self.bump();
                Ok(self.lit_from_token(lit, span))
            }
            None => {
                let found = self.token_descr(&self.token);
                Err(Box::new(self.sess.dcx.struct_err(
                    self.token.span,
                    format!("unexpected token: {found}"),
                )))
            }
        }
    }

    // LitMaybeMinus = "-"? Lit
    /// A literal, possibly negated: the shape of literal patterns and const arguments.
    pub(crate) fn parse_literal_maybe_minus(&mut self) -> PResult<'a, P<ast::Expr>> {
        if let Some(nt) = self.interpolated() {
            if let Nonterminal::Literal(e) | Nonterminal::Expr(e) = &*nt {
                let e = e.clone();
                self.bump();
                return Ok(e);
            }
        }
        let lo = self.token.span;
        let minus = self.eat(&TokenKind::BinOp(token::BinOpToken::Minus));
        let lit = self.parse_lit()?;
        let e = self.mk_expr(lit.span, ast::ExprKind::Lit(lit));
        if minus {
            Ok(self.mk_expr(
                lo.to(self.prev_token.span),
                ast::ExprKind::Unary(ast::UnOp::Neg, e),
            ))
        } else {
            Ok(e)
        }
    }

    /// Decodes a literal token, reporting invalid suffixes and oversized integers.
    pub(crate) fn lit_from_token(&self, lit: token::Lit, span: Span) -> ast::Lit {
        let kind = decode(self, lit, span);
        ast::Lit {
            token: lit,
            kind,
            span,
        }
    }
}

fn decode(p: &Parser<'_>, lit: token::Lit, span: Span) -> ast::LitKind {
    let text = p.sess.str(lit.symbol).to_string();
    let suffix = lit.suffix.map(|s| p.sess.str(s).to_string());
    let no_suffix = |what: &str| {
        if let Some(suffix) = &suffix {
            p.sess
                .dcx
                .struct_err(span, format!("suffixes on {what} literals are invalid"))
                .span_label(span, format!("invalid suffix `{suffix}`"))
                .emit();
        }
    };
    match lit.kind {
        TokLitKind::Bool => ast::LitKind::Bool(lit.symbol == kw::True),
        TokLitKind::Err => ast::LitKind::Err,
        TokLitKind::Char => {
            no_suffix("char");
            match unescape::unescape_char_or_byte(&text, Mode::Char) {
                Ok(c) => ast::LitKind::Char(c),
                Err(_) => ast::LitKind::Err,
            }
        }
        TokLitKind::Byte => {
            no_suffix("byte");
            match unescape::unescape_char_or_byte(&text, Mode::Byte) {
                Ok(c) => ast::LitKind::Byte(c as u32 as u8),
                Err(_) => ast::LitKind::Err,
            }
        }
        TokLitKind::Str => {
            no_suffix("string");
            let mut out = String::with_capacity(text.len());
            let mut ok = true;
            unescape::unescape_str(&text, Mode::Str, &mut |_, res| match res {
                Ok(c) => out.push(c),
                Err(e) if e.is_fatal() => ok = false,
                Err(_) => {}
            });
            if ok {
                ast::LitKind::Str(p.sess.intern(&out), ast::StrStyle::Cooked)
            } else {
                ast::LitKind::Err
            }
        }
        TokLitKind::StrRaw(n) => {
            no_suffix("string");
            ast::LitKind::Str(lit.symbol, ast::StrStyle::Raw(n))
        }
        TokLitKind::ByteStr | TokLitKind::ByteStrRaw(_) => {
            no_suffix("byte string");
            let (mode, style) = match lit.kind {
                TokLitKind::ByteStrRaw(n) => (Mode::RawByteStr, ast::StrStyle::Raw(n)),
                _ => (Mode::ByteStr, ast::StrStyle::Cooked),
            };
            match decode_bytes(&text, mode) {
                Some(bytes) => ast::LitKind::ByteStr(Rc::from(bytes), style),
                None => ast::LitKind::Err,
            }
        }
        TokLitKind::CStr | TokLitKind::CStrRaw(_) => {
            no_suffix("C string");
            let (mode, style) = match lit.kind {
                TokLitKind::CStrRaw(n) => (Mode::RawCStr, ast::StrStyle::Raw(n)),
                _ => (Mode::CStr, ast::StrStyle::Cooked),
            };
            match decode_bytes(&text, mode) {
                Some(mut bytes) => {
                    bytes.push(0);
                    ast::LitKind::CStr(Rc::from(bytes), style)
                }
                None => ast::LitKind::Err,
            }
        }
        TokLitKind::Integer => decode_int(p, &text, suffix.as_deref(), span),
        TokLitKind::Float => decode_float(p, &text, suffix.as_deref(), span, 10),
    }
}

/// The bytes of a byte string or C string (without the trailing NUL).
fn decode_bytes(text: &str, mode: Mode) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len());
    let mut ok = true;
    unescape::unescape_mixed(text, mode, &mut |_, res| match res {
        Ok(MixedUnit::Char(c)) => {
            if matches!(mode, Mode::ByteStr | Mode::RawByteStr) {
                out.push(c as u32 as u8);
            } else {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
        Ok(MixedUnit::HighByte(b)) => out.push(b),
        Err(e) if e.is_fatal() => ok = false,
        Err(_) => {}
    });
    ok.then_some(out)
}

fn int_ty_of(suffix: &str) -> Option<LitIntType> {
    use ast::{IntTy, UintTy};
    Some(match suffix {
        "isize" => LitIntType::Signed(IntTy::Isize),
        "i8" => LitIntType::Signed(IntTy::I8),
        "i16" => LitIntType::Signed(IntTy::I16),
        "i32" => LitIntType::Signed(IntTy::I32),
        "i64" => LitIntType::Signed(IntTy::I64),
        "i128" => LitIntType::Signed(IntTy::I128),
        "usize" => LitIntType::Unsigned(UintTy::Usize),
        "u8" => LitIntType::Unsigned(UintTy::U8),
        "u16" => LitIntType::Unsigned(UintTy::U16),
        "u32" => LitIntType::Unsigned(UintTy::U32),
        "u64" => LitIntType::Unsigned(UintTy::U64),
        "u128" => LitIntType::Unsigned(UintTy::U128),
        _ => return None,
    })
}

/// `i7`, `u256`, `f33`: a letter then digits, which rustc reports as a bad width.
fn looks_like_width_suffix(first: &[char], s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if first.contains(&c) => s.len() > 1 && chars.all(|c| c.is_ascii_digit()),
        _ => false,
    }
}

fn decode_int(p: &Parser<'_>, text: &str, suffix: Option<&str>, span: Span) -> ast::LitKind {
    let (base, digits) = match text.get(..2) {
        Some("0x") => (16, &text[2..]),
        Some("0o") => (8, &text[2..]),
        Some("0b") => (2, &text[2..]),
        _ => (10, text),
    };
    let ty = match suffix {
        None => LitIntType::Unsuffixed,
        Some(s) => match int_ty_of(s) {
            Some(ty) => ty,
            // `1f32` is a float; `1foo` looks more like a bad float than a bad integer.
            None if s.starts_with('f') => return decode_float(p, text, Some(s), span, base),
            None => {
                report_bad_int_suffix(p, text, s, span);
                return ast::LitKind::Err;
            }
        },
    };
    let mut value: u128 = 0;
    for c in digits.chars() {
        if c == '_' {
            continue;
        }
        let Some(d) = c.to_digit(base) else {
            return ast::LitKind::Err;
        };
        match value
            .checked_mul(base as u128)
            .and_then(|v| v.checked_add(d as u128))
        {
            Some(v) => value = v,
            None => {
                let limit = match base {
                    16 => "0xffffffffffffffffffffffffffffffff".to_string(),
                    8 => "0o3777777777777777777777777777777777777777777".to_string(),
                    2 => format!("0b{}", "1".repeat(128)),
                    _ => u128::MAX.to_string(),
                };
                p.sess
                    .dcx
                    .struct_err(span, "integer literal is too large")
                    .note(format!("value exceeds limit of `{limit}`"))
                    .emit();
                return ast::LitKind::Err;
            }
        }
    }
    ast::LitKind::Int(value, ty)
}

fn report_bad_int_suffix(p: &Parser<'_>, text: &str, suffix: &str, span: Span) {
    let dcx = &p.sess.dcx;
    if looks_like_width_suffix(&['i', 'u'], suffix) {
        dcx.struct_err(
            span,
            format!("invalid width `{}` for integer literal", &suffix[1..]),
        )
        .help("valid widths are 8, 16, 32, 64 and 128")
        .emit();
        return;
    }
    // `0X1F`: the base prefix was written in capitals and lexed as a suffix.
    let mut chars = suffix.chars();
    let base = match chars.next() {
        Some('B') => Some(2),
        Some('O') => Some(8),
        Some('X') => Some(16),
        _ => None,
    };
    if let Some(base) = base {
        let rest = &suffix[1..];
        let digits_ok = text == "0"
            && rest
                .chars()
                .filter(|c| *c != '_')
                .take_while(|c| *c != 'i' && *c != 'u')
                .all(|c| c.is_digit(base));
        if digits_ok {
            let fixed = format!("0{}{}", suffix[..1].to_ascii_lowercase(), rest);
            dcx.struct_err(span, "invalid base prefix for number literal")
                .note("base prefixes (`0xff`, `0b1010`, `0o755`) are lowercase")
                .span_suggestion(span, "try making the prefix lowercase", fixed)
                .emit();
            return;
        }
    }
    dcx.struct_err(
        span,
        format!("invalid suffix `{suffix}` for number literal"),
    )
    .span_label(span, format!("invalid suffix `{suffix}`"))
    .help("the suffix must be one of the numeric types (`u32`, `isize`, `f32`, etc.)")
    .emit();
}

fn decode_float(
    p: &Parser<'_>,
    text: &str,
    suffix: Option<&str>,
    span: Span,
    base: u32,
) -> ast::LitKind {
    let dcx = &p.sess.dcx;
    if base != 10 {
        let name = match base {
            16 => "hexadecimal",
            8 => "octal",
            _ => "binary",
        };
        dcx.struct_err(span, format!("{name} float literal is not supported"))
            .span_label(span, "not supported")
            .emit();
        return ast::LitKind::Err;
    }
    let ty = match suffix {
        None => LitFloatType::Unsuffixed,
        Some("f16") => LitFloatType::Suffixed(ast::FloatTy::F16),
        Some("f32") => LitFloatType::Suffixed(ast::FloatTy::F32),
        Some("f64") => LitFloatType::Suffixed(ast::FloatTy::F64),
        Some("f128") => LitFloatType::Suffixed(ast::FloatTy::F128),
        Some(s) => {
            if looks_like_width_suffix(&['f'], s) {
                dcx.struct_err(
                    span,
                    format!("invalid width `{}` for float literal", &s[1..]),
                )
                .help("valid widths are 32 and 64")
                .emit();
            } else {
                dcx.struct_err(span, format!("invalid suffix `{s}` for float literal"))
                    .span_label(span, format!("invalid suffix `{s}`"))
                    .help("valid suffixes are `f32` and `f64`")
                    .emit();
            }
            return ast::LitKind::Err;
        }
    };
    let cleaned: String = text.chars().filter(|&c| c != '_').collect();
    ast::LitKind::Float(p.sess.intern(&cleaned), ty)
}
