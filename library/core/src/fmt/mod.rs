//! Formatting: `format_args!` builds an `Arguments` (literal pieces, the values with the
//! functions that format them, and placeholder specs), and `write` runs it against a
//! `Write` sink through a `Formatter`.
//!
//! `Formatter` and `Argument` hold thin pointers and function pointers rather than trait
//! objects: a sink is a pointer plus the function that writes a string to it, and a value is
//! a pointer plus its formatting function.

mod builders;
mod float;
mod num;

use crate::marker::PhantomData;

pub use builders::{DebugList, DebugMap, DebugSet, DebugStruct, DebugTuple};

pub type Result = crate::result::Result<(), Error>;

/// The error formatting returns: the sink refused the text.
#[derive(Copy, Clone, Debug, Default, Eq, Hash, Ord, PartialEq, PartialOrd)]
pub struct Error;

impl Display for Error {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.pad("an error occurred when formatting an argument")
    }
}

/// Where formatted text goes.
pub trait Write {
    fn write_str(&mut self, s: &str) -> Result;

    fn write_char(&mut self, c: char) -> Result {
        self.write_str(c.encode_utf8(&mut [0; 4]))
    }

    fn write_fmt(&mut self, args: Arguments<'_>) -> Result
    where
        Self: Sized,
    {
        write(self, args)
    }
}

impl<W: Write + ?Sized> Write for &mut W {
    fn write_str(&mut self, s: &str) -> Result {
        (**self).write_str(s)
    }

    fn write_char(&mut self, c: char) -> Result {
        (**self).write_char(c)
    }
}

/// `{}`
pub trait Display {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:?}`
pub trait Debug {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:x}`
pub trait LowerHex {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:X}`
pub trait UpperHex {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:o}`
pub trait Octal {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:b}`
pub trait Binary {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:e}`
pub trait LowerExp {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:E}`
pub trait UpperExp {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:p}`
pub trait Pointer {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// Alignment of padded text.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Alignment {
    Left,
    Right,
    Center,
}

pub mod rt {
    //! What `format_args!` expands to. Not for direct use.

    use super::{Formatter, Result};
    use crate::marker::PhantomData;

    #[lang = "format_alignment"]
    #[derive(Copy, Clone, Debug, PartialEq, Eq)]
    pub enum Alignment {
        Left,
        Right,
        Center,
        Unknown,
    }

    #[lang = "format_count"]
    #[derive(Copy, Clone)]
    pub enum Count {
        /// A literal width or precision.
        Is(u16),
        /// Taken from the argument at this index (a `usize`).
        Param(usize),
        Implied,
    }

    /// A `{}` with options: which argument, and how.
    #[lang = "format_placeholder"]
    #[derive(Copy, Clone)]
    pub struct Placeholder {
        pub position: usize,
        pub fill: char,
        pub align: Alignment,
        pub flags: u32,
        pub precision: Count,
        pub width: Count,
    }

    impl Placeholder {
        #[inline]
        pub const fn new(position: usize, fill: char, align: Alignment, flags: u32, precision: Count, width: Count) -> Self {
            Self { position, fill, align, flags, precision, width }
        }
    }

    /// One value to format, with the function that formats it.
    #[lang = "format_argument"]
    #[derive(Copy, Clone)]
    pub struct Argument<'a> {
        value: *const (),
        formatter: fn(*const (), &mut Formatter<'_>) -> Result,
        /// For width and precision arguments: the value.
        count: usize,
        _marker: PhantomData<&'a ()>,
    }

