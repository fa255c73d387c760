fn main() {
    let n = 3;
    if n { //~ ERROR mismatched types
        return;
    }
    while 1u8 {} //~ ERROR mismatched types
}
