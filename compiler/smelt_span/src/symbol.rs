//! Interned strings. A `Symbol` is a `u32` into the session's `Interner`; keywords and the
//! names the compiler itself looks for are pre-interned at fixed indices (`kw::Fn`,
//! `sym::main`), so comparing against them costs one integer compare.

use std::cell::RefCell;
use std::fmt;

use rustc_hash::FxHashMap;

/// An interned string. Print it with `Interner::get`.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Symbol(u32);

impl Symbol {
    pub const fn as_u32(self) -> u32 {
        self.0
    }

    pub const fn from_u32(v: u32) -> Symbol {
        Symbol(v)
    }

    /// Keywords that can never be identifiers (in edition 2021).
    pub fn is_reserved(self) -> bool {
        self.0 >= kw::As.0 && self.0 <= kw::Dyn.0
    }

    /// `self`, `Self`, `super`, `crate` and `$crate`: keywords that may still start a path.
    pub fn is_path_segment_keyword(self) -> bool {
        self == kw::SelfLower
            || self == kw::SelfUpper
            || self == kw::Super
            || self == kw::Crate
            || self == kw::DollarCrate
            || self == kw::PathRoot
    }

    /// Whether this symbol is one of the primitive type names (`i32`, `str`, ...).
    pub fn is_prim_ty_name(self) -> bool {
        self.0 >= sym::i8.0 && self.0 <= sym::str.0
    }
}

impl Default for Symbol {
    /// The empty symbol.
    fn default() -> Symbol {
        kw::Empty
    }
}

impl fmt::Debug for Symbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if (self.0 as usize) < PREINTERNED.len() {
            write!(f, "{:?}", PREINTERNED[self.0 as usize])
        } else {
            write!(f, "Symbol({})", self.0)
        }
    }
}

macro_rules! symbols {
    (
        keywords { $($kw:ident: $kw_str:literal,)* }
        symbols { $($sym:ident $(: $sym_str:literal)?,)* }
    ) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[repr(u32)]
        enum KwIndex { $($kw,)* KwCount }

        #[allow(non_camel_case_types)]
        #[repr(u32)]
        enum SymIndex { $($sym,)* }

        /// Keywords and reserved words.
        #[allow(non_upper_case_globals)]
        pub mod kw {
            use super::*;
            $(pub const $kw: Symbol = Symbol(KwIndex::$kw as u32);)*
        }

        /// Names the compiler looks for: attributes, lang items, macros, primitive types.
        #[allow(non_upper_case_globals)]
        pub mod sym {
            use super::*;
            $(pub const $sym: Symbol = Symbol(KwIndex::KwCount as u32 + SymIndex::$sym as u32);)*
        }

        static PREINTERNED: &[&str] = &[
            $($kw_str,)*
            $(symbols!(@str $sym $(, $sym_str)?),)*
        ];
    };
    (@str $sym:ident, $s:literal) => { $s };
    (@str $sym:ident) => { stringify!($sym) };
}

