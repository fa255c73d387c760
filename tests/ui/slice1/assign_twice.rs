// FIXME: rustc also warns that the value assigned to `x` is never read (unused_assignments).
fn main() {
    let x = 1;
    x = 2; //~ ERROR cannot assign twice to immutable variable `x`
    let _ = x;
}