    macro_rules! argument_new {
        ($($name:ident: $Trait:ident,)*) => {
            $(
                #[inline]
                pub fn $name<T: super::$Trait>(x: &'a T) -> Argument<'a> {
                    Argument::new(x, <T as super::$Trait>::fmt)
                }
            )*
        };
    }

    impl<'a> Argument<'a> {
        #[inline]
        fn new<T>(x: &'a T, f: fn(&T, &mut Formatter<'_>) -> Result) -> Argument<'a> {
            unsafe {
                Argument {
                    value: x as *const T as *const (),
                    formatter: crate::intrinsics::transmute::<fn(&T, &mut Formatter<'_>) -> Result, fn(*const (), &mut Formatter<'_>) -> Result>(f),
                    count: 0,
                    _marker: PhantomData,
                }
            }
        }

        argument_new! {
            new_display: Display,
            new_debug: Debug,
            new_octal: Octal,
            new_lower_hex: LowerHex,
            new_upper_hex: UpperHex,
            new_pointer: Pointer,
            new_binary: Binary,
            new_lower_exp: LowerExp,
            new_upper_exp: UpperExp,
        }

        #[inline]
        pub fn from_usize(x: &'a usize) -> Argument<'a> {
            let mut a = Argument::new(x, <usize as super::Display>::fmt);
            a.count = *x;
            a
        }

        #[inline]
        pub(crate) fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            (self.formatter)(self.value, f)
        }

        #[inline]
        pub(crate) fn as_usize(&self) -> usize {
            self.count
        }
    }

    /// Proof that the placeholders were made by `format_args!`.
    #[lang = "format_unsafe_arg"]
    pub struct UnsafeArg {
        _private: (),
    }

    impl UnsafeArg {
        #[inline]
        pub unsafe fn new() -> Self {
            Self { _private: () }
        }
    }
}

use rt::{Argument, Count, Placeholder};

/// A precompiled format string and its arguments, as `format_args!` makes it.
#[lang = "format_arguments"]
#[derive(Copy, Clone)]
pub struct Arguments<'a> {
    pieces: &'a [&'static str],
    fmt: Option<&'a [Placeholder]>,
    args: &'a [Argument<'a>],
}

impl<'a> Arguments<'a> {
    #[inline]
    pub const fn new_const(pieces: &'a [&'static str]) -> Self {
        Arguments { pieces, fmt: None, args: &[] }
    }

    #[inline]
    pub fn new_v1(pieces: &'a [&'static str], args: &'a [Argument<'a>]) -> Arguments<'a> {
        Arguments { pieces, fmt: None, args }
    }

    #[inline]
    pub fn new_v1_formatted(pieces: &'a [&'static str], args: &'a [Argument<'a>], placeholders: &'a [Placeholder], _unsafe_arg: rt::UnsafeArg) -> Arguments<'a> {
        Arguments { pieces, fmt: Some(placeholders), args }
    }

    /// The formatted text, if it is a single literal.
    #[inline]
    pub fn as_str(&self) -> Option<&'static str> {
        match (self.pieces, self.args) {
            ([], []) => Some(""),
            ([s], []) => Some(*s),
            _ => None,
        }
    }
}

impl Debug for Arguments<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Display::fmt(self, f)
    }
}

impl Display for Arguments<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.write_fmt(*self)
    }
}

const FLAG_SIGN_PLUS: u32 = 1;
const FLAG_SIGN_MINUS: u32 = 1 << 1;
const FLAG_ALTERNATE: u32 = 1 << 2;
const FLAG_ZERO_PAD: u32 = 1 << 3;
const FLAG_DEBUG_LOWER_HEX: u32 = 1 << 4;
const FLAG_DEBUG_UPPER_HEX: u32 = 1 << 5;

/// Formatting state and the sink, handed to `fmt` methods.
pub struct Formatter<'a> {
    out: *mut (),
    out_write: fn(*mut (), &str) -> Result,
    fill: char,
    align: rt::Alignment,
    flags: u32,
    width: Option<usize>,
    precision: Option<usize>,
    _marker: PhantomData<&'a mut ()>,
}

fn write_str_to<W: Write>(out: *mut (), s: &str) -> Result {
    unsafe { (*(out as *mut W)).write_str(s) }
}

