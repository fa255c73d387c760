// FIXME: rustc adds `help: a local variable with a similar name exists` (`count`) to the
// first error, and calls `undefined_fn` a function, not a value, in the second.
fn main() {
    let count = 1;
    let _ = coutn + 1; //~ ERROR cannot find value `coutn` in this scope
    undefined_fn(count); //~ ERROR E0425
}
