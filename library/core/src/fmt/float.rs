//! Float formatting: `Display`, `Debug`, `LowerExp` and `UpperExp` for `f32` and `f64`.
//!
//! `num::flt2dec` produces digits `d1 d2 ... dn` and an exponent `k` (the value is
//! `0.d1...dn * 10^k`); this module lays them out the way Rust's std does:
//!
//! - `{}`: shortest round-trip digits, never an exponent (`1e21` is
//!   `1000000000000000000000`), `{:.N}` the exactly rounded value with N decimals.
//! - `{:?}`: like `{}` but with at least one decimal (`1.0`), and in exponent form when the
//!   magnitude is below `1e-4` or at least `1e16` (`1e16`, `1.5e-7`).
//! - `{:e}`/`{:E}`: `d.ddde-7`, shortest or with `.N` decimals.
//!
//! NaN has no sign, `-0.0` keeps its sign, `+` forces a sign and `0` pads after the sign.
//! A layout is a few parts (digits, runs of zeros, the exponent) so that `{:.1000}` needs
//! no buffer of its own length.

use super::{rt, Debug, Display, Formatter, LowerExp, Result, UpperExp};
use crate::num::flt2dec::{self, FullDecoded};

/// One piece of a laid-out number.
#[derive(Clone, Copy)]
enum Part<'a> {
    /// This many zeros.
    Zero(usize),
    /// These bytes (ASCII).
    Copy(&'a [u8]),
    /// A decimal number (an exponent).
    Num(u16),
}

impl Part<'_> {
    fn len(&self) -> usize {
        match *self {
            Part::Zero(n) => n,
            Part::Copy(s) => s.len(),
            Part::Num(v) => {
                if v < 10 {
                    1
                } else if v < 100 {
                    2
                } else if v < 1000 {
                    3
                } else if v < 10000 {
                    4
                } else {
                    5
                }
            }
        }
    }

    fn write(&self, f: &mut Formatter<'_>) -> Result {
        match *self {
            Part::Zero(mut n) => {
                const ZEROS: &str = "0000000000000000000000000000000000000000000000000000000000000000";
                while n > ZEROS.len() {
                    f.write_str(ZEROS)?;
                    n -= ZEROS.len();
                }
                if n > 0 {
                    f.write_str(unsafe { ZEROS.get_unchecked(0..n) })?;
                }
                Ok(())
            }
            Part::Copy(s) => f.write_str(unsafe { crate::str::from_utf8_unchecked(s) }),
            Part::Num(mut v) => {
                let mut buf = [0u8; 5];
                let mut i = buf.len();
                loop {
                    i -= 1;
                    buf[i] = b'0' + (v % 10) as u8;
                    v /= 10;
                    if v == 0 {
                        break;
                    }
                }
                f.write_str(unsafe { crate::str::from_utf8_unchecked(&buf[i..]) })
            }
        }
    }
}

/// A laid-out number: its sign and up to six parts.
struct Formatted<'a> {
    sign: &'static str,
    parts: [Part<'a>; 6],
    n: usize,
}

impl<'a> Formatted<'a> {
    fn new(sign: &'static str) -> Formatted<'a> {
        Formatted { sign, parts: [Part::Zero(0); 6], n: 0 }
    }

    fn push(&mut self, part: Part<'a>) {
        self.parts[self.n] = part;
        self.n += 1;
    }

    fn body_len(&self) -> usize {
        let mut len = 0;
        let mut i = 0;
        while i < self.n {
            len += self.parts[i].len();
            i += 1;
        }
        len
    }

    fn write_body(&self, f: &mut Formatter<'_>) -> Result {
        let mut i = 0;
        while i < self.n {
            self.parts[i].write(f)?;
            i += 1;
        }
        Ok(())
    }
}

/// Writes a laid-out number honouring width, fill and alignment (right by default); with
/// `0` the sign comes first and zeros pad between it and the digits, whatever the alignment.
fn pad_formatted(f: &mut Formatter<'_>, formatted: &Formatted<'_>) -> Result {
    let len = formatted.body_len();
    let width = match f.width {
        None => {
            f.write_str(formatted.sign)?;
            return formatted.write_body(f);
        }
        Some(w) => w,
    };
    if f.sign_aware_zero_pad() {
        f.write_str(formatted.sign)?;
        let rest = width.saturating_sub(formatted.sign.len());
        if rest > len {
            f.write_fill(rest - len, '0')?;
        }
        return formatted.write_body(f);
    }
    let total = formatted.sign.len() + len;
    if width <= total {
        f.write_str(formatted.sign)?;
        return formatted.write_body(f);
    }
    let padding = width - total;
    let (pre, post) = match f.align {
        rt::Alignment::Left => (0, padding),
        rt::Alignment::Right | rt::Alignment::Unknown => (padding, 0),
        rt::Alignment::Center => (padding / 2, (padding + 1) / 2),
    };
    let fill = f.fill;
    f.write_fill(pre, fill)?;
    f.write_str(formatted.sign)?;
    formatted.write_body(f)?;
    f.write_fill(post, fill)
}

/// The sign to print: none for NaN, `-` for negative values (zero included), `+` for the
/// others when asked.
fn sign_of(decoded: &FullDecoded, negative: bool, force_plus: bool) -> &'static str {
    match *decoded {
        FullDecoded::Nan => "",
        _ => {
            if negative {
                "-"
            } else if force_plus {
                "+"
            } else {
                ""
            }
        }
    }
}