impl<'a> Formatter<'a> {
    /// A formatter writing to `out`, with default options.
    pub fn new<W: Write>(out: &'a mut W) -> Formatter<'a> {
        Formatter {
            out: out as *mut W as *mut (),
            out_write: write_str_to::<W>,
            fill: ' ',
            align: rt::Alignment::Unknown,
            flags: 0,
            width: None,
            precision: None,
            _marker: PhantomData,
        }
    }

    /// A formatter for the same sink with default options.
    fn with_defaults(&mut self) -> Formatter<'_> {
        Formatter {
            out: self.out,
            out_write: self.out_write,
            fill: ' ',
            align: rt::Alignment::Unknown,
            flags: 0,
            width: None,
            precision: None,
            _marker: PhantomData,
        }
    }

    #[inline]
    pub fn write_str(&mut self, data: &str) -> Result {
        (self.out_write)(self.out, data)
    }

    #[inline]
    pub fn write_char(&mut self, c: char) -> Result {
        self.write_str(c.encode_utf8(&mut [0; 4]))
    }

    #[inline]
    pub fn write_fmt(&mut self, args: Arguments<'_>) -> Result {
        if let Some(s) = args.as_str() {
            return self.write_str(s);
        }
        let mut inner = self.with_defaults();
        run(&mut inner, args)
    }

    #[inline]
    pub fn fill(&self) -> char {
        self.fill
    }

    pub fn align(&self) -> Option<Alignment> {
        match self.align {
            rt::Alignment::Left => Some(Alignment::Left),
            rt::Alignment::Right => Some(Alignment::Right),
            rt::Alignment::Center => Some(Alignment::Center),
            rt::Alignment::Unknown => None,
        }
    }

    #[inline]
    pub fn width(&self) -> Option<usize> {
        self.width
    }

    #[inline]
    pub fn precision(&self) -> Option<usize> {
        self.precision
    }

    #[inline]
    pub fn sign_plus(&self) -> bool {
        self.flags & FLAG_SIGN_PLUS != 0
    }

    #[inline]
    pub fn sign_minus(&self) -> bool {
        self.flags & FLAG_SIGN_MINUS != 0
    }

    #[inline]
    pub fn alternate(&self) -> bool {
        self.flags & FLAG_ALTERNATE != 0
    }

    #[inline]
    pub fn sign_aware_zero_pad(&self) -> bool {
        self.flags & FLAG_ZERO_PAD != 0
    }

    #[inline]
    pub(crate) fn debug_lower_hex(&self) -> bool {
        self.flags & FLAG_DEBUG_LOWER_HEX != 0
    }

    #[inline]
    pub(crate) fn debug_upper_hex(&self) -> bool {
        self.flags & FLAG_DEBUG_UPPER_HEX != 0
    }

    /// Writes `n` copies of the fill character.
    fn write_fill(&mut self, n: usize, fill: char) -> Result {
        let mut buf = [0u8; 4];
        let s = fill.encode_utf8(&mut buf);
        let mut i = 0;
        while i < n {
            self.write_str(s)?;
            i += 1;
        }
        Ok(())
    }

    /// Writes `s` padded to the width, aligned as asked (`default` when unspecified).
    fn padded(&mut self, s: &str, chars: usize, default: rt::Alignment) -> Result {
        let width = match self.width {
            Some(w) if w > chars => w,
            _ => return self.write_str(s),
        };
        let padding = width - chars;
        let align = match self.align {
            rt::Alignment::Unknown => default,
            a => a,
        };
        let (pre, post) = match align {
            rt::Alignment::Left => (0, padding),
            rt::Alignment::Right | rt::Alignment::Unknown => (padding, 0),
            rt::Alignment::Center => (padding / 2, (padding + 1) / 2),
        };
        let fill = self.fill;
        self.write_fill(pre, fill)?;
        self.write_str(s)?;
        self.write_fill(post, fill)
    }

