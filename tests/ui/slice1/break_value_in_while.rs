// FIXME: rustc labels the loop head (`you can't `break` with a value in a `while` loop`) and
// suggests `break` on its own.
fn main() {
    let mut n = 0;
    let _ = while n < 3 {
        n += 1;
        break n; //~ ERROR `break` with value from a `while` loop
    };
    for i in 0..3 {
        break i; //~ ERROR `break` with value from a `for` loop
    }
}
