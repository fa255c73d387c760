//! Items: functions, structs, enums, unions, traits, impls, modules, `use`, constants,
//! statics, type aliases, `extern crate`, extern blocks, `macro_rules!` and macro calls; their
//! visibility; associated and foreign items; and recovery to the next item after an error.

use smelt_ast::token::{BinOpToken, Delimiter, Nonterminal, TokenKind};
use smelt_ast::tokenstream::{DelimSpan, Spacing, TokenStream, TokenTree};
use smelt_ast::{self as ast, P};
use smelt_span::{kw, Edition, Ident, Span};

use super::generics::empty_where_clause;
use super::{PResult, Parser, PathStyle, TokenType};

/// Where an item is being parsed: decides which kinds are allowed and whether functions need
/// bodies and parameter names.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub(crate) enum ItemCtxt {
    /// A module or block.
    Free,
    Trait,
    Impl,
    /// An `extern` block.
    Foreign,
}

type ItemInfo = (Ident, ast::ItemKind);

/// An item's parts before it gets its id and span.
struct ItemParts {
    attrs: Vec<ast::Attribute>,
    lo: Span,
    vis: ast::Visibility,
    ident: Ident,
    kind: ast::ItemKind,
}

/// A function before its body.
struct FnSignature {
    ident: Ident,
    generics: ast::Generics,
    sig: ast::FnSig,
    /// The span of `fn`, for "while parsing this `fn`".
    fn_span: Span,
}

/// An impl before its items.
struct ImplHeader {
    safety: ast::Safety,
    generics: ast::Generics,
    constness: bool,
    negative: Option<Span>,
    of_trait: Option<ast::TraitRef>,
    self_ty: P<ast::Ty>,
}

/// The kinds of items, for `parse_item_kind`'s dispatch.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum ItemStart {
    Use,
    Fn,
    ExternCrate,
    ForeignMod,
    Static,
    Trait,
    Const,
    Impl,
    Mod,
    Type,
    Enum,
    Struct,
    Union,
    Macro,
    MacroRules,
    MissingKeyword,
    MacCall,
    None,
}

impl<'a> Parser<'a> {
    /* ------------------------------------------------------------ item lists */

