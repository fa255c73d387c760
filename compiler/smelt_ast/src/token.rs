//! Cooked tokens: what the parser and `macro_rules!` see. Unlike the lexer's raw tokens they
//! carry interned text, spans, and multi-character operators (`::`, `->`, `>>=`).

use std::rc::Rc;

use smelt_span::{kw, Ident, Span, Symbol};

use crate::{Block, Expr, Item, Lifetime, Meta, Pat, Path, Stmt, Ty, Visibility};

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum Delimiter {
    /// `( ... )`
    Parenthesis,
    /// `{ ... }`
    Brace,
    /// `[ ... ]`
    Bracket,
    /// Invisible delimiters around a macro fragment pasted into another macro's output.
    Invisible,
}

impl Delimiter {
    pub fn open(self) -> &'static str {
        match self {
            Delimiter::Parenthesis => "(",
            Delimiter::Brace => "{",
            Delimiter::Bracket => "[",
            Delimiter::Invisible => "",
        }
    }

    pub fn close(self) -> &'static str {
        match self {
            Delimiter::Parenthesis => ")",
            Delimiter::Brace => "}",
            Delimiter::Bracket => "]",
            Delimiter::Invisible => "",
        }
    }
}

/// The binary operators that have a compound-assignment form.
#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum BinOpToken {
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    Caret,
    And,
    Or,
    Shl,
    Shr,
}

impl BinOpToken {
    pub fn as_str(self) -> &'static str {
        match self {
            BinOpToken::Plus => "+",
            BinOpToken::Minus => "-",
            BinOpToken::Star => "*",
            BinOpToken::Slash => "/",
            BinOpToken::Percent => "%",
            BinOpToken::Caret => "^",
            BinOpToken::And => "&",
            BinOpToken::Or => "|",
            BinOpToken::Shl => "<<",
            BinOpToken::Shr => ">>",
        }
    }
}

