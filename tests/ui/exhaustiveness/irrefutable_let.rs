// `irrefutable_let_patterns`: `if let`, `while let` and `let else` whose pattern always
// matches (denied here, so that they are errors).

#![deny(irrefutable_let_patterns)]
#![allow(unused_variables)]

fn main() {
    let x = Some(3);
    if let y = x {} //~ ERROR irrefutable `if let` pattern
    while let y = x { //~ ERROR irrefutable `while let` pattern
        break;
    }
    let w = x else { return }; //~ ERROR irrefutable `let...else` pattern
    let [a, b] = [1, 2] else { return }; //~ ERROR irrefutable `let...else` pattern
    let Some(z) = x else { return };
    if let Some(q) = x {}
}
