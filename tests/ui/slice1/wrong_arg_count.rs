// FIXME: rustc suggests the missing argument (`add(1, /* i32 */)`) and the removal of the
// extra one, and gives the extra argument's type in its label.
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    let _ = add(1); //~ ERROR this function takes 2 arguments but 1 argument was supplied
    let _ = add(1, 2, 3); //~ ERROR this function takes 2 arguments but 3 arguments were supplied
}