/// Lays out `0.digits * 10^exp` in positional notation with at least `frac_digits` decimals.
fn digits_to_dec<'a>(out: &mut Formatted<'a>, buf: &'a [u8], exp: i32, frac_digits: usize) {
    let n = buf.len();
    if exp <= 0 {
        // 0.000ddd
        let minus_exp = (-(exp as i64)) as usize;
        out.push(Part::Copy(b"0."));
        out.push(Part::Zero(minus_exp));
        out.push(Part::Copy(buf));
        if frac_digits > n && frac_digits - n > minus_exp {
            out.push(Part::Zero(frac_digits - n - minus_exp));
        }
    } else {
        let exp = exp as usize;
        if exp < n {
            // ddd.ddd
            out.push(Part::Copy(&buf[..exp]));
            out.push(Part::Copy(b"."));
            out.push(Part::Copy(&buf[exp..]));
            if frac_digits > n - exp {
                out.push(Part::Zero(frac_digits - (n - exp)));
            }
        } else {
            // ddd000, then .000 if decimals are asked for
            out.push(Part::Copy(buf));
            out.push(Part::Zero(exp - n));
            if frac_digits > 0 {
                out.push(Part::Copy(b"."));
                out.push(Part::Zero(frac_digits));
            }
        }
    }
}

/// Lays out `0.digits * 10^exp` as `d.ddde(exp-1)` with at least `min_digits` digits.
fn digits_to_exp<'a>(out: &mut Formatted<'a>, buf: &'a [u8], exp: i32, min_digits: usize, upper: bool) {
    let n = buf.len();
    out.push(Part::Copy(&buf[..1]));
    if n > 1 || min_digits > 1 {
        out.push(Part::Copy(b"."));
        out.push(Part::Copy(&buf[1..]));
        if min_digits > n {
            out.push(Part::Zero(min_digits - n));
        }
    }
    let e = exp - 1;
    if e < 0 {
        out.push(Part::Copy(if upper { b"E-" } else { b"e-" }));
        out.push(Part::Num((-e) as u16));
    } else {
        out.push(Part::Copy(if upper { b"E" } else { b"e" }));
        out.push(Part::Num(e as u16));
    }
}

/// The zero of positional notation with `frac_digits` decimals.
fn zero_dec(out: &mut Formatted<'_>, frac_digits: usize) {
    if frac_digits > 0 {
        out.push(Part::Copy(b"0."));
        out.push(Part::Zero(frac_digits));
    } else {
        out.push(Part::Copy(b"0"));
    }
}

/// Digit buffer size for the exact modes: more than the 767 significant digits an `f64` can
/// have, so digits past it are always zeros and can be laid out as a run of zeros.
///
/// FIXME: the digit buffers are range-indexed through slices, not as arrays, because smelt
/// emits `<[u8; EXACT_BUF] as Index<RangeTo<usize>>>::index` once per function that uses it,
/// all under one symbol, when the array length is a named constant (a duplicate definition).
const EXACT_BUF: usize = 800;

/// Shortest digits in positional notation, with at least `frac_digits` decimals.
fn fmt_decimal_shortest(f: &mut Formatter<'_>, negative: bool, decoded: FullDecoded, frac_digits: usize) -> Result {
    let mut buf_array = [0u8; 24];
    let buf: &mut [u8] = &mut buf_array;
    let mut out = Formatted::new(sign_of(&decoded, negative, f.sign_plus()));
    match decoded {
        FullDecoded::Nan => out.push(Part::Copy(b"NaN")),
        FullDecoded::Infinite => out.push(Part::Copy(b"inf")),
        FullDecoded::Zero => zero_dec(&mut out, frac_digits),
        FullDecoded::Finite(ref d) => {
            let (len, exp) = flt2dec::format_shortest(d, buf);
            digits_to_dec(&mut out, &buf[..len], exp, frac_digits);
        }
    }
    pad_formatted(f, &out)
}

/// The exactly rounded value in positional notation with exactly `frac_digits` decimals.
fn fmt_decimal_exact(f: &mut Formatter<'_>, negative: bool, decoded: FullDecoded, frac_digits: usize) -> Result {
    let mut buf_array = [0u8; EXACT_BUF];
    let buf: &mut [u8] = &mut buf_array;
    let mut out = Formatted::new(sign_of(&decoded, negative, f.sign_plus()));
    match decoded {
        FullDecoded::Nan => out.push(Part::Copy(b"NaN")),
        FullDecoded::Infinite => out.push(Part::Copy(b"inf")),
        FullDecoded::Zero => zero_dec(&mut out, frac_digits),
        FullDecoded::Finite(ref d) => {
            // Past 1100 decimals nothing of an f64 is left to round.
            let limit = if frac_digits < 1100 { -(frac_digits as i32) } else { -1100 };
            let (len, exp) = flt2dec::format_exact(d, buf, limit);
            if exp <= limit {
                zero_dec(&mut out, frac_digits);
            } else {
                digits_to_dec(&mut out, &buf[..len], exp, frac_digits);
            }
        }
    }
    pad_formatted(f, &out)
}