    /// Parses one item with its outer attributes; `None` if the tokens do not start an item
    /// (nothing is consumed then, unless attributes were, which is reported).
    pub fn parse_item(&mut self) -> PResult<'a, Option<P<ast::Item>>> {
        let attrs = self.parse_outer_attributes()?;
        self.parse_item_with_attrs(attrs)
    }

    /// Parses items until the end of input, reporting errors and skipping to the next item
    /// after each.
    pub fn parse_items_to_eof(&mut self) -> Vec<P<ast::Item>> {
        let depth = self.list_depth();
        self.parse_mod_items(false, depth)
    }

    /// Items at group depth `depth` up to the end of input (`in_braces == false`) or to
    /// the `}` closing the current module (not eaten).
    fn parse_mod_items(&mut self, in_braces: bool, depth: usize) -> Vec<P<ast::Item>> {
        let mut items = Vec::new();
        loop {
            match self.token.kind {
                TokenKind::Eof => break,
                TokenKind::CloseDelim(_) if self.at_list_end(depth) => {
                    if in_braces {
                        break;
                    }
                    // A stray closing delimiter at the top level, left by recovery inside a
                    // group; the group's error was reported.
                    self.bump();
                    continue;
                }
                _ => {}
            }
            let start = self.num_bumps;
            match self.parse_item() {
                Ok(Some(item)) => {
                    self.maybe_consume_incorrect_semicolon(&item);
                    items.push(item);
                }
                Ok(None) => {
                    // Attributes or a visibility without an item were reported already.
                    if self.num_bumps == start {
                        self.report_expected_item();
                    }
                    self.recover_to_item_start(depth, start);
                }
                Err(e) => {
                    e.emit();
                    self.recover_to_item_start(depth, start);
                }
            }
        }
        items
    }

    fn report_expected_item(&mut self) {
        let found = self.token_descr(&self.token);
        let span = self.token.span;
        let is_let = self.token.is_keyword(kw::Let);
        let mut diag = self
            .sess
            .dcx
            .struct_err(span, format!("expected item, found {found}"));
        if is_let {
            diag = diag.span_label(span, "`let` cannot be used for global variables");
            if self.is_keyword_ahead(1, &[kw::Mut]) {
                diag = diag.help("consider using `static` and a `Mutex` instead of `let mut`");
            } else if self.look_ahead(1, |t| self.ident_of(t).is_some()) {
                diag = diag.span_suggestion(
                    span,
                    "consider using `static` or `const` instead of `let`",
                    "static",
                );
            } else {
                diag = diag.help("consider using `static` or `const` instead of `let`");
            }
        } else {
            diag = diag.span_label(span, "expected item");
        }
        diag.note("for a full list of items that can appear in modules, see <https://doc.rust-lang.org/reference/items.html>")
            .emit();
    }

    /// `struct S {};`: the `;` is reported and skipped.
    fn maybe_consume_incorrect_semicolon(&mut self, item: &ast::Item) {
        if self.token.kind != TokenKind::Semi {
            return;
        }
        let span = self.token.span;
        let name = match &item.kind {
            ast::ItemKind::Struct(..) => Some("braced struct"),
            ast::ItemKind::Enum(..) => Some("enum"),
            ast::ItemKind::Trait(..) => Some("trait"),
            ast::ItemKind::Union(..) => Some("union"),
            _ => None,
        };
        let mut diag = self
            .sess
            .dcx
            .struct_err(span, "expected item, found `;`")
            .span_suggestion(span, "remove this semicolon", "");
        if let Some(name) = name {
            diag = diag.help(format!(
                "{name} declarations are not followed by a semicolon"
            ));
        }
        diag.emit();
        self.bump();
    }

    /// After an error in an item: skips to the next token that can start an item at the
    /// list's depth, or to the end of the list. Always moves if the failed parse did not.
    fn recover_to_item_start(&mut self, depth: usize, start: usize) {
        if self.num_bumps == start && !self.at_list_end(depth) {
            self.bump();
        }
        loop {
            if self.at_list_end(depth) {
                return;
            }
            if self.token_depth() == depth
                && (self.is_item_start()
                    || matches!(
                        self.token.kind,
                        TokenKind::Pound | TokenKind::DocComment(..)
                    ))
            {
                return;
            }
            self.bump();
        }
    }

    fn at_list_end(&self, depth: usize) -> bool {
        match self.token.kind {
            TokenKind::Eof => true,
            TokenKind::CloseDelim(_) => self.token_depth() < depth,
            _ => false,
        }
    }

    /// Whether the tokens here start an item (as opposed to a statement or expression).
    pub(crate) fn is_item_start(&self) -> bool {
        let t = &self.token;
        if matches!(&t.kind, TokenKind::Interpolated(nt) if matches!(&**nt, Nonterminal::Item(_))) {
            return true;
        }
        let Some((ident, false)) = t.ident() else {
            return false;
        };
        let name = ident.name;
        let next_is = |kws: &[smelt_span::Symbol]| self.is_keyword_ahead(1, kws);
        let next_is_brace =
            || self.look_ahead(1, |t| t.kind == TokenKind::OpenDelim(Delimiter::Brace));
        let next_is_closure = || {
            self.look_ahead(1, |t| {
                matches!(t.kind, TokenKind::BinOp(BinOpToken::Or) | TokenKind::OrOr)
                    || t.is_keyword(kw::Move)
            })
        };
        if [
            kw::Fn,
            kw::Struct,
            kw::Enum,
            kw::Trait,
            kw::Impl,
            kw::Mod,
            kw::Use,
            kw::Type,
            kw::Extern,
            kw::Pub,
            kw::Macro,
        ]
        .contains(&name)
        {
            return true;
        }
        if name == kw::Static {
            return !next_is_closure();
        }
        if name == kw::Const {
            return !next_is_brace() && !next_is_closure();
        }
        if name == kw::Unsafe {
            return next_is(&[
                kw::Fn,
                kw::Impl,
                kw::Trait,
                kw::Extern,
                kw::Mod,
                kw::Auto,
                kw::Async,
                kw::Const,
                kw::Static,
            ]) || self.look_ahead(1, |t| t.is_keyword(kw::Auto));
        }
        if name == kw::Async {
            return self.look_ahead(1, |t| {
                t.is_keyword(kw::Fn) || t.is_keyword(kw::Unsafe) || t.is_keyword(kw::Extern)
            });
        }
        if name == kw::Safe {
            return self.look_ahead(1, |t| t.is_keyword(kw::Fn) || t.is_keyword(kw::Static));
        }
        if name == kw::Union {
            return self.look_ahead(1, |t| self.ident_of(t).is_some());
        }
        if name == kw::Auto {
            return self.look_ahead(1, |t| t.is_keyword(kw::Trait));
        }
        if name == kw::Default {
            return self.look_ahead(1, |t| {
                [
                    kw::Fn,
                    kw::Impl,
                    kw::Unsafe,
                    kw::Const,
                    kw::Type,
                    kw::Async,
                    kw::Extern,
                    kw::Pub,
                ]
                .iter()
                .any(|&k| t.is_keyword(k))
            });
        }
        if name == kw::MacroRules {
            return self.look_ahead(1, |t| t.kind == TokenKind::Not)
                && self.look_ahead(2, |t| t.ident().is_some());
        }
        false
    }

    /* ------------------------------------------------------------ one item */

    /// An item after its outer attributes; `None` if the tokens do not start one.
    pub(crate) fn parse_item_with_attrs(
        &mut self,
        attrs: Vec<ast::Attribute>,
    ) -> PResult<'a, Option<P<ast::Item>>> {
        if matches!(&self.token.kind, TokenKind::Interpolated(nt) if matches!(&**nt, Nonterminal::Item(_)))
        {
            return Ok(self.take_interpolated_item(attrs));
        }
        self.enter_nesting("item")?;
        let res = self.parse_item_common(attrs, ItemCtxt::Free);
        self.exit_nesting();
        match res {
            Ok(Some(parts)) => Ok(Some(self.finish_item(parts))),
            Ok(None) => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn take_interpolated_item(&mut self, attrs: Vec<ast::Attribute>) -> Option<P<ast::Item>> {
        let nt = self.interpolated()?;
        let Nonterminal::Item(item) = &*nt else {
            return None;
        };
        let mut item = item.clone();
        self.bump();
        if !attrs.is_empty() {
            let mut all = attrs;
            all.append(&mut item.attrs);
            item.attrs = all;
        }
        Some(item)
    }

    fn finish_item(&mut self, parts: ItemParts) -> P<ast::Item> {
        let ItemParts {
            attrs,
            lo,
            vis,
            ident,
            kind,
        } = parts;
        P::new(ast::Item {
            attrs,
            id: self.next_id(),
            span: lo.to(self.prev_token.span),
            vis,
            ident,
            kind,
        })
    }

    /// The parts of an item common to all contexts.
    fn parse_item_common(
        &mut self,
        mut attrs: Vec<ast::Attribute>,
        ctxt: ItemCtxt,
    ) -> PResult<'a, Option<ItemParts>> {
        let lo = attrs.first().map_or(self.token.span, |a| a.span);
        let vis = self.parse_visibility()?;
        let defaultness = self.parse_defaultness();
        match self.parse_item_kind(&mut attrs, lo, &vis, defaultness, ctxt) {
            Ok(Some((ident, kind))) => Ok(Some(ItemParts {
                attrs,
                lo,
                vis,
                ident,
                kind,
            })),
            Ok(None) => {
                self.report_no_item(&attrs, &vis);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// Attributes or a visibility were parsed, but no item follows.
    fn report_no_item(&self, attrs: &[ast::Attribute], vis: &ast::Visibility) {
        if !matches!(vis.kind, ast::VisibilityKind::Inherited) {
            let vis_str = self
                .sess
                .source_map
                .span_to_snippet(vis.span)
                .unwrap_or_else(|| "pub".to_string());
            self.sess
                .dcx
                .struct_err(
                    vis.span,
                    format!("visibility `{vis_str}` is not followed by an item"),
                )
                .span_label(vis.span, "the visibility")
                .help(format!(
                    "you likely meant to define an item, e.g., `{vis_str} fn foo() {{}}`"
                ))
                .emit();
        } else if let Some(attr) = attrs.last() {
            let msg = match attr.kind {
                ast::AttrKind::DocComment(..) => "expected item after doc comment",
                ast::AttrKind::Normal(_) => "expected item after attributes",
            };
            self.sess.dcx.struct_err(attr.span, msg).emit();
        }
    }

    /// `default` before an associated item or impl (specialization).
    fn parse_defaultness(&mut self) -> ast::Defaultness {
        if self.is_contextual(&self.token, kw::Default)
            && self.look_ahead(1, |t| {
                [
                    kw::Fn,
                    kw::Impl,
                    kw::Unsafe,
                    kw::Const,
                    kw::Type,
                    kw::Async,
                    kw::Extern,
                    kw::Pub,
                ]
                .iter()
                .any(|&k| t.is_keyword(k))
            })
        {
            self.bump();
            return ast::Defaultness::Default(self.prev_token.span);
        }
        ast::Defaultness::Final
    }

    // ItemKind = Use | Fn | ExternCrate | ForeignMod | Static | Trait | Const | Impl | Mod
    //          | TyAlias | Enum | Struct | Union | MacroRules | MacroDef | MacroCall
    fn parse_item_kind(
        &mut self,
        attrs: &mut Vec<ast::Attribute>,
        lo: Span,
        vis: &ast::Visibility,
        defaultness: ast::Defaultness,
        ctxt: ItemCtxt,
    ) -> PResult<'a, Option<ItemInfo>> {
        // Classify, then make one call in tail position: items nest (modules, function
        // bodies), so this frame must stay small.
        match self.classify_item(vis) {
            ItemStart::Use => self.parse_use_item(),
            ItemStart::Fn => self.parse_item_fn(attrs, ctxt, defaultness),
            ItemStart::ExternCrate => self.parse_item_extern_crate(),
            ItemStart::ForeignMod => self.parse_item_foreign_mod(attrs),
            ItemStart::Static => self.parse_item_static(),
            ItemStart::Trait => self.parse_item_trait(attrs),
            ItemStart::Const => self.parse_item_const(attrs, defaultness),
            ItemStart::Impl => self.parse_item_impl(attrs, defaultness),
            ItemStart::Mod => self.parse_item_mod(attrs),
            ItemStart::Type => self.parse_item_type_alias(defaultness),
            ItemStart::Enum => self.parse_item_enum(),
            ItemStart::Struct => self.parse_item_struct(),
            ItemStart::Union => self.parse_item_union(),
            ItemStart::Macro => self.parse_item_decl_macro(),
            ItemStart::MacroRules => self.parse_item_macro_rules(),
            ItemStart::MissingKeyword => self.recover_missing_kw_before_item().map(|()| None),
            ItemStart::MacCall => self.parse_item_mac_call(lo),
            ItemStart::None => Ok(None),
        }
    }

    /// Which item starts here; eats the leading keywords of the kinds whose parse functions
    /// start after them.
    fn classify_item(&mut self, vis: &ast::Visibility) -> ItemStart {
        if self.eat_keyword(kw::Use) {
            return ItemStart::Use;
        }
        if self.check_fn_front_matter() {
            return ItemStart::Fn;
        }
        if self.check_keyword(kw::Extern) && self.is_keyword_ahead(1, &[kw::Crate]) {
            self.bump();
            self.bump();
            return ItemStart::ExternCrate;
        }
        if self.check_keyword(kw::Extern)
            || (self.token.is_keyword(kw::Unsafe) && self.is_keyword_ahead(1, &[kw::Extern]))
        {
            return ItemStart::ForeignMod;
        }
        if self.is_static_global() {
            return ItemStart::Static;
        }
        if self.check_keyword(kw::Trait) || self.check_trait_front_matter() {
            return ItemStart::Trait;
        }
        if self.check_keyword(kw::Const)
            && !self.look_ahead(1, |t| t.kind == TokenKind::OpenDelim(Delimiter::Brace))
        {
            self.bump();
            return ItemStart::Const;
        }
        if self.check_keyword(kw::Impl)
            || (self.token.is_keyword(kw::Unsafe) && self.is_keyword_ahead(1, &[kw::Impl]))
        {
            return ItemStart::Impl;
        }
        if self.check_keyword(kw::Mod)
            || (self.token.is_keyword(kw::Unsafe) && self.is_keyword_ahead(1, &[kw::Mod]))
        {
            return ItemStart::Mod;
        }
        if self.eat_keyword(kw::Type) {
            return ItemStart::Type;
        }
        if self.eat_keyword(kw::Enum) {
            return ItemStart::Enum;
        }
        if self.eat_keyword(kw::Struct) {
            return ItemStart::Struct;
        }
        if self.is_contextual(&self.token, kw::Union)
            && self.look_ahead(1, |t| self.ident_of(t).is_some())
        {
            self.bump();
            return ItemStart::Union;
        }
        if self.eat_keyword(kw::Macro) {
            return ItemStart::Macro;
        }
        if self.is_contextual(&self.token, kw::MacroRules)
            && self.look_ahead(1, |t| t.kind == TokenKind::Not)
            && self.look_ahead(2, |t| t.ident().is_some())
        {
            self.bump();
            self.bump();
            return ItemStart::MacroRules;
        }
        if !matches!(vis.kind, ast::VisibilityKind::Inherited) && self.isnt_macro_invocation() {
            return ItemStart::MissingKeyword;
        }
        if self.is_path_start(&self.token)
            && !matches!(
                self.token.kind,
                TokenKind::Lt | TokenKind::BinOp(BinOpToken::Shl)
            )
        {
            return ItemStart::MacCall;
        }
        ItemStart::None
    }

    // FnItem = Fn
    fn parse_item_fn(
        &mut self,
        attrs: &mut Vec<ast::Attribute>,
        ctxt: ItemCtxt,
        defaultness: ast::Defaultness,
    ) -> PResult<'a, Option<ItemInfo>> {
        let (ident, f) = self.parse_fn(attrs, ctxt, defaultness)?;
        Ok(Some((ident, ast::ItemKind::Fn(f))))
    }

    // StaticItem = ("unsafe" | "safe")? "static" "mut"? Static
    fn parse_item_static(&mut self) -> PResult<'a, Option<ItemInfo>> {
        let safety = self.parse_safety();
        self.bump(); // `static`
        let mutability = self.parse_mutability();
        let (ident, item) = self.parse_static_item(safety, mutability)?;
        Ok(Some((ident, ast::ItemKind::Static(Box::new(item)))))
    }

    // ConstItem = "const" Const | "const" "impl" ... (recovered as `impl const`)
    fn parse_item_const(
        &mut self,
        attrs: &mut Vec<ast::Attribute>,
        defaultness: ast::Defaultness,
    ) -> PResult<'a, Option<ItemInfo>> {
        if self.token.is_keyword(kw::Impl) {
            // `const impl` is written `impl const`.
            let span = self.prev_token.span;
            self.sess
                .dcx
                .struct_err(span, "expected identifier, found keyword `impl`")
                .span_suggestion(span, "you might have meant to write a const trait impl", "")
                .emit();
            return self.parse_item_impl(attrs, defaultness);
        }
        let (ident, item) = self.parse_const_item()?;
        Ok(Some((ident, ast::ItemKind::Const(Box::new(item)))))
    }

    // TypeItem = "type" TyAlias
    fn parse_item_type_alias(
        &mut self,
        defaultness: ast::Defaultness,
    ) -> PResult<'a, Option<ItemInfo>> {
        let (ident, alias) = self.parse_type_alias(defaultness)?;
        Ok(Some((ident, ast::ItemKind::TyAlias(Box::new(alias)))))
    }

    // MacroCall = SimplePath "!" DelimArgs ";"?
    fn parse_item_mac_call(&mut self, lo: Span) -> PResult<'a, Option<ItemInfo>> {
        if self.isnt_macro_invocation() {
            self.recover_missing_kw_before_item()?;
        }
        let path = self.parse_path(PathStyle::Mod)?;
        self.expect(&TokenKind::Not)?;
        let args = self.parse_delim_args()?;
        if args.delim != Delimiter::Brace && !self.eat(&TokenKind::Semi) {
            self.report_missing_macro_semi(args.dspan);
        }
        let mac = P::new(ast::MacCall { path, args });
        Ok(Some((
            Ident::new(kw::Empty, lo.shrink_to_lo()),
            ast::ItemKind::MacCall(mac),
        )))
    }

    fn report_missing_macro_semi(&self, dspan: DelimSpan) {
        self.sess
            .dcx
            .struct_err(dspan.entire(), "macros that expand to items must be delimited with braces or followed by a semicolon")
            .span_suggestion(dspan.close.shrink_to_hi(), "add a semicolon", ";")
            .emit();
    }

    /// Whether the path here is not followed by `!` (so it is no macro call).
    fn isnt_macro_invocation(&self) -> bool {
        self.ident_of(&self.token).is_some()
            && self.look_ahead(1, |t| {
                t.kind != TokenKind::Not && t.kind != TokenKind::PathSep
            })
    }

    /// `pub foo() {}` or `S { a: u8 }` at item level: a missing `fn`, `struct` or `enum`.
    fn recover_missing_kw_before_item(&mut self) -> PResult<'a, ()> {
        let is_pub = self.prev_token.is_keyword(kw::Pub);
        let ident_span = self.token.span;
        let span = if is_pub {
            self.prev_token.span.to(ident_span)
        } else {
            ident_span
        };
        let insert_span = ident_span.shrink_to_lo();
        let looks_like_item = self.ident_of(&self.token).is_some()
            && self.look_ahead(1, |t| {
                matches!(
                    t.kind,
                    TokenKind::Lt
                        | TokenKind::OpenDelim(Delimiter::Brace)
                        | TokenKind::OpenDelim(Delimiter::Parenthesis)
                )
            });
        if !looks_like_item {
            return Ok(());
        }
        let ident = self.parse_ident()?;
        let name = self.sess.str(ident.name).to_string();
        let mut found_generics = false;
        if self.check(&TokenKind::Lt) {
            found_generics = true;
            self.skip_angle_group();
        }
        let dcx = &self.sess.dcx;
        let diag = if self.token.kind == TokenKind::OpenDelim(Delimiter::Brace) {
            if self.look_ahead(1, |t| t.kind == TokenKind::CloseDelim(Delimiter::Brace)) {
                dcx.struct_err(
                    span,
                    "missing `enum` or `struct` for enum or struct definition",
                )
            } else if self.look_ahead(2, |t| t.kind == TokenKind::Colon)
                || self.look_ahead(3, |t| t.kind == TokenKind::Colon)
            {
                dcx.struct_err(span, "missing `struct` for struct definition")
                    .span_suggestion(
                        insert_span,
                        format!("add `struct` here to parse `{name}` as a struct"),
                        "struct ",
                    )
            } else {
                dcx.struct_err(span, "missing `enum` for enum definition")
                    .span_suggestion(
                        insert_span,
                        format!("add `enum` here to parse `{name}` as an enum"),
                        "enum ",
                    )
            }
        } else if self.token.kind == TokenKind::OpenDelim(Delimiter::Parenthesis) {
            let is_method = self.look_ahead(1, |t| {
                t.is_keyword(kw::SelfLower)
                    || t.kind == TokenKind::BinOp(BinOpToken::And)
                    || t.is_keyword(kw::Mut)
            });
            self.skip_group();
            self.bump();
            if self.token.kind == TokenKind::RArrow
                || self.token.kind == TokenKind::OpenDelim(Delimiter::Brace)
            {
                while !matches!(
                    self.token.kind,
                    TokenKind::OpenDelim(Delimiter::Brace)
                        | TokenKind::Eof
                        | TokenKind::CloseDelim(_)
                ) {
                    self.bump();
                }
                if self.token.kind == TokenKind::OpenDelim(Delimiter::Brace) {
                    self.skip_group();
                    self.bump();
                }
                let what = if is_method { "method" } else { "function" };
                let dcx = &self.sess.dcx;
                dcx.struct_err(span, format!("missing `fn` for {what} definition"))
                    .span_suggestion(
                        insert_span,
                        format!("add `fn` here to parse `{name}` as a {what}"),
                        "fn ",
                    )
            } else if is_pub && self.token.kind == TokenKind::Semi {
                let dcx = &self.sess.dcx;
                dcx.struct_err(span, "missing `struct` for struct definition")
                    .span_suggestion(
                        insert_span,
                        format!("add `struct` here to parse `{name}` as a struct"),
                        "struct ",
                    )
            } else {
                let dcx = &self.sess.dcx;
                let diag = dcx.struct_err(
                    span,
                    "missing `fn` or `struct` for function or struct definition",
                );
                if found_generics {
                    diag
                } else {
                    diag.span_suggestion(
                        ident_span.shrink_to_hi(),
                        "if you meant to call a macro, try",
                        "!",
                    )
                }
            }
        } else if found_generics {
            dcx.struct_err(
                span,
                "missing `fn` or `struct` for function or struct definition",
            )
        } else {
            return Ok(());
        };
        Err(Box::new(diag))
    }

    /// Skips `<...>` (balanced angle brackets) for recovery.
    fn skip_angle_group(&mut self) {
        let mut depth = 0i32;
        loop {
            match self.token.kind {
                TokenKind::Lt => depth += 1,
                TokenKind::BinOp(BinOpToken::Shl) => depth += 2,
                TokenKind::Gt => depth -= 1,
                TokenKind::BinOp(BinOpToken::Shr) => depth -= 2,
                TokenKind::Eof | TokenKind::CloseDelim(_) | TokenKind::OpenDelim(_) => return,
                _ => {}
            }
            self.bump();
            if depth <= 0 {
                return;
            }
        }
    }

    /* ------------------------------------------------------------ visibility */

    // Vis = ("pub" ("(" ("crate" | "self" | "super" | "in" SimplePath) ")")?)?
    /// Parses a visibility (possibly none, which is `Inherited`).
    pub fn parse_visibility(&mut self) -> PResult<'a, ast::Visibility> {
        self.parse_vis_common(false)
    }

    /// `followed_by_type` is set for tuple struct fields, where `pub (A, B)` is a public field
    /// of tuple type rather than a malformed restriction.
    pub(crate) fn parse_vis_common(
        &mut self,
        followed_by_type: bool,
    ) -> PResult<'a, ast::Visibility> {
        if let Some(nt) = self.interpolated() {
            if let Nonterminal::Vis(vis) = &*nt {
                let vis = (**vis).clone();
                self.bump();
                return Ok(vis);
            }
        }
        if !self.eat_keyword(kw::Pub) {
            return Ok(ast::Visibility::inherited(self.token.span));
        }
        let lo = self.prev_token.span;
        if self.check(&TokenKind::OpenDelim(Delimiter::Parenthesis)) {
            if self.is_keyword_ahead(1, &[kw::In]) {
                // `pub(in path)`
                self.bump();
                self.bump();
                let path = self.parse_path(PathStyle::Mod)?;
                self.expect(&TokenKind::CloseDelim(Delimiter::Parenthesis))?;
                let kind = ast::VisibilityKind::Restricted {
                    path: P::new(path),
                    id: self.next_id(),
                    shorthand: false,
                };
                return Ok(ast::Visibility {
                    kind,
                    span: lo.to(self.prev_token.span),
                });
            }
            if self.look_ahead(2, |t| {
                t.kind == TokenKind::CloseDelim(Delimiter::Parenthesis)
            }) && self.is_keyword_ahead(1, &[kw::Crate, kw::SelfLower, kw::Super])
            {
                // `pub(crate)`, `pub(self)`, `pub(super)`
                self.bump();
                let ident = self.parse_path_segment_ident()?;
                self.bump();
                let path = ast::Path {
                    span: ident.span,
                    segments: vec![ast::PathSegment {
                        ident,
                        id: self.next_id(),
                        args: None,
                    }],
                };
                let kind = ast::VisibilityKind::Restricted {
                    path: P::new(path),
                    id: self.next_id(),
                    shorthand: true,
                };
                return Ok(ast::Visibility {
                    kind,
                    span: lo.to(self.prev_token.span),
                });
            }
            if !followed_by_type {
                // `pub(a::b)`: probably `pub(in a::b)`.
                self.bump();
                let path = self.parse_path(PathStyle::Mod)?;
                self.expect(&TokenKind::CloseDelim(Delimiter::Parenthesis))?;
                let path_str = self
                    .sess
                    .source_map
                    .span_to_snippet(path.span)
                    .unwrap_or_default();
                self.sess
                    .dcx
                    .struct_err(path.span, "incorrect visibility restriction")
                    .code("E0704")
                    .help(
                        "some possible visibility restrictions are:\n`pub(crate)`: visible only on the current crate\n\
                         `pub(super)`: visible only in the current module's parent\n\
                         `pub(in path::to::module)`: visible only on the specified path",
                    )
                    .span_suggestion(path.span, format!("make this visible only to module `{path_str}` with `in`"), format!("in {path_str}"))
                    .emit();
                let kind = ast::VisibilityKind::Restricted {
                    path: P::new(path),
                    id: self.next_id(),
                    shorthand: false,
                };
                return Ok(ast::Visibility {
                    kind,
                    span: lo.to(self.prev_token.span),
                });
            }
        }
        Ok(ast::Visibility {
            kind: ast::VisibilityKind::Public,
            span: lo,
        })
    }

    /* ------------------------------------------------------------ functions */

    /// Whether a function starts here: `fn`, or qualifiers (`const`, `async`, `unsafe`,
    /// `safe`, `extern "ABI"`) followed by `fn`.
    pub(crate) fn check_fn_front_matter(&mut self) -> bool {
        if self.check_keyword(kw::Fn) {
            return true;
        }
        let is_qual = |p: &Self, t: &smelt_ast::Token| {
            t.is_keyword(kw::Const)
                || t.is_keyword(kw::Async)
                || t.is_keyword(kw::Unsafe)
                || (p.edition >= Edition::E2024 && t.is_keyword(kw::Gen))
        };
        let t = self.token.clone();
        if is_qual(self, &t) || t.is_keyword(kw::Safe) {
            let mut i = 1;
            loop {
                let (is_fn, qual, is_extern, is_lit) = self.look_ahead(i, |t| {
                    (
                        t.is_keyword(kw::Fn),
                        is_qual(self, t),
                        t.is_keyword(kw::Extern),
                        matches!(t.kind, TokenKind::Literal(_)),
                    )
                });
                if is_fn {
                    return true;
                }
                if qual
                    || is_extern
                    || (is_lit && self.look_ahead(i - 1, |t| t.is_keyword(kw::Extern)))
                {
                    i += 1;
                    if i > 6 {
                        return false;
                    }
                    continue;
                }
                return false;
            }
        }
        if t.is_keyword(kw::Extern) {
            return self.look_ahead(1, |t| t.is_keyword(kw::Fn))
                || (self.look_ahead(1, |t| matches!(t.kind, TokenKind::Literal(_)))
                    && self.look_ahead(2, |t| t.is_keyword(kw::Fn)));
        }
        false
    }

    // FnHeader = "const"? "async"? ("unsafe" | "safe")? Extern
    fn parse_fn_front_matter(&mut self) -> PResult<'a, ast::FnHeader> {
        let constness = if self.eat_keyword_noexpect(kw::Const) {
            Some(self.prev_token.span)
        } else {
            None
        };
        let asyncness = if self.token.is_keyword(kw::Async) {
            self.bump();
            let span = self.prev_token.span;
            if self.edition == Edition::E2015 {
                self.sess
                    .dcx
                    .struct_err(span, "`async fn` is not permitted in Rust 2015")
                    .code("E0670")
                    .span_label(span, "to use `async fn`, switch to Rust 2018 or later")
                    .help("pass `--edition 2024` to `rustc`")
                    .note("for more on editions, read https://doc.rust-lang.org/edition-guide")
                    .emit();
            }
            Some(span)
        } else {
            None
        };
        if self.edition >= Edition::E2024 && self.eat_keyword_noexpect(kw::Gen) {
            // `gen fn` (unstable): parsed, not represented.
        }
        let safety = self.parse_safety();
        let ext = self.parse_extern();
        if !self.token.is_keyword(kw::Fn) {
            self.expected_tokens.push(TokenType::Keyword(kw::Fn));
            return Err(Box::new(self.unexpected_error()));
        }
        Ok(ast::FnHeader {
            safety,
            asyncness,
            constness,
            ext,
        })
    }

    /// `unsafe`, `safe` or nothing.
    fn parse_safety(&mut self) -> ast::Safety {
        if self.eat_keyword(kw::Unsafe) {
            ast::Safety::Unsafe(self.prev_token.span)
        } else if self.is_contextual(&self.token, kw::Safe)
            && self.look_ahead(1, |t| {
                t.is_keyword(kw::Fn) || t.is_keyword(kw::Static) || t.is_keyword(kw::Extern)
            })
        {
            self.bump();
            ast::Safety::Safe(self.prev_token.span)
        } else {
            ast::Safety::Default
        }
    }

    // Fn = FnHeader "fn" Ident Generics FnDecl WhereClause (";" | Block)
    fn parse_fn(
        &mut self,
        attrs: &mut Vec<ast::Attribute>,
        ctxt: ItemCtxt,
        defaultness: ast::Defaultness,
    ) -> PResult<'a, (Ident, Box<ast::Fn>)> {
        // The signature is parsed in its own frame: the body nests below this one.
        let sig = self.parse_fn_signature(ctxt)?;
        let body = self.parse_fn_body(attrs, ctxt, sig.ident, sig.fn_span)?;
        let FnSignature {
            ident,
            generics,
            sig,
            ..
        } = *sig;
        Ok((
            ident,
            Box::new(ast::Fn {
                defaultness,
                generics,
                sig,
                body,
            }),
        ))
    }

    // FnSignature = FnHeader "fn" Ident Generics FnDecl WhereClause
    fn parse_fn_signature(&mut self, ctxt: ItemCtxt) -> PResult<'a, Box<FnSignature>> {
        let lo = self.token.span;
        let header = self.parse_fn_front_matter()?;
        let fn_span = self.token.span;
        self.expect_keyword(kw::Fn)?;
        let ident = self.parse_ident()?;
        let mut generics = self.parse_generics()?;
        let req_name = ctxt != ItemCtxt::Trait || self.edition >= Edition::E2018;
        let decl = self.parse_fn_decl(req_name, true)?;
        generics.where_clause = self.parse_where_clause()?;
        let sig = ast::FnSig {
            header,
            decl,
            span: lo.to(self.prev_token.span),
        };
        Ok(Box::new(FnSignature {
            ident,
            generics,
            sig,
            fn_span,
        }))
    }

    // FnBody = ";" | InnerAttr* Block
    fn parse_fn_body(
        &mut self,
        attrs: &mut Vec<ast::Attribute>,
        ctxt: ItemCtxt,
        ident: Ident,
        fn_span: Span,
    ) -> PResult<'a, Option<P<ast::Block>>> {
        if self.check(&TokenKind::Semi) {
            self.bump();
            return Ok(None);
        }
        if !(self.check(&TokenKind::OpenDelim(Delimiter::Brace))
            || matches!(&self.token.kind, TokenKind::Interpolated(nt) if matches!(&**nt, Nonterminal::Block(_))))
        {
            return Err(Box::new(
                self.unexpected_error()
                    .span_label(fn_span, "while parsing this `fn`"),
            ));
        }
        let (inner_attrs, body) = self.parse_inner_attrs_and_block()?;
        attrs.extend(inner_attrs);
        if ctxt == ItemCtxt::Foreign {
            self.sess
                .dcx
                .struct_err(ident.span, "incorrect function inside `extern` block")
                .span_label(ident.span, "cannot have a body")
                .span_suggestion(body.span, "remove the invalid body", ";")
                .help("you might have meant to write a function accessible through FFI, which can be done by writing `extern fn` outside of the `extern` block")
                .note("for more information, visit https://doc.rust-lang.org/std/keyword.extern.html")
                .emit();
            return Ok(None);
        }
        Ok(Some(body))
    }

    // FnDecl = "(" (Param ("," Param)* ("," "...")? ","?)? ")" RetTy
    // Param = OuterAttr* (SelfParam | Pat ":" (Ty | "...") | Ty)
    /// Parses a function's parameters and return type. `req_name`: parameters need names
    /// (not in function pointer types and 2015 trait methods). `is_item`: a `self` parameter
    /// is allowed and the return type may contain `+`.
    pub(crate) fn parse_fn_decl(
        &mut self,
        req_name: bool,
        is_item: bool,
    ) -> PResult<'a, P<ast::FnDecl>> {
        self.expect(&TokenKind::OpenDelim(Delimiter::Parenthesis))?;
        let close = TokenKind::CloseDelim(Delimiter::Parenthesis);
        let mut inputs = Vec::new();
        let mut c_variadic = false;
        let mut first = true;
        loop {
            if self.check(&close) {
                break;
            }
            let param = if first {
                self.parse_fn_param(req_name, is_item)?
            } else if self.eat(&TokenKind::Comma) {
                if self.check(&close) {
                    break;
                }
                self.parse_fn_param(req_name, false)?
            } else {
                self.recover_missing_sep(&TokenKind::Comma, |p| p.parse_fn_param(req_name, false))?
            };
            first = false;
            match param {
                Some(param) => inputs.push(param),
                None => c_variadic = true,
            }
        }
        self.expect(&close)?;
        let output = self.parse_ret_ty(is_item)?;
        Ok(P::new(ast::FnDecl {
            inputs,
            output,
            c_variadic,
        }))
    }

    // Param = OuterAttr* (SelfParam | Pat ":" (Ty | "...") | Ty | "...")
    /// One parameter; `None` for C variadics (`...`). `allow_self`: this is the first
    /// parameter of an item, where `self` may appear.
    fn parse_fn_param(
        &mut self,
        req_name: bool,
        allow_self: bool,
    ) -> PResult<'a, Option<ast::Param>> {
        let attrs = self.parse_outer_attributes()?;
        let lo = self.token.span;
        if allow_self {
            if let Some(param) = self.parse_self_param(attrs.clone())? {
                return Ok(Some(param));
            }
        }
        if self.eat(&TokenKind::DotDotDot) {
            return Ok(None);
        }
        let (pat, ty) = if req_name || self.is_named_param() {
            let mut pat = self.parse_pat_allow_top_alt(false)?;
            if matches!(pat.kind, ast::PatKind::Or(_)) {
                let span = pat.span;
                let text = self
                    .sess
                    .source_map
                    .span_to_snippet(span)
                    .unwrap_or_default();
                self.sess
                    .dcx
                    .struct_err(
                        span,
                        "function parameters require top-level or-patterns in parentheses",
                    )
                    .span_suggestion(span, "wrap the pattern in parentheses", format!("({text})"))
                    .emit();
                pat = self.mk_pat(span, ast::PatKind::Paren(pat));
            }
            if !self.check(&TokenKind::Colon) {
                let mut err = self.unexpected_error();
                if let ast::PatKind::Ident(_, ident, None) = &pat.kind {
                    if matches!(self.token.kind, TokenKind::CloseDelim(_) | TokenKind::Comma) {
                        err = err
                            .span_suggestion(
                                ident.span.shrink_to_hi(),
                                "if this is a parameter name, give it a type",
                                ": TypeName",
                            )
                            .span_suggestion(
                                ident.span.shrink_to_lo(),
                                "if this is a type, explicitly ignore the parameter name",
                                "_: ",
                            );
                    } else if self.can_begin_type(&self.token) {
                        err = err.span_suggestion(
                            ident.span.to(self.token.span),
                            "declare the type after the parameter binding",
                            "<identifier>: <type>",
                        );
                    }
                }
                return Err(Box::new(err));
            }
            self.bump();
            if self.eat(&TokenKind::DotDotDot) {
                return Ok(None);
            }
            (pat, self.parse_ty()?)
        } else {
            let ty = self.parse_ty()?;
            (self.anon_param_pat(ty.span), ty)
        };
        Ok(Some(ast::Param {
            attrs,
            ty,
            pat,
            id: self.next_id(),
            span: lo.to(self.prev_token.span),
        }))
    }

    /// `name:` or `&name:`, `mut name:` (with anonymous parameters allowed, a name needs
    /// its colon).
    fn is_named_param(&self) -> bool {
        let offset = match self.token.kind {
            TokenKind::BinOp(BinOpToken::And) | TokenKind::AndAnd => 1,
            _ if self.token.is_keyword(kw::Mut) => 1,
            _ => 0,
        };
        self.look_ahead(offset, |t| t.ident().is_some())
            && self.look_ahead(offset + 1, |t| t.kind == TokenKind::Colon)
    }

    // SelfParam = ("&" Lifetime? "mut"?)? "self" | "mut"? "self" (":" Ty)?
    fn parse_self_param(&mut self, attrs: Vec<ast::Attribute>) -> PResult<'a, Option<ast::Param>> {
        let lo = self.token.span;
        let is_self = |t: &smelt_ast::Token| t.is_keyword(kw::SelfLower);
        let not_path = |p: &Self, n: usize| p.look_ahead(n, |t| t.kind != TokenKind::PathSep);
        let self_ident;
        let mut mutbl_binding = ast::Mutability::Not;
        let ty_kind: Option<ast::TyKind>;
        match self.token.kind {
            TokenKind::BinOp(BinOpToken::And) => {
                let (has_lifetime, has_mut) = if self.look_ahead(1, is_self) && not_path(self, 2) {
                    (false, false)
                } else if self.is_keyword_ahead(1, &[kw::Mut])
                    && self.look_ahead(2, is_self)
                    && not_path(self, 3)
                {
                    (false, true)
                } else if self.look_ahead(1, |t| t.lifetime().is_some())
                    && self.look_ahead(2, is_self)
                    && not_path(self, 3)
                {
                    (true, false)
                } else if self.look_ahead(1, |t| t.lifetime().is_some())
                    && self.is_keyword_ahead(2, &[kw::Mut])
                    && self.look_ahead(3, is_self)
                    && not_path(self, 4)
                {
                    (true, true)
                } else {
                    return Ok(None);
                };
                self.bump(); // `&`
                let lifetime = if has_lifetime {
                    let ident = self.token.lifetime();
                    self.bump();
                    ident.map(|ident| ast::Lifetime {
                        id: self.next_id(),
                        ident,
                    })
                } else {
                    None
                };
                let mutbl = if has_mut {
                    self.bump();
                    ast::Mutability::Mut
                } else {
                    ast::Mutability::Not
                };
                self_ident = self.token.ident().map(|(i, _)| i);
                self.bump(); // `self`
                let self_ty = self.mk_ty(self.prev_token.span, ast::TyKind::ImplicitSelf);
                ty_kind = Some(ast::TyKind::Ref(
                    lifetime,
                    ast::MutTy { ty: self_ty, mutbl },
                ));
            }
            _ if is_self(&self.token) && not_path(self, 1) => {
                self_ident = self.token.ident().map(|(i, _)| i);
                self.bump();
                ty_kind = None;
            }
            _ if self.token.is_keyword(kw::Mut)
                && self.look_ahead(1, is_self)
                && not_path(self, 2) =>
            {
                self.bump();
                mutbl_binding = ast::Mutability::Mut;
                self_ident = self.token.ident().map(|(i, _)| i);
                self.bump();
                ty_kind = None;
            }
            _ => return Ok(None),
        }
        let Some(self_ident) = self_ident else {
            return Ok(None);
        };
        let ty = match ty_kind {
            Some(kind) => self.mk_ty(lo.to(self.prev_token.span), kind),
            None => {
                if self.eat(&TokenKind::Colon) {
                    self.parse_ty()?
                } else {
                    self.mk_ty(self_ident.span, ast::TyKind::ImplicitSelf)
                }
            }
        };
        let pat = self.mk_pat(
            self_ident.span,
            ast::PatKind::Ident(
                ast::BindingMode(ast::ByRef::No, mutbl_binding),
                self_ident,
                None,
            ),
        );
        Ok(Some(ast::Param {
            attrs,
            ty,
            pat,
            id: self.next_id(),
            span: lo.to(self.prev_token.span),
        }))
    }

    /* ------------------------------------------------------------ use and extern crate */

    // UseItem = "use" UseTree ";"
    fn parse_use_item(&mut self) -> PResult<'a, Option<ItemInfo>> {
        let lo = self.prev_token.span;
        let tree = self.parse_use_tree()?;
        self.expect(&TokenKind::Semi)?;
        Ok(Some((
            Ident::new(kw::Empty, lo.shrink_to_lo()),
            ast::ItemKind::Use(tree),
        )))
    }

    // UseTree = (SimplePath? "::")? ("*" | "{" (UseTree ("," UseTree)* ","?)? "}")
    //         | SimplePath ("as" (Ident | "_"))?
    fn parse_use_tree(&mut self) -> PResult<'a, ast::UseTree> {
        self.enter_nesting("use tree")?;
        let res = self.parse_use_tree_inner();
        self.exit_nesting();
        res
    }

    // (see UseTree)
    fn parse_use_tree_inner(&mut self) -> PResult<'a, ast::UseTree> {
        let lo = self.token.span;
        let mut prefix = ast::Path {
            span: lo.shrink_to_lo(),
            segments: Vec::new(),
        };
        let kind = if self.check(&TokenKind::OpenDelim(Delimiter::Brace))
            || self.check(&TokenKind::BinOp(BinOpToken::Star))
            || self.is_import_coupler()
        {
            if self.eat(&TokenKind::PathSep) {
                prefix.segments.push(self.path_root_segment(lo));
                prefix.span = lo;
            }
            self.parse_use_tree_glob_or_nested()?
        } else {
            prefix = self.parse_path(PathStyle::Mod)?;
            if self.eat(&TokenKind::PathSep) {
                self.parse_use_tree_glob_or_nested()?
            } else {
                let rename = if self.eat_keyword(kw::As) {
                    Some(self.parse_ident_or_underscore()?)
                } else {
                    None
                };
                ast::UseTreeKind::Simple(rename)
            }
        };
        Ok(ast::UseTree {
            prefix,
            kind,
            span: lo.to(self.prev_token.span),
        })
    }

    // UseTreeRest = "*" | "{" (UseTree ("," UseTree)* ","?)? "}"
    fn parse_use_tree_glob_or_nested(&mut self) -> PResult<'a, ast::UseTreeKind> {
        if self.eat(&TokenKind::BinOp(BinOpToken::Star)) {
            return Ok(ast::UseTreeKind::Glob);
        }
        let trees = self.parse_delim_comma_seq(Delimiter::Brace, |p| {
            let tree = p.parse_use_tree()?;
            Ok((tree, p.next_id()))
        })?;
        Ok(ast::UseTreeKind::Nested(trees))
    }

    // ExternCrate = "extern" "crate" (Ident | "self") ("as" (Ident | "_"))? ";"
    fn parse_item_extern_crate(&mut self) -> PResult<'a, Option<ItemInfo>> {
        let orig = if self.token.is_keyword(kw::SelfLower) {
            let ident = self.token.ident().map(|(i, _)| i);
            self.bump();
            ident.ok_or_else(|| self.unexpected_error())?
        } else {
            self.parse_ident()?
        };
        let (ident, renamed) = if self.eat_keyword(kw::As) {
            (self.parse_ident_or_underscore()?, Some(orig.name))
        } else {
            (orig, None)
        };
        self.expect(&TokenKind::Semi)?;
        Ok(Some((ident, ast::ItemKind::ExternCrate(renamed))))
    }

    /* ------------------------------------------------------------ extern blocks */

    // ForeignMod = "unsafe"? "extern" Abi? "{" InnerAttr* ForeignItem* "}"
    fn parse_item_foreign_mod(
        &mut self,
        attrs: &mut Vec<ast::Attribute>,
    ) -> PResult<'a, Option<ItemInfo>> {
        let safety = self.parse_safety();
        self.expect_keyword(kw::Extern)?;
        let lo = self.prev_token.span;
        let abi = self.parse_abi();
        let items = self.parse_item_list(attrs, |p| p.parse_foreign_item())?;
        Ok(Some((
            Ident::new(kw::Empty, lo.shrink_to_lo()),
            ast::ItemKind::ForeignMod(ast::ForeignMod { safety, abi, items }),
        )))
    }

    /// Parses one item of an `extern` block: `None` if there is none, `Some(None)` for an
    /// item of a kind not allowed there (reported and dropped).
    pub(crate) fn parse_foreign_item(
        &mut self,
    ) -> PResult<'a, Option<Option<P<ast::ForeignItem>>>> {
        let attrs = self.parse_outer_attributes()?;
        self.enter_nesting("item")?;
        let res = self.parse_item_common(attrs, ItemCtxt::Foreign);
        self.exit_nesting();
        let Some(ItemParts {
            attrs,
            lo,
            vis,
            ident,
            kind,
        }) = res?
        else {
            return Ok(None);
        };
        let span = lo.to(self.prev_token.span);
        let kind = match kind {
            ast::ItemKind::Fn(f) => ast::ForeignItemKind::Fn(f),
            ast::ItemKind::Static(s) => ast::ForeignItemKind::Static(s),
            ast::ItemKind::TyAlias(t) => ast::ForeignItemKind::TyAlias(t),
            ast::ItemKind::MacCall(m) => ast::ForeignItemKind::MacCall(m),
            ast::ItemKind::Const(c) => {
                self.sess
                    .dcx
                    .struct_err(span, "extern items cannot be `const`")
                    .help("try using a static value")
                    .note("for more information, visit https://doc.rust-lang.org/std/keyword.extern.html")
                    .emit();
                ast::ForeignItemKind::Static(Box::new(ast::StaticItem {
                    ty: c.ty,
                    safety: ast::Safety::Default,
                    mutability: ast::Mutability::Not,
                    expr: c.expr,
                }))
            }
            other => {
                let descr = other.descr();
                self.sess
                    .dcx
                    .struct_err(span, format!("{descr} is not supported in `extern` blocks"))
                    .help(format!(
                        "consider moving the {descr} out to a nearby module scope"
                    ))
                    .emit();
                return Ok(Some(None));
            }
        };
        Ok(Some(Some(P::new(ast::Item {
            attrs,
            id: self.next_id(),
            span,
            vis,
            ident,
            kind,
        }))))
    }

    /// `{ InnerAttr* Item* }` for impls, traits and extern blocks, recovering from errors
    /// at the next item.
    fn parse_item_list<T>(
        &mut self,
        attrs: &mut Vec<ast::Attribute>,
        mut parse_one: impl FnMut(&mut Self) -> PResult<'a, Option<Option<T>>>,
    ) -> PResult<'a, Vec<T>> {
        let open = self.token.span;
        if !self.check(&TokenKind::OpenDelim(Delimiter::Brace)) {
            return Err(Box::new(self.unexpected_error()));
        }
        let depth = self.token_depth() + 1;
        self.bump();
        attrs.extend(self.parse_inner_attributes_recovering());
        let mut items = Vec::new();
        loop {
            if matches!(self.token.kind, TokenKind::CloseDelim(_) | TokenKind::Eof)
                && self.at_list_end(depth)
            {
                break;
            }
            let start = self.num_bumps;
            match parse_one(self) {
                Ok(Some(Some(item))) => items.push(item),
                Ok(Some(None)) => {}
                Ok(None) => {
                    let span = self.token.span;
                    self.sess
                        .dcx
                        .struct_err(span, "non-item in item list")
                        .span_label(open, "item list starts here")
                        .span_label(span, "non-item starts here")
                        .emit();
                    self.recover_to_item_start(depth, start);
                }
                Err(e) => {
                    e.emit();
                    self.recover_to_item_start(depth, start);
                }
            }
        }
        self.expect(&TokenKind::CloseDelim(Delimiter::Brace))?;
        Ok(items)
    }

    /* ------------------------------------------------------------ statics and consts */

    fn is_static_global(&self) -> bool {
        let t = &self.token;
        if t.is_keyword(kw::Static) {
            return !self.look_ahead(1, |t| {
                matches!(t.kind, TokenKind::BinOp(BinOpToken::Or) | TokenKind::OrOr)
                    || t.is_keyword(kw::Move)
            });
        }
        (t.is_keyword(kw::Unsafe) || self.is_contextual(t, kw::Safe))
            && self.look_ahead(1, |t| t.is_keyword(kw::Static))
    }

    // Static = "static" "mut"? Ident ":" Ty ("=" Expr)? ";"
    fn parse_static_item(
        &mut self,
        safety: ast::Safety,
        mutability: ast::Mutability,
    ) -> PResult<'a, (Ident, ast::StaticItem)> {
        let ident = self.parse_ident()?;
        let what = if mutability == ast::Mutability::Mut {
            "static mut"
        } else {
            "static"
        };
        let ty = self.parse_item_ty(ident, what)?;
        let expr = if self.eat(&TokenKind::Eq) {
            Some(self.parse_expr()?)
        } else {
            None
        };
        self.expect(&TokenKind::Semi)?;
        Ok((
            ident,
            ast::StaticItem {
                ty,
                safety,
                mutability,
                expr,
            },
        ))
    }

    // Const = "const" (Ident | "_") ":" Ty ("=" Expr)? ";"
    fn parse_const_item(&mut self) -> PResult<'a, (Ident, ast::ConstItem)> {
        let ident = self.parse_ident_or_underscore()?;
        let mut generics = self.parse_generics()?;
        let ty = self.parse_item_ty(ident, "const")?;
        let expr = if self.eat(&TokenKind::Eq) {
            Some(self.parse_expr()?)
        } else {
            None
        };
        generics.where_clause = self.parse_where_clause()?;
        self.expect(&TokenKind::Semi)?;
        Ok((ident, ast::ConstItem { generics, ty, expr }))
    }

    /// `: Ty` of a static or const; a missing type is reported and recovered.
    fn parse_item_ty(&mut self, ident: Ident, what: &str) -> PResult<'a, P<ast::Ty>> {
        if self.eat(&TokenKind::Colon) {
            return self.parse_ty();
        }
        if matches!(self.token.kind, TokenKind::Eq | TokenKind::Semi) {
            let span = ident.span.shrink_to_hi();
            let kind = if what == "const" {
                "constant"
            } else {
                "static variable"
            };
            self.sess
                .dcx
                .struct_err(span, format!("missing type for `{what}` item"))
                .span_suggestion(span, format!("provide a type for the {kind}"), ": <type>")
                .emit();
            return Ok(self.mk_ty(span, ast::TyKind::Err));
        }
        self.check(&TokenKind::Colon);
        Err(Box::new(self.unexpected_error()))
    }

    // TyAlias = "type" Ident Generics (":" Bounds)? WhereClause ("=" Ty)? WhereClause ";"
    fn parse_type_alias(
        &mut self,
        defaultness: ast::Defaultness,
    ) -> PResult<'a, (Ident, ast::TyAlias)> {
        let ident = self.parse_ident()?;
        let mut generics = self.parse_generics()?;
        let bounds = if self.eat(&TokenKind::Colon) {
            self.parse_generic_bounds()?
        } else {
            Vec::new()
        };
        generics.where_clause = self.parse_where_clause()?;
        let ty = if self.eat(&TokenKind::Eq) {
            Some(self.parse_ty()?)
        } else {
            None
        };
        let after_where = self.parse_where_clause()?;
        if after_where.has_where_token {
            generics
                .where_clause
                .predicates
                .extend(after_where.predicates);
            generics.where_clause.has_where_token = true;
        }
        self.expect(&TokenKind::Semi)?;
        Ok((
            ident,
            ast::TyAlias {
                defaultness,
                generics,
                bounds,
                ty,
            },
        ))
    }

    /* ------------------------------------------------------------ ADTs */

    // Struct = "struct" Ident Generics (WhereClause ("{" Fields "}" | ";") | "(" TupleFields ")" WhereClause ";")
    fn parse_item_struct(&mut self) -> PResult<'a, Option<ItemInfo>> {
        let ident = self.parse_ident()?;
        let mut generics = self.parse_generics()?;
        let data =
            if self.token.is_keyword(kw::Where) {
                generics.where_clause = self.parse_where_clause()?;
                if self.eat(&TokenKind::Semi) {
                    ast::VariantData::Unit(self.next_id())
                } else {
                    self.parse_record_struct_body()?
                }
            } else if self.eat(&TokenKind::Semi) {
                ast::VariantData::Unit(self.next_id())
            } else if self.token.kind == TokenKind::OpenDelim(Delimiter::Brace) {
                self.parse_record_struct_body()?
            } else if self.token.kind == TokenKind::OpenDelim(Delimiter::Parenthesis) {
                let fields = self.parse_tuple_struct_body()?;
                generics.where_clause = self.parse_where_clause()?;
                self.expect(&TokenKind::Semi)?;
                ast::VariantData::Tuple(fields, self.next_id())
            } else {
                let found = self.token_descr(&self.token);
                let span = self.token.span;
                return Err(Box::new(self
                .sess
                .dcx
                .struct_err(
                    span,
                    format!("expected `where`, `{{`, `(`, or `;` after struct name, found {found}"),
                )
                .span_label(span, "expected `where`, `{`, `(`, or `;` after struct name")));
            };
        Ok(Some((ident, ast::ItemKind::Struct(data, generics))))
    }

    // Union = "union" Ident Generics WhereClause "{" Fields "}"
    fn parse_item_union(&mut self) -> PResult<'a, Option<ItemInfo>> {
        let ident = self.parse_ident()?;
        let mut generics = self.parse_generics()?;
        generics.where_clause = self.parse_where_clause()?;
        if self.token.kind != TokenKind::OpenDelim(Delimiter::Brace) {
            let found = self.token_descr(&self.token);
            let span = self.token.span;
            return Err(Box::new(
                self.sess
                    .dcx
                    .struct_err(
                        span,
                        format!("expected `where` or `{{` after union name, found {found}"),
                    )
                    .span_label(span, "expected `where` or `{` after union name"),
            ));
        }
        let data = self.parse_record_struct_body()?;
        Ok(Some((ident, ast::ItemKind::Union(data, generics))))
    }

    // Fields = "{" (FieldDef ("," FieldDef)* ","?)? "}"
    // FieldDef = OuterAttr* Vis Ident ":" Ty
    fn parse_record_struct_body(&mut self) -> PResult<'a, ast::VariantData> {
        self.expect(&TokenKind::OpenDelim(Delimiter::Brace))?;
        let mut fields = Vec::new();
        let mut recovered = false;
        loop {
            if self.check(&TokenKind::CloseDelim(Delimiter::Brace)) {
                break;
            }
            let attrs = self.parse_outer_attributes()?;
            let lo = self.token.span;
            let vis = self.parse_visibility()?;
            let ident = self.parse_field_ident()?;
            self.expect(&TokenKind::Colon)?;
            let ty = self.parse_ty()?;
            fields.push(ast::FieldDef {
                attrs,
                id: self.next_id(),
                span: lo.to(self.prev_token.span),
                vis,
                ident: Some(ident),
                ty,
            });
            if self.check(&TokenKind::Comma) {
                self.bump();
            } else if self.check(&TokenKind::CloseDelim(Delimiter::Brace)) {
                break;
            } else if self.token.kind == TokenKind::Semi {
                // `a: u8; b: u8`
                let span = self.token.span;
                self.sess
                    .dcx
                    .struct_err(span, "struct fields are separated by `,`")
                    .span_suggestion(span, "replace `;` with `,`", ",")
                    .emit();
                self.bump();
                recovered = true;
            } else if self.ident_of(&self.token).is_some() || self.token.is_keyword(kw::Pub) {
                // `a: u8 b: u8`: a missing comma.
                let found = self.token_descr(&self.token);
                let hi = self.prev_hi();
                self.sess
                    .dcx
                    .struct_err(hi, format!("expected `,`, or `}}`, found {found}"))
                    .span_suggestion(hi, "try adding a comma", ",")
                    .emit();
                recovered = true;
            } else {
                return Err(Box::new(self.unexpected_error()));
            }
        }
        self.expect(&TokenKind::CloseDelim(Delimiter::Brace))?;
        Ok(ast::VariantData::Struct(fields, recovered))
    }

    // FieldName = Ident
    fn parse_field_ident(&mut self) -> PResult<'a, Ident> {
        self.parse_ident()
    }

    // TupleFields = "(" (OuterAttr* Vis Ty ("," OuterAttr* Vis Ty)* ","?)? ")"
    fn parse_tuple_struct_body(&mut self) -> PResult<'a, Vec<ast::FieldDef>> {
        self.parse_delim_comma_seq(Delimiter::Parenthesis, |p| {
            let attrs = p.parse_outer_attributes()?;
            let lo = p.token.span;
            let vis = p.parse_vis_common(true)?;
            let ty = p.parse_ty()?;
            Ok(ast::FieldDef {
                attrs,
                id: p.next_id(),
                span: lo.to(p.prev_token.span),
                vis,
                ident: None,
                ty,
            })
        })
    }

    // Enum = "enum" Ident Generics WhereClause "{" (Variant ("," Variant)* ","?)? "}"
    // Variant = OuterAttr* Vis Ident ("{" Fields "}" | "(" TupleFields ")")? ("=" Expr)?
    fn parse_item_enum(&mut self) -> PResult<'a, Option<ItemInfo>> {
        let ident = self.parse_ident()?;
        let mut generics = self.parse_generics()?;
        generics.where_clause = self.parse_where_clause()?;
        let variants = self.parse_delim_comma_seq(Delimiter::Brace, |p| {
            let attrs = p.parse_outer_attributes()?;
            let lo = p.token.span;
            let vis = p.parse_visibility()?;
            let ident = p.parse_ident()?;
            let data = if p.check(&TokenKind::OpenDelim(Delimiter::Brace)) {
                p.parse_record_struct_body()?
            } else if p.check(&TokenKind::OpenDelim(Delimiter::Parenthesis)) {
                let fields = p.parse_tuple_struct_body()?;
                ast::VariantData::Tuple(fields, p.next_id())
            } else {
                ast::VariantData::Unit(p.next_id())
            };
            let disr_expr = if p.eat(&TokenKind::Eq) {
                Some(ast::AnonConst {
                    id: p.next_id(),
                    value: p.parse_expr()?,
                })
            } else {
                None
            };
            Ok(ast::Variant {
                attrs,
                id: p.next_id(),
                span: lo.to(p.prev_token.span),
                vis,
                ident,
                data,
                disr_expr,
            })
        })?;
        Ok(Some((
            ident,
            ast::ItemKind::Enum(ast::EnumDef { variants }, generics),
        )))
    }

    /* ------------------------------------------------------------ traits and impls */

    /// `unsafe trait`, `auto trait`, `unsafe auto trait`.
    fn check_trait_front_matter(&self) -> bool {
        let t = &self.token;
        (self.is_contextual(t, kw::Auto) && self.is_keyword_ahead(1, &[kw::Trait]))
            || (t.is_keyword(kw::Unsafe)
                && (self.is_keyword_ahead(1, &[kw::Trait])
                    || (self.look_ahead(1, |t| self.is_contextual(t, kw::Auto))
                        && self.is_keyword_ahead(2, &[kw::Trait]))))
    }

    // Trait = "unsafe"? "auto"? "trait" Ident Generics (":" Bounds)? WhereClause "{" InnerAttr* AssocItem* "}"
    // TraitAlias = "trait" Ident Generics "=" Bounds WhereClause ";"
    fn parse_item_trait(
        &mut self,
        attrs: &mut Vec<ast::Attribute>,
    ) -> PResult<'a, Option<ItemInfo>> {
        let safety = self.parse_safety();
        let is_auto = if self.is_contextual(&self.token, kw::Auto) {
            self.bump();
            true
        } else {
            false
        };
        self.expect_keyword(kw::Trait)?;
        let ident = self.parse_ident()?;
        let mut generics = self.parse_generics()?;
        let bounds = if self.eat(&TokenKind::Colon) {
            self.parse_generic_bounds()?
        } else {
            Vec::new()
        };
        if self.eat(&TokenKind::Eq) {
            let bounds = self.parse_generic_bounds()?;
            generics.where_clause = self.parse_where_clause()?;
            self.expect(&TokenKind::Semi)?;
            return Ok(Some((ident, ast::ItemKind::TraitAlias(generics, bounds))));
        }
        generics.where_clause = self.parse_where_clause()?;
        let items = self.parse_item_list(attrs, |p| p.parse_assoc_item(ItemCtxt::Trait))?;
        Ok(Some((
            ident,
            ast::ItemKind::Trait(Box::new(ast::Trait {
                safety,
                is_auto,
                generics,
                bounds,
                items,
            })),
        )))
    }

    // Impl = "unsafe"? "impl" Generics "const"? "!"? Ty ("for" Ty)? WhereClause "{" InnerAttr* AssocItem* "}"
    fn parse_item_impl(
        &mut self,
        attrs: &mut Vec<ast::Attribute>,
        defaultness: ast::Defaultness,
    ) -> PResult<'a, Option<ItemInfo>> {
        // The header is parsed in its own frame: the items nest below this one.
        let lo = self.token.span;
        let header = self.parse_impl_header()?;
        let items = self.parse_item_list(attrs, |p| p.parse_assoc_item(ItemCtxt::Impl))?;
        let ImplHeader {
            safety,
            generics,
            constness,
            negative,
            of_trait,
            self_ty,
        } = *header;
        let imp = ast::Impl {
            defaultness,
            safety,
            generics,
            constness,
            negative,
            of_trait,
            self_ty,
            items,
        };
        Ok(Some((
            Ident::new(kw::Empty, lo.shrink_to_lo()),
            ast::ItemKind::Impl(Box::new(imp)),
        )))
    }

    // ImplHeader = "unsafe"? "impl" Generics "const"? "!"? Ty ("for" Ty)? WhereClause
    fn parse_impl_header(&mut self) -> PResult<'a, Box<ImplHeader>> {
        let safety = self.parse_safety();
        self.expect_keyword(kw::Impl)?;
        let mut generics = if self.choose_generics_over_qpath() {
            self.parse_generics()?
        } else {
            let span = self.prev_hi();
            ast::Generics {
                params: Vec::new(),
                where_clause: empty_where_clause(span),
                span,
            }
        };
        let constness = self.eat_keyword(kw::Const);
        let negative = if self.token.kind == TokenKind::Not
            && self.look_ahead(1, |t| self.can_begin_type(t))
        {
            self.bump();
            Some(self.prev_token.span)
        } else {
            None
        };
        let ty_first = self.parse_ty()?;
        let has_for = self.eat_keyword(kw::For);
        let ty_second = if has_for
            || (self.can_begin_type(&self.token)
                && self.token.kind != TokenKind::OpenDelim(Delimiter::Brace))
        {
            Some(self.parse_ty()?)
        } else {
            None
        };
        generics.where_clause = self.parse_where_clause()?;
        let (of_trait, self_ty) = match ty_second {
            Some(self_ty) => {
                if !has_for {
                    let span = ty_first.span.between(self_ty.span);
                    self.sess
                        .dcx
                        .struct_err(span, "missing `for` in a trait impl")
                        .span_suggestion(span, "add `for` here", " for ")
                        .emit();
                }
                let path = match ty_first.kind {
                    ast::TyKind::Path(None, path) => path,
                    _ => {
                        self.sess
                            .dcx
                            .struct_err(ty_first.span, "expected a trait, found type")
                            .emit();
                        self.single_segment_path(Ident::new(kw::Empty, ty_first.span))
                    }
                };
                (
                    Some(ast::TraitRef {
                        path,
                        ref_id: ty_first.id,
                    }),
                    self_ty,
                )
            }
            None => {
                if let Some(span) = negative {
                    self.sess
                        .dcx
                        .struct_err(span.to(ty_first.span), "inherent impls cannot be negative")
                        .code("E0192")
                        .span_label(span, "negative because of this")
                        .emit();
                }
                (None, ty_first)
            }
        };
        Ok(Box::new(ImplHeader {
            safety,
            generics,
            constness,
            negative,
            of_trait,
            self_ty,
        }))
    }

    /// After `impl`, `<` may start generics or a qualified path (`impl <T>::X {}`).
    fn choose_generics_over_qpath(&self) -> bool {
        if !matches!(self.token.kind, TokenKind::Lt) {
            return false;
        }
        self.look_ahead(1, |t| matches!(t.kind, TokenKind::Pound | TokenKind::Gt))
            || (self.look_ahead(1, |t| t.lifetime().is_some() || t.ident().is_some())
                && self.look_ahead(2, |t| {
                    matches!(
                        t.kind,
                        TokenKind::Gt
                            | TokenKind::Comma
                            | TokenKind::Colon
                            | TokenKind::Eq
                            | TokenKind::Question
                    )
                }))
            || self.is_keyword_ahead(1, &[kw::Const])
    }

    /// Parses one item of a trait or impl: `None` if there is none, `Some(None)` for an item
    /// of a kind not allowed there (reported and dropped).
    pub(crate) fn parse_assoc_item(
        &mut self,
        ctxt: ItemCtxt,
    ) -> PResult<'a, Option<Option<P<ast::AssocItem>>>> {
        let attrs = self.parse_outer_attributes()?;
        self.enter_nesting("item")?;
        let res = self.parse_item_common(attrs, ctxt);
        self.exit_nesting();
        let Some(ItemParts {
            attrs,
            lo,
            vis,
            ident,
            kind,
        }) = res?
        else {
            return Ok(None);
        };
        let span = lo.to(self.prev_token.span);
        let kind = match kind {
            ast::ItemKind::Fn(f) => ast::AssocItemKind::Fn(f),
            ast::ItemKind::Const(c) => ast::AssocItemKind::Const(c),
            ast::ItemKind::TyAlias(t) => ast::AssocItemKind::Type(t),
            ast::ItemKind::MacCall(m) => ast::AssocItemKind::MacCall(m),
            ast::ItemKind::Static(s) => {
                self.sess
                    .dcx
                    .err(span, "associated `static` items are not allowed");
                ast::AssocItemKind::Const(Box::new(ast::ConstItem {
                    generics: ast::Generics::default(),
                    ty: s.ty,
                    expr: s.expr,
                }))
            }
            other => {
                let descr = other.descr();
                self.sess
                    .dcx
                    .struct_err(
                        span,
                        format!("{descr} is not supported in `trait`s or `impl`s"),
                    )
                    .help(format!(
                        "consider moving the {descr} out to a nearby module scope"
                    ))
                    .emit();
                return Ok(Some(None));
            }
        };
        Ok(Some(Some(P::new(ast::Item {
            attrs,
            id: self.next_id(),
            span,
            vis,
            ident,
            kind,
        }))))
    }

    /* ------------------------------------------------------------ modules */

    // Mod = "unsafe"? "mod" Ident (";" | "{" InnerAttr* Item* "}")
    fn parse_item_mod(&mut self, attrs: &mut Vec<ast::Attribute>) -> PResult<'a, Option<ItemInfo>> {
        let safety = self.parse_safety();
        self.expect_keyword(kw::Mod)?;
        let ident = self.parse_ident()?;
        if self.eat(&TokenKind::Semi) {
            return Ok(Some((
                ident,
                ast::ItemKind::Mod(safety, ast::ModKind::Unloaded),
            )));
        }
        if !self.check(&TokenKind::OpenDelim(Delimiter::Brace)) {
            self.check(&TokenKind::Semi);
            return Err(Box::new(self.unexpected_error()));
        }
        let open = self.token.span;
        let depth = self.token_depth() + 1;
        self.bump();
        attrs.extend(self.parse_inner_attributes_recovering());
        let items = self.parse_mod_items(true, depth);
        let close = self.token.span;
        self.expect(&TokenKind::CloseDelim(Delimiter::Brace))?;
        let inner_span = Span::new(open.hi, close.lo.max(open.hi));
        let spans = ast::ModSpans { inner_span };
        Ok(Some((
            ident,
            ast::ItemKind::Mod(safety, ast::ModKind::Loaded(items, ast::Inline::Yes, spans)),
        )))
    }

    /* ------------------------------------------------------------ macros */

    // MacroRules = "macro_rules" "!" Ident DelimArgs ";"?
    fn parse_item_macro_rules(&mut self) -> PResult<'a, Option<ItemInfo>> {
        let ident = match self.token.ident() {
            Some((ident, _)) => {
                self.bump();
                ident
            }
            None => return Err(Box::new(self.expected_ident_found())),
        };
        let body = self.parse_delim_args()?;
        if body.delim != Delimiter::Brace && !self.eat(&TokenKind::Semi) {
            self.report_missing_macro_semi(body.dspan);
        }
        Ok(Some((
            ident,
            ast::ItemKind::MacroDef(ast::MacroDef {
                body,
                macro_rules: true,
            }),
        )))
    }

    // MacroDef = "macro" Ident ("(" TokenTree* ")" "{" TokenTree* "}" | "{" TokenTree* "}")
    fn parse_item_decl_macro(&mut self) -> PResult<'a, Option<ItemInfo>> {
        let ident = self.parse_ident()?;
        let body = if self.token.kind == TokenKind::OpenDelim(Delimiter::Brace) {
            self.parse_delim_args()?
        } else if self.token.kind == TokenKind::OpenDelim(Delimiter::Parenthesis) {
            // `macro m($x:expr) { .. }` is sugar for `macro m { ($x:expr) => { .. } }`.
            let params = self.parse_token_tree();
            if self.token.kind != TokenKind::OpenDelim(Delimiter::Brace) {
                self.check(&TokenKind::OpenDelim(Delimiter::Brace));
                return Err(Box::new(self.unexpected_error()));
            }
            let body = self.parse_token_tree();
            let arrow_span = params.span().shrink_to_hi();
            let arrow = TokenTree::Token(
                smelt_ast::Token::new(TokenKind::FatArrow, arrow_span),
                Spacing::Alone,
            );
            let dspan = DelimSpan {
                open: params.span(),
                close: body.span(),
            };
            let tokens = TokenStream::new(vec![params, arrow, body]);
            P::new(ast::DelimArgs {
                dspan,
                delim: Delimiter::Brace,
                tokens,
            })
        } else {
            self.expected_tokens
                .push(TokenType::Token(TokenKind::OpenDelim(
                    Delimiter::Parenthesis,
                )));
            self.expected_tokens
                .push(TokenType::Token(TokenKind::OpenDelim(Delimiter::Brace)));
            return Err(Box::new(self.unexpected_error()));
        };
        Ok(Some((
            ident,
            ast::ItemKind::MacroDef(ast::MacroDef {
                body,
                macro_rules: false,
            }),
        )))
    }
}
