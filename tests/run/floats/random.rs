// Differential test: pseudo-random f64 and f32 bit patterns (every exponent equally likely)
// formatted with `{}`, `{:?}`, `{:e}`, `{:.5}` and `{:.3e}`, and read back from their
// shortest forms, which must give the same bits.

use std::fmt::Write;

/// A fixed buffer to format into (no allocation).
struct Buf {
    data: [u8; 1200],
    len: usize,
}

impl Write for Buf {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            self.data[self.len] = bytes[i];
            self.len += 1;
            i += 1;
        }
        Ok(())
    }
}

impl Buf {
    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.data[..self.len]).unwrap()
    }
}

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
}

const N64: usize = 120;
const N32: usize = 200;

fn roundtrip64(x: f64, failures: &mut usize) {
    let mut b = Buf { data: [0; 1200], len: 0 };
    write!(b, "{:?}", x).unwrap();
    let back: f64 = b.as_str().parse().unwrap();
    let mut c = Buf { data: [0; 1200], len: 0 };
    write!(c, "{:e}", x).unwrap();
    let back_e: f64 = c.as_str().parse().unwrap();
    if !x.is_nan() && (back.to_bits() != x.to_bits() || back_e.to_bits() != x.to_bits()) {
        println!("round trip failed: {:?} {:#x}", x, x.to_bits());
        *failures += 1;
    }
}

fn roundtrip32(x: f32, failures: &mut usize) {
    let mut b = Buf { data: [0; 1200], len: 0 };
    write!(b, "{}", x).unwrap();
    let back: f32 = b.as_str().parse().unwrap();
    if !x.is_nan() && back.to_bits() != x.to_bits() {
        println!("round trip failed: {:?} {:#x}", x, x.to_bits());
        *failures += 1;
    }
}

fn main() {
    let mut rng = XorShift(0x9E3779B97F4A7C15);
    let mut failures = 0;
    let mut i = 0;
    while i < N64 {
        let x = f64::from_bits(rng.next());
        println!("{:#018x}: {} | {:?} | {:e} | {:.5} | {:.3e}", x.to_bits(), x, x, x, x, x);
        roundtrip64(x, &mut failures);
        i += 1;
    }
    // Values of ordinary magnitude, where Display is short enough to read.
    let mut j = 0;
    while j < N64 {
        let bits = rng.next();
        // Exponents between 2^-30 and 2^60.
        let exp = 1023 - 30 + (bits >> 52) % 90;
        let x = f64::from_bits((bits & 0x800f_ffff_ffff_ffff) | (exp << 52));
        println!("{} | {:?} | {:e} | {:.2} | {:.0} | {:.10e} | {:.17}", x, x, x, x, x, x, x);
        roundtrip64(x, &mut failures);
        j += 1;
    }
    let mut k = 0;
    while k < N32 {
        let x = f32::from_bits(rng.next() as u32);
        println!("{:#010x}: {} | {:?} | {:e} | {:.5} | {:.3e}", x.to_bits(), x, x, x, x, x);
        roundtrip32(x, &mut failures);
        k += 1;
    }
    println!("round trip failures: {}", failures);
}
