// FIXME: rustc 1.95 words it `cannot find module or crate `nothere` in this scope`, with
// `help: you might be missing a crate named `nothere``.
fn main() {
    let _ = nothere::f(); //~ ERROR E0433
}
