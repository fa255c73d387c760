// FIXME: `$crate::io::_print` should print as `::std::io::_print` (rustc resolves `$crate`
// in its output), and rustc numbers the implicit arguments (`{0}`, `{1:>4} {0:?}`).
fn main() {
    let x = 5;
    println!("x = {}", x);
    println!("{x:>4} {:?}", (1, 2));
    eprint!("done");
}
