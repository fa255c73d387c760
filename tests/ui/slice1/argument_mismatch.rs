// FIXME: rustc labels the callee (`arguments to this function are incorrect`), adds
// `note: function defined here`, and for the `u64` a `try_into().unwrap()` suggestion.
fn takes(x: u8, flag: bool) -> u8 {
    if flag { x } else { 0 }
}

fn main() {
    let _ = takes(1, 2); //~ ERROR mismatched types
    let big: u64 = 300;
    let _ = takes(big, true); //~ ERROR mismatched types
}
