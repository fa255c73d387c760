// FIXME: rustc labels the return type (`expected `u32` because of return type`); for a body
// without a tail it points at the return type, labels the function name and shows the
// semicolon suggestion inline.
fn name() -> u32 {
    "seven" //~ ERROR mismatched types
}

fn early(x: i32) -> i32 {
    if x > 0 {
        return true; //~ ERROR mismatched types
    }
    x
}

fn no_tail() -> i64 { //~ ERROR mismatched types
    1;
}

fn main() {
    let _ = (name(), early(1), no_tail());
}