    /// Writes a string honouring width, fill, alignment and precision (a maximum number of
    /// characters): how `str` and other text is displayed.
    pub fn pad(&mut self, s: &str) -> Result {
        if self.width.is_none() && self.precision.is_none() {
            return self.write_str(s);
        }
        let s = match self.precision {
            Some(max) => {
                // Truncate to `max` characters.
                let mut chars = 0;
                let mut end = s.len();
                let bytes = s.as_bytes();
                let mut i = 0;
                while i < bytes.len() {
                    if (bytes[i] & 0xC0) != 0x80 {
                        if chars == max {
                            end = i;
                            break;
                        }
                        chars += 1;
                    }
                    i += 1;
                }
                unsafe { s.get_unchecked(0..end) }
            }
            None => s,
        };
        let chars = s.chars().count();
        self.padded(s, chars, rt::Alignment::Left)
    }

    /// Writes a number: `is_nonnegative` decides the sign, `prefix` is written with `#`
    /// (`0x`), `digits` are the digits; width, fill, alignment, `+` and `0` apply.
    pub fn pad_integral(&mut self, is_nonnegative: bool, prefix: &str, digits: &str) -> Result {
        let mut width = digits.len();
        let mut sign: &str = "";
        if !is_nonnegative {
            sign = "-";
            width += 1;
        } else if self.sign_plus() {
            sign = "+";
            width += 1;
        }
        let prefix = if self.alternate() {
            width += prefix.chars().count();
            prefix
        } else {
            ""
        };
        match self.width {
            Some(min) if width < min => {
                if self.sign_aware_zero_pad() {
                    // Sign and prefix first, then zeros.
                    self.write_str(sign)?;
                    self.write_str(prefix)?;
                    self.write_fill(min - width, '0')?;
                    self.write_str(digits)
                } else {
                    let padding = min - width;
                    let align = match self.align {
                        rt::Alignment::Unknown => rt::Alignment::Right,
                        a => a,
                    };
                    let (pre, post) = match align {
                        rt::Alignment::Left => (0, padding),
                        rt::Alignment::Right | rt::Alignment::Unknown => (padding, 0),
                        rt::Alignment::Center => (padding / 2, (padding + 1) / 2),
                    };
                    let fill = self.fill;
                    self.write_fill(pre, fill)?;
                    self.write_str(sign)?;
                    self.write_str(prefix)?;
                    self.write_str(digits)?;
                    self.write_fill(post, fill)
                }
            }
            _ => {
                self.write_str(sign)?;
                self.write_str(prefix)?;
                self.write_str(digits)
            }
        }
    }

    /// Writes a formatted number whose sign and digits are separate, padding with zeros after
    /// the sign when `0` was given (floats).
    pub(crate) fn pad_formatted_parts(&mut self, sign: &str, body: &str) -> Result {
        let len = sign.len() + body.len();
        match self.width {
            Some(min) if len < min => {
                if self.sign_aware_zero_pad() {
                    self.write_str(sign)?;
                    self.write_fill(min - len, '0')?;
                    self.write_str(body)
                } else {
                    let padding = min - len;
                    let align = match self.align {
                        rt::Alignment::Unknown => rt::Alignment::Right,
                        a => a,
                    };
                    let (pre, post) = match align {
                        rt::Alignment::Left => (0, padding),
                        rt::Alignment::Right | rt::Alignment::Unknown => (padding, 0),
                        rt::Alignment::Center => (padding / 2, (padding + 1) / 2),
                    };
                    let fill = self.fill;
                    self.write_fill(pre, fill)?;
                    self.write_str(sign)?;
                    self.write_str(body)?;
                    self.write_fill(post, fill)
                }
            }
            _ => {
                self.write_str(sign)?;
                self.write_str(body)
            }
        }
    }

