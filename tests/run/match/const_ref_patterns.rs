// Constants of reference type used as patterns: references to tuples, arrays, enums and
// zero-sized values are looked into by the exhaustiveness check.
#[derive(PartialEq, Eq)]
enum Light {
    Red,
    Green,
}

const UNIT: &() = &();
const EMPTY: &[u8; 0] = &[];
const RED: &Light = &Light::Red;
const GREEN: &Light = &Light::Green;
const YES: &(bool, u8) = &(true, 1);

fn light(l: &Light) -> &'static str {
    match l {
        RED => "stop",
        GREEN => "go",
    }
}

fn pair(p: &(bool, u8)) -> u8 {
    match p {
        YES => 10,
        &(true, n) => n,
        &(false, _) => 0,
    }
}

fn main() {
    let a = match &() {
        UNIT => 1,
    };
    let b = match &[0u8; 0] {
        EMPTY => 2,
    };
    println!("{} {}", a, b);
    println!("{} {}", light(&Light::Red), light(&Light::Green));
    println!("{} {} {}", pair(&(true, 1)), pair(&(true, 5)), pair(&(false, 9)));
}
