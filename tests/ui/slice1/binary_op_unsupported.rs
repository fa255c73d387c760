// FIXME: for `1u8 + 2u16` rustc reports E0308 (expected `u8`, found `u16`) on `2u16` and
// E0277 (`Add<u16>` is not implemented for `u8`) where smelt reports E0369; for `a + b` it
// adds notes that `Add` might be missing for `Meters`.
struct Meters(u32);

fn main() {
    let a = Meters(1);
    let b = Meters(2);
    let _ = a + b; //~ ERROR cannot add `Meters` to `Meters`
    let _ = -true; //~ ERROR cannot apply unary operator `-` to type `bool`
    let _ = 1u8 + 2u16; //~ ERROR cannot add `u16` to `u8`
}