symbols! {
    keywords {
        Empty: "",
        PathRoot: "{{root}}",
        DollarCrate: "$crate",
        Underscore: "_",
        // Strict keywords, in the order of the Reference, then the 2018 ones.
        As: "as",
        Break: "break",
        Const: "const",
        Continue: "continue",
        Crate: "crate",
        Else: "else",
        Enum: "enum",
        Extern: "extern",
        False: "false",
        Fn: "fn",
        For: "for",
        If: "if",
        Impl: "impl",
        In: "in",
        Let: "let",
        Loop: "loop",
        Match: "match",
        Mod: "mod",
        Move: "move",
        Mut: "mut",
        Pub: "pub",
        Ref: "ref",
        Return: "return",
        SelfLower: "self",
        SelfUpper: "Self",
        Static: "static",
        Struct: "struct",
        Super: "super",
        Trait: "trait",
        True: "true",
        Type: "type",
        Unsafe: "unsafe",
        Use: "use",
        Where: "where",
        While: "while",
        // Reserved for future use.
        Abstract: "abstract",
        Become: "become",
        Box: "box",
        Do: "do",
        Final: "final",
        Macro: "macro",
        Override: "override",
        Priv: "priv",
        Typeof: "typeof",
        Unsized: "unsized",
        Virtual: "virtual",
        Yield: "yield",
        // Edition 2018 strict keywords.
        Async: "async",
        Await: "await",
        Try: "try",
        Dyn: "dyn",
        // Weak keywords: identifiers outside their special position.
        Auto: "auto",
        Default: "default",
        MacroRules: "macro_rules",
        Raw: "raw",
        Safe: "safe",
        Union: "union",
        Gen: "gen",
        StaticLifetime: "'static",
        UnderscoreLifetime: "'_",
    }
    symbols {
        // Primitive types; `is_prim_ty_name` relies on `i8` coming first and `str` last.
        i8, i16, i32, i64, i128, isize,
        u8, u16, u32, u64, u128, usize,
        f32, f64, bool, char, str,
        // Crates, modules and prelude paths.
        std, core, alloc, prelude, rust_2015, rust_2018, rust_2021, rust_2024, v1, main,
        fmt, rt, io, panicking, process, intrinsics, ops, iter, option, result, convert, marker,
        // Attributes.
        allow, warn, deny, forbid, expect, cfg, cfg_attr, inline, derive, test, path, lang,
        no_std, no_core, no_implicit_prelude, no_mangle, repr, doc, macro_export, macro_use,
        must_use, cold, track_caller, rustc_builtin_macro, rustc_intrinsic, link_name, link,
        deprecated, automatically_derived, non_exhaustive, used, unstable, stable, feature,
        crate_type, crate_name, recursion_limit, rustfmt, clippy, diagnostic, rustc_const_stable,
        rustc_const_unstable, unused, dead_code, export_name, link_section, allow_internal_unstable,
        target_os, target_arch, target_family, target_pointer_width, target_endian, target_env,
        target_vendor, target_has_atomic, debug_assertions, overflow_checks, panic, unix, windows,
        linux, x86_64, aarch64, little, big, gnu, musl, unknown, all, any, not, unwind, abort,
        smelt, global_allocator, naked, ignore, should_panic, bench, proc_macro, thread_local,
        start, simd, transparent, align, packed, C, Rust, system, always, never, rustc_inherit_overflow_checks,
        // Built-in macros.
        println, print, eprintln, eprint, format, format_args, format_args_nl, write, writeln,
        assert, assert_eq, assert_ne, debug_assert, debug_assert_eq, debug_assert_ne, unreachable,
        todo, unimplemented, concat, stringify, line, column, file, module_path, env, option_env,
        include, include_str, include_bytes, compile_error, matches, vec, dbg,
        const_format_args, cfg_match, concat_idents, trace_macros, log_syntax, global_asm, asm,
        // Derivable traits.
        Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash,
        // Lang items and the library items the compiler reaches for.
        Sized, Send, Sync, Unpin, Drop, Fn, FnMut, FnOnce, Add, Sub, Mul, Div, Rem, Neg, Not,
        BitAnd, BitOr, BitXor, Shl, Shr, AddAssign, SubAssign, MulAssign, DivAssign, RemAssign,
        BitAndAssign, BitOrAssign, BitXorAssign, ShlAssign, ShrAssign, Index, IndexMut, Deref,
        DerefMut, Iterator, IntoIterator, Option, Some, None, Result, Ok, Err, Range, RangeFrom,
        RangeTo, RangeFull, RangeInclusive, RangeToInclusive, Box, String, Vec, Arguments,
        Display, Formatter, Termination, Try, FromResidual, ControlFlow, Output, Item, Target,
        next, into_iter, branch, from_output, from_residual, new, from, into, clone, eq, ne, lt,
        le, gt, ge, partial_cmp, cmp, drop, deref, deref_mut, index, index_mut, add, sub,
        mul, div, rem, neg, call, call_mut, call_once, begin_panic, panic_fmt, exit, report,
        new_v1, new_const, from_usize, Argument, new_display, new_debug,
        new_lower_hex, new_upper_hex, new_octal, new_binary, new_lower_exp, new_upper_exp,
        new_pointer, Placeholder, Alignment, Count, UnsafeArg,
        // Miscellaneous.
        args, len, as_str, new_inclusive, rest, data, value, item, expr, ty, ident, tt, pat,
        pat_param, stmt, block, literal, lifetime, meta, vis, expr_2021,
    }
}