/// Shortest digits in exponent notation.
fn fmt_exp_shortest(f: &mut Formatter<'_>, negative: bool, decoded: FullDecoded, upper: bool) -> Result {
    let mut buf_array = [0u8; 24];
    let buf: &mut [u8] = &mut buf_array;
    let mut out = Formatted::new(sign_of(&decoded, negative, f.sign_plus()));
    match decoded {
        FullDecoded::Nan => out.push(Part::Copy(b"NaN")),
        FullDecoded::Infinite => out.push(Part::Copy(b"inf")),
        FullDecoded::Zero => out.push(Part::Copy(if upper { b"0E0" } else { b"0e0" })),
        FullDecoded::Finite(ref d) => {
            let (len, exp) = flt2dec::format_shortest(d, buf);
            digits_to_exp(&mut out, &buf[..len], exp, 0, upper);
        }
    }
    pad_formatted(f, &out)
}

/// The exactly rounded value in exponent notation with `ndigits` significant digits.
fn fmt_exp_exact(f: &mut Formatter<'_>, negative: bool, decoded: FullDecoded, ndigits: usize, upper: bool) -> Result {
    let mut buf_array = [0u8; EXACT_BUF];
    let buf: &mut [u8] = &mut buf_array;
    let mut out = Formatted::new(sign_of(&decoded, negative, f.sign_plus()));
    match decoded {
        FullDecoded::Nan => out.push(Part::Copy(b"NaN")),
        FullDecoded::Infinite => out.push(Part::Copy(b"inf")),
        FullDecoded::Zero => {
            if ndigits > 1 {
                out.push(Part::Copy(b"0."));
                out.push(Part::Zero(ndigits - 1));
                out.push(Part::Copy(if upper { b"E0" } else { b"e0" }));
            } else {
                out.push(Part::Copy(if upper { b"0E0" } else { b"0e0" }));
            }
        }
        FullDecoded::Finite(ref d) => {
            let n = if ndigits < EXACT_BUF { ndigits } else { EXACT_BUF };
            let (len, exp) = flt2dec::format_exact(d, &mut buf[..n], i32::MIN);
            digits_to_exp(&mut out, &buf[..len], exp, ndigits, upper);
        }
    }
    pad_formatted(f, &out)
}

/// `{}` and `{:.N}`.
fn fmt_display(f: &mut Formatter<'_>, negative: bool, decoded: FullDecoded) -> Result {
    match f.precision {
        Some(p) => fmt_decimal_exact(f, negative, decoded, p),
        None => fmt_decimal_shortest(f, negative, decoded, 0),
    }
}

/// `{:?}`: `{:.N?}` is positional; otherwise exponent form when `use_exp`, else positional
/// with at least one decimal.
fn fmt_debug(f: &mut Formatter<'_>, negative: bool, decoded: FullDecoded, use_exp: bool) -> Result {
    match f.precision {
        Some(p) => fmt_decimal_exact(f, negative, decoded, p),
        None => {
            if use_exp {
                fmt_exp_shortest(f, negative, decoded, false)
            } else {
                fmt_decimal_shortest(f, negative, decoded, 1)
            }
        }
    }
}

/// `{:e}` and `{:.Ne}` (N decimals, so N + 1 digits).
fn fmt_exp(f: &mut Formatter<'_>, negative: bool, decoded: FullDecoded, upper: bool) -> Result {
    match f.precision {
        Some(p) => fmt_exp_exact(f, negative, decoded, p.saturating_add(1), upper),
        None => fmt_exp_shortest(f, negative, decoded, upper),
    }
}

macro_rules! float_fmt_impls {
    ($($t:ident $sig_bits:literal $exp_bits:literal;)*) => {
        $(
            impl Display for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    let (negative, decoded) = flt2dec::decode(self.to_bits() as u64, $sig_bits, $exp_bits);
                    fmt_display(f, negative, decoded)
                }
            }

            impl Debug for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    let (negative, decoded) = flt2dec::decode(self.to_bits() as u64, $sig_bits, $exp_bits);
                    // The thresholds compare in the type itself, as Rust's std does.
                    let abs = self.abs();
                    let use_exp = (abs != 0.0 && abs < 1e-4) || abs >= 1e16;
                    fmt_debug(f, negative, decoded, use_exp)
                }
            }

            impl LowerExp for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    let (negative, decoded) = flt2dec::decode(self.to_bits() as u64, $sig_bits, $exp_bits);
                    fmt_exp(f, negative, decoded, false)
                }
            }

            impl UpperExp for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    let (negative, decoded) = flt2dec::decode(self.to_bits() as u64, $sig_bits, $exp_bits);
                    fmt_exp(f, negative, decoded, true)
                }
            }
        )*
    };
}

float_fmt_impls! {
    f32 23 8;
    f64 52 11;
}