    pub fn debug_struct<'b>(&'b mut self, name: &str) -> DebugStruct<'b, 'a> {
        builders::debug_struct_new(self, name)
    }

    pub fn debug_tuple<'b>(&'b mut self, name: &str) -> DebugTuple<'b, 'a> {
        builders::debug_tuple_new(self, name)
    }

    pub fn debug_list<'b>(&'b mut self) -> DebugList<'b, 'a> {
        builders::debug_list_new(self)
    }

    pub fn debug_set<'b>(&'b mut self) -> DebugSet<'b, 'a> {
        builders::debug_set_new(self)
    }

    pub fn debug_map<'b>(&'b mut self) -> DebugMap<'b, 'a> {
        builders::debug_map_new(self)
    }
}

impl Write for Formatter<'_> {
    fn write_str(&mut self, s: &str) -> Result {
        Formatter::write_str(self, s)
    }

    fn write_fmt(&mut self, args: Arguments<'_>) -> Result {
        Formatter::write_fmt(self, args)
    }
}

/// Writes formatted text to `output`.
pub fn write<W: Write>(output: &mut W, args: Arguments<'_>) -> Result {
    let mut f = Formatter::new(output);
    run(&mut f, args)
}

/// Runs the pieces and arguments of `args` through `f`.
fn run(f: &mut Formatter<'_>, args: Arguments<'_>) -> Result {
    let pieces = args.pieces;
    let mut idx = 0;
    match args.fmt {
        None => {
            let n = args.args.len();
            while idx < n {
                let piece = pieces[idx];
                if !piece.is_empty() {
                    f.write_str(piece)?;
                }
                args.args[idx].fmt(f)?;
                idx += 1;
            }
        }
        Some(placeholders) => {
            let n = placeholders.len();
            while idx < n {
                let piece = pieces[idx];
                if !piece.is_empty() {
                    f.write_str(piece)?;
                }
                let p = &placeholders[idx];
                f.fill = p.fill;
                f.align = p.align;
                f.flags = p.flags;
                f.width = count(&p.width, args.args);
                f.precision = count(&p.precision, args.args);
                args.args[p.position].fmt(f)?;
                f.fill = ' ';
                f.align = rt::Alignment::Unknown;
                f.flags = 0;
                f.width = None;
                f.precision = None;
                idx += 1;
            }
        }
    }
    if idx < pieces.len() {
        f.write_str(pieces[idx])?;
    }
    Ok(())
}

fn count(c: &Count, args: &[Argument<'_>]) -> Option<usize> {
    match *c {
        Count::Is(n) => Some(n as usize),
        Count::Param(i) => Some(args[i].as_usize()),
        Count::Implied => None,
    }
}

/* ---------------------------------------------------------------- impls for core types */

impl<T: ?Sized + Display> Display for &T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Display::fmt(&**self, f)
    }
}

impl<T: ?Sized + Display> Display for &mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Display::fmt(&**self, f)
    }
}

impl<T: ?Sized + Debug> Debug for &T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Debug::fmt(&**self, f)
    }
}

impl<T: ?Sized + Debug> Debug for &mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Debug::fmt(&**self, f)
    }
}

macro_rules! fmt_through_refs {
    ($($tr:ident)*) => {$(
        impl<T: ?Sized + $tr> $tr for &T {
            fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                $tr::fmt(&**self, f)
            }
        }

        impl<T: ?Sized + $tr> $tr for &mut T {
            fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                $tr::fmt(&**self, f)
            }
        }
    )*};
}

fmt_through_refs! { LowerHex UpperHex Octal Binary LowerExp UpperExp }

impl Display for str {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.pad(self)
    }
}

impl Debug for str {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.write_char('"')?;
        let mut start = 0;
        let mut i = 0;
        let mut chars = self.chars();
        while let Some(c) = chars.next() {
            let len = c.len_utf8();
            if needs_escape(c, false) {
                if start < i {
                    f.write_str(unsafe { self.get_unchecked(start..i) })?;
                }
                write_escaped(f, c)?;
                start = i + len;
            }
            i += len;
        }
        if start < self.len() {
            f.write_str(unsafe { self.get_unchecked(start..self.len()) })?;
        }
        f.write_char('"')
    }
}

