#[derive(Debug)]
pub struct S { x: i32 }
enum E { A }
fn main() {
    let s = S { x: 1 };
    s.foo(); //~ ERROR no method named `foo` found for struct `S`
    let _ = S::nope(); //~ ERROR no function or associated item named `nope` found for struct `S`
    let _ = E::B; //~ ERROR no variant or associated item named `B` found for enum `E`
    let x = 5;
    x.baz(); //~ ERROR no method named `baz` found for type `{integer}`
    let _ = (s.x, E::A);
}