/// The session's string table.
pub struct Interner {
    inner: RefCell<InternerInner>,
}

struct InternerInner {
    names: FxHashMap<&'static str, Symbol>,
    /// Strings interned at run time; each `Box<str>` keeps its address when the vector grows.
    owned: Vec<Box<str>>,
    /// Every symbol's text, pre-interned ones first. Entries past `PREINTERNED` point into
    /// `owned`, which is never shrunk, so they stay valid as long as the interner lives.
    strings: Vec<*const str>,
}

impl Default for Interner {
    fn default() -> Self {
        Self::new()
    }
}

impl Interner {
    pub fn new() -> Interner {
        let mut names = FxHashMap::default();
        let mut strings = Vec::with_capacity(PREINTERNED.len() * 2);
        for (i, s) in PREINTERNED.iter().enumerate() {
            names.insert(*s, Symbol(i as u32));
            strings.push(*s as *const str);
        }
        Interner {
            inner: RefCell::new(InternerInner {
                names,
                owned: Vec::new(),
                strings,
            }),
        }
    }

    pub fn intern(&self, s: &str) -> Symbol {
        let mut inner = self.inner.borrow_mut();
        if let Some(sym) = inner.names.get(s) {
            return *sym;
        }
        let boxed: Box<str> = s.into();
        let ptr: *const str = &*boxed;
        inner.owned.push(boxed);
        let sym = Symbol(inner.strings.len() as u32);
        inner.strings.push(ptr);
        // SAFETY: `ptr` points into a `Box<str>` owned by `inner.owned`, which only grows;
        // the key lives as long as the map, which lives no longer than `owned`.
        let key: &'static str = unsafe { &*ptr };
        inner.names.insert(key, sym);
        sym
    }

    /// The text of `sym`.
    pub fn get(&self, sym: Symbol) -> &str {
        let inner = self.inner.borrow();
        let ptr = inner.strings[sym.0 as usize];
        // SAFETY: the string is either 'static or owned by `self.inner.owned`, which is never
        // shrunk or mutated in place while `self` lives.
        unsafe { &*ptr }
    }

    /// A symbol for `"{name}{n}"`; used for generated names.
    pub fn gensym(&self, name: &str, n: u32) -> Symbol {
        self.intern(&format!("{name}{n}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preinterned_symbols_round_trip() {
        let interner = Interner::new();
        assert_eq!(interner.intern("fn"), kw::Fn);
        assert_eq!(interner.intern("i32"), sym::i32);
        assert_eq!(interner.intern("self"), kw::SelfLower);
        assert_eq!(interner.get(sym::main), "main");
        let foo = interner.intern("foo");
        assert_eq!(interner.intern("foo"), foo);
        assert_eq!(interner.get(foo), "foo");
        assert!(kw::While.is_reserved());
        assert!(!kw::Union.is_reserved());
        assert!(sym::u128.is_prim_ty_name());
        assert!(!sym::std.is_prim_ty_name());
    }

    #[test]
    fn preinterned_symbols_are_unique() {
        let interner = Interner::new();
        for (i, s) in PREINTERNED.iter().enumerate() {
            assert_eq!(
                interner.intern(s).as_u32(),
                i as u32,
                "`{s}` is pre-interned twice"
            );
        }
    }
}