/// A literal token as written: its kind, the text between the quotes (or the digits), and
/// its suffix. Values are decoded later, when the parser builds `ast::Lit`.
#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub struct Lit {
    pub kind: LitKind,
    pub symbol: Symbol,
    pub suffix: Option<Symbol>,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum LitKind {
    Bool,
    Byte,
    Char,
    Integer,
    Float,
    Str,
    /// Raw string with this many `#`.
    StrRaw(u8),
    ByteStr,
    ByteStrRaw(u8),
    CStr,
    CStrRaw(u8),
    /// A malformed literal whose error was already reported.
    Err,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum CommentKind {
    Line,
    Block,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum AttrStyle {
    Outer,
    Inner,
}

#[derive(Clone, PartialEq, Debug)]
pub enum TokenKind {
    /* Expression-operator symbols. */
    /// `=`
    Eq,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `==`
    EqEq,
    /// `!=`
    Ne,
    /// `>=`
    Ge,
    /// `>`
    Gt,
    /// `&&`
    AndAnd,
    /// `||`
    OrOr,
    /// `!`
    Not,
    /// `~`
    Tilde,
    BinOp(BinOpToken),
    /// `+=`, `<<=`, ...
    BinOpEq(BinOpToken),

    /* Structural symbols. */
    /// `@`
    At,
    /// `.`
    Dot,
    /// `..`
    DotDot,
    /// `...`
    DotDotDot,
    /// `..=`
    DotDotEq,
    /// `,`
    Comma,
    /// `;`
    Semi,
    /// `:`
    Colon,
    /// `::`
    PathSep,
    /// `->`
    RArrow,
    /// `<-`
    LArrow,
    /// `=>`
    FatArrow,
    /// `#`
    Pound,
    /// `$`
    Dollar,
    /// `?`
    Question,
    /// A `'` not part of a lifetime or char (only from malformed input).
    SingleQuote,
    OpenDelim(Delimiter),
    CloseDelim(Delimiter),

    /* Literals. */
    Literal(Lit),

    /// An identifier or keyword; the bool is whether it was written raw (`r#ident`).
    Ident(Symbol, bool),
    /// A lifetime or label, including its `'` (`'a`).
    Lifetime(Symbol),

    /// A parsed macro fragment (`$e:expr`) substituted into a macro's output; the parser
    /// takes it as one unit, which keeps the fragment's grouping.
    Interpolated(Rc<Nonterminal>),

    /// A doc comment (`/// text`), which the parser turns into a `#[doc]` attribute.
    DocComment(CommentKind, AttrStyle, Symbol),

    Eof,
}

/// A parsed fragment carried inside a token; see `TokenKind::Interpolated`.
#[derive(Clone, Debug)]
pub enum Nonterminal {
    Item(Box<Item>),
    Block(Box<Block>),
    Stmt(Box<Stmt>),
    Pat(Box<Pat>),
    Expr(Box<Expr>),
    Ty(Box<Ty>),
    /// An `ident` fragment: `(name, is_raw)`.
    Ident(Ident, bool),
    Lifetime(Lifetime),
    /// A `literal` fragment, kept as an expression (it may be `-1`).
    Literal(Box<Expr>),
    Meta(Box<Meta>),
    Path(Box<Path>),
    Vis(Box<Visibility>),
}

impl PartialEq for Nonterminal {
    fn eq(&self, other: &Self) -> bool {
        // Fragments compare equal only when they are the same fragment; `macro_rules!`
        // matching never looks inside them.
        match (self, other) {
            (Nonterminal::Ident(a, ar), Nonterminal::Ident(b, br)) => a.name == b.name && ar == br,
            (Nonterminal::Lifetime(a), Nonterminal::Lifetime(b)) => a.ident.name == b.ident.name,
            _ => std::ptr::eq(self, other),
        }
    }
}

impl Nonterminal {
    pub fn span(&self) -> Span {
        match self {
            Nonterminal::Item(i) => i.span,
            Nonterminal::Block(b) => b.span,
            Nonterminal::Stmt(s) => s.span,
            Nonterminal::Pat(p) => p.span,
            Nonterminal::Expr(e) | Nonterminal::Literal(e) => e.span,
            Nonterminal::Ty(t) => t.span,
            Nonterminal::Ident(i, _) => i.span,
            Nonterminal::Lifetime(l) => l.ident.span,
            Nonterminal::Meta(m) => m.span,
            Nonterminal::Path(p) => p.span,
            Nonterminal::Vis(v) => v.span,
        }
    }
}

#[derive(Clone, PartialEq, Debug)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
}

impl Token {
    pub fn new(kind: TokenKind, span: Span) -> Token {
        Token { kind, span }
    }

    pub fn dummy() -> Token {
        Token {
            kind: TokenKind::Eof,
            span: Span::DUMMY,
        }
    }

    /// The identifier this token is, if any (interpolated `ident` fragments included).
    pub fn ident(&self) -> Option<(Ident, bool)> {
        match &self.kind {
            TokenKind::Ident(name, raw) => Some((Ident::new(*name, self.span), *raw)),
            TokenKind::Interpolated(nt) => match &**nt {
                Nonterminal::Ident(ident, raw) => Some((*ident, *raw)),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn lifetime(&self) -> Option<Ident> {
        match &self.kind {
            TokenKind::Lifetime(name) => Some(Ident::new(*name, self.span)),
            TokenKind::Interpolated(nt) => match &**nt {
                Nonterminal::Lifetime(lt) => Some(lt.ident),
                _ => None,
            },
            _ => None,
        }
    }

    /// Is this the (non-raw) keyword `kw`?
    pub fn is_keyword(&self, kw: Symbol) -> bool {
        matches!(self.ident(), Some((ident, false)) if ident.name == kw)
    }

    /// Is this an identifier that is not a reserved keyword (raw identifiers always are)?
    pub fn is_non_reserved_ident(&self) -> bool {
        match self.ident() {
            Some((ident, raw)) => raw || !ident.name.is_reserved(),
            None => false,
        }
    }

    /// Is this the identifier `name` (not raw)?
    pub fn is_ident_named(&self, name: Symbol) -> bool {
        self.is_keyword(name)
    }

    pub fn is_path_start(&self) -> bool {
        self.kind == TokenKind::PathSep
            || self.kind == TokenKind::Lt
            || self.kind == TokenKind::BinOp(BinOpToken::Shl)
            || self.is_path_segment_keyword()
            || self.is_non_reserved_ident()
            || matches!(&self.kind, TokenKind::Interpolated(nt) if matches!(&**nt, Nonterminal::Path(_)))
    }

    pub fn is_path_segment_keyword(&self) -> bool {
        matches!(self.ident(), Some((ident, false)) if ident.name.is_path_segment_keyword())
    }

    pub fn is_lit(&self) -> bool {
        matches!(self.kind, TokenKind::Literal(_))
    }

    pub fn is_bool_lit(&self) -> bool {
        self.is_keyword(kw::True) || self.is_keyword(kw::False)
    }

    /// Whether two tokens may be glued into one (`:` `:` into `::`) when written without
    /// space between them.
    pub fn glue(&self, next: &Token) -> Option<Token> {
        use BinOpToken::*;
        use TokenKind::*;
        let kind = match (&self.kind, &next.kind) {
            (Eq, Eq) => EqEq,
            (Eq, Gt) => FatArrow,
            (Lt, Eq) => Le,
            (Lt, Lt) => BinOp(Shl),
            (Lt, Le) => BinOpEq(Shl),
            (Lt, BinOp(Minus)) => LArrow,
            (Gt, Eq) => Ge,
            (Gt, Gt) => BinOp(Shr),
            (Gt, Ge) => BinOpEq(Shr),
            (Not, Eq) => Ne,
            (BinOp(op), Eq) => BinOpEq(*op),
            (BinOp(And), BinOp(And)) => AndAnd,
            (BinOp(Or), BinOp(Or)) => OrOr,
            (BinOp(Minus), Gt) => RArrow,
            (Dot, Dot) => DotDot,
            (DotDot, Dot) => DotDotDot,
            (DotDot, Eq) => DotDotEq,
            (Colon, Colon) => PathSep,
            _ => return None,
        };
        Some(Token::new(kind, self.span.to(next.span)))
    }

    /// Splits a compound token whose first part is `first` (`>>` into `>` and `>`); used when
    /// the parser needs only the first half (closing generics, `&&x` patterns).
    pub fn split_first(&self, first: &TokenKind) -> Option<(Token, Token)> {
        use BinOpToken::*;
        use TokenKind::*;
        let rest = match (&self.kind, first) {
            (BinOp(Shr), Gt) => Gt,
            (BinOpEq(Shr), Gt) => Ge,
            (Ge, Gt) => Eq,
            (AndAnd, BinOp(And)) => BinOp(And),
            (OrOr, BinOp(Or)) => BinOp(Or),
            (BinOp(Shl), Lt) => Lt,
            (BinOpEq(Shl), Lt) => Le,
            (Le, Lt) => Eq,
            (LArrow, Lt) => BinOp(Minus),
            (BinOpEq(And), BinOp(And)) => Eq,
            (BinOpEq(Or), BinOp(Or)) => Eq,
            (DotDotEq, DotDot) => Eq,
            (DotDotDot, DotDot) => Dot,
            (BinOpEq(Minus), BinOp(Minus)) => Eq,
            (BinOpEq(Plus), BinOp(Plus)) => Eq,
            (BinOpEq(Star), BinOp(Star)) => Eq,
            (EqEq, Eq) => Eq,
            (FatArrow, Eq) => Gt,
            (Ne, Not) => Eq,
            (RArrow, BinOp(Minus)) => Gt,
            (PathSep, Colon) => Colon,
            _ => return None,
        };
        let first_len = token_text_len(first);
        let mid = smelt_span::BytePos(self.span.lo.0 + first_len);
        let a = Token::new(
            first.clone(),
            Span {
                hi: mid,
                ..self.span
            },
        );
        let b = Token::new(
            rest,
            Span {
                lo: mid,
                ..self.span
            },
        );
        Some((a, b))
    }
}

fn token_text_len(kind: &TokenKind) -> u32 {
    use TokenKind::*;
    match kind {
        Eq | Lt | Gt | Not | Tilde | At | Dot | Comma | Semi | Colon | Pound | Dollar
        | Question => 1,
        BinOp(BinOpToken::Shl | BinOpToken::Shr) => 2,
        BinOp(_) => 1,
        DotDot => 2,
        _ => 1,
    }
}

/// The text of a token, for pretty-printing and diagnostics.
pub fn token_kind_to_string(kind: &TokenKind, interner: &smelt_span::Interner) -> String {
    use TokenKind::*;
    match kind {
        Eq => "=".into(),
        Lt => "<".into(),
        Le => "<=".into(),
        EqEq => "==".into(),
        Ne => "!=".into(),
        Ge => ">=".into(),
        Gt => ">".into(),
        AndAnd => "&&".into(),
        OrOr => "||".into(),
        Not => "!".into(),
        Tilde => "~".into(),
        BinOp(op) => op.as_str().into(),
        BinOpEq(op) => format!("{}=", op.as_str()),
        At => "@".into(),
        Dot => ".".into(),
        DotDot => "..".into(),
        DotDotDot => "...".into(),
        DotDotEq => "..=".into(),
        Comma => ",".into(),
        Semi => ";".into(),
        Colon => ":".into(),
        PathSep => "::".into(),
        RArrow => "->".into(),
        LArrow => "<-".into(),
        FatArrow => "=>".into(),
        Pound => "#".into(),
        Dollar => "$".into(),
        Question => "?".into(),
        SingleQuote => "'".into(),
        OpenDelim(d) => d.open().into(),
        CloseDelim(d) => d.close().into(),
        Literal(lit) => lit_to_string(lit, interner),
        Ident(name, raw) => {
            if *raw {
                format!("r#{}", interner.get(*name))
            } else {
                interner.get(*name).to_string()
            }
        }
        Lifetime(name) => interner.get(*name).to_string(),
        Interpolated(_) => "<fragment>".into(),
        DocComment(CommentKind::Line, AttrStyle::Outer, s) => format!("///{}", interner.get(*s)),
        DocComment(CommentKind::Line, AttrStyle::Inner, s) => format!("//!{}", interner.get(*s)),
        DocComment(CommentKind::Block, AttrStyle::Outer, s) => format!("/**{}*/", interner.get(*s)),
        DocComment(CommentKind::Block, AttrStyle::Inner, s) => format!("/*!{}*/", interner.get(*s)),
        Eof => "<eof>".into(),
    }
}

/// A literal token's source text, rebuilt from its parts.
pub fn lit_to_string(lit: &Lit, interner: &smelt_span::Interner) -> String {
    let sym = interner.get(lit.symbol);
    let mut s = match lit.kind {
        LitKind::Byte => format!("b'{sym}'"),
        LitKind::Char => format!("'{sym}'"),
        LitKind::Str => format!("\"{sym}\""),
        LitKind::StrRaw(n) => format!("r{0}\"{sym}\"{0}", "#".repeat(n as usize)),
        LitKind::ByteStr => format!("b\"{sym}\""),
        LitKind::ByteStrRaw(n) => format!("br{0}\"{sym}\"{0}", "#".repeat(n as usize)),
        LitKind::CStr => format!("c\"{sym}\""),
        LitKind::CStrRaw(n) => format!("cr{0}\"{sym}\"{0}", "#".repeat(n as usize)),
        LitKind::Integer | LitKind::Float | LitKind::Bool | LitKind::Err => sym.to_string(),
    };
    if let Some(suffix) = lit.suffix {
        s.push_str(interner.get(suffix));
    }
    s
}