/// Whether `Debug` escapes `c` (in a string, or a char literal when `in_char`).
fn needs_escape(c: char, in_char: bool) -> bool {
    match c {
        '\\' | '\n' | '\r' | '\t' | '\0' => true,
        '"' => !in_char,
        '\'' => in_char,
        c => (c as u32) < 0x20 || c as u32 == 0x7f || crate::char::is_grapheme_extend_or_unprintable(c),
    }
}

fn write_escaped(f: &mut Formatter<'_>, c: char) -> Result {
    match c {
        '\\' => f.write_str("\\\\"),
        '\n' => f.write_str("\\n"),
        '\r' => f.write_str("\\r"),
        '\t' => f.write_str("\\t"),
        '\0' => f.write_str("\\0"),
        '"' => f.write_str("\\\""),
        '\'' => f.write_str("\\'"),
        c => {
            f.write_str("\\u{")?;
            LowerHex::fmt(&(c as u32), &mut f.with_defaults())?;
            f.write_str("}")
        }
    }
}

impl Display for char {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        if f.width.is_none() && f.precision.is_none() {
            f.write_char(*self)
        } else {
            f.pad(self.encode_utf8(&mut [0; 4]))
        }
    }
}

impl Debug for char {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.write_char('\'')?;
        if needs_escape(*self, true) {
            write_escaped(f, *self)?;
        } else {
            f.write_char(*self)?;
        }
        f.write_char('\'')
    }
}

impl Display for bool {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.pad(if *self { "true" } else { "false" })
    }
}

impl Debug for bool {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Display::fmt(self, f)
    }
}

impl Debug for ! {
    fn fmt(&self, _: &mut Formatter<'_>) -> Result {
        *self
    }
}

impl Display for ! {
    fn fmt(&self, _: &mut Formatter<'_>) -> Result {
        *self
    }
}

impl Debug for () {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.pad("()")
    }
}

impl<T: Debug> Debug for [T] {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let mut list = f.debug_list();
        let mut i = 0;
        while i < self.len() {
            list.entry(&self[i]);
            i += 1;
        }
        list.finish()
    }
}

impl<T: Debug, const N: usize> Debug for [T; N] {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Debug::fmt(&self[..], f)
    }
}

impl<T: ?Sized> Pointer for *const T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let addr = *self as *const () as usize;
        let old_flags = f.flags;
        let old_width = f.width;
        if f.alternate() {
            f.flags |= FLAG_ZERO_PAD;
            if f.width.is_none() {
                f.width = Some(2 + 2 * crate::mem::size_of::<usize>());
            }
        }
        f.flags |= FLAG_ALTERNATE;
        let r = LowerHex::fmt(&addr, f);
        f.flags = old_flags;
        f.width = old_width;
        r
    }
}

impl<T: ?Sized> Pointer for *mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Pointer::fmt(&(*self as *const T), f)
    }
}

impl<T: ?Sized> Pointer for &T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Pointer::fmt(&(*self as *const T), f)
    }
}

impl<T: ?Sized> Pointer for &mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Pointer::fmt(&(&**self as *const T), f)
    }
}

impl<T: ?Sized> Debug for *const T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Pointer::fmt(self, f)
    }
}

impl<T: ?Sized> Debug for *mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Pointer::fmt(self, f)
    }
}

macro_rules! tuple_debug {
    ($(($($name:ident $idx:tt),+))*) => {
        $(
            impl<$($name: Debug),+> Debug for ($($name,)+) {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    let mut builder = f.debug_tuple("");
                    $(builder.field(&self.$idx);)+
                    builder.finish()
                }
            }
        )*
    };
}

tuple_debug! {
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
    (A 0, B 1, C 2, D 3, E 4)
    (A 0, B 1, C 2, D 3, E 4, F 5)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11)
}
