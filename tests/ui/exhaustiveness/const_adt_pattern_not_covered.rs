// A constant of an enum type covers only its own value: the other values of the payload
// are reported missing.
#[derive(PartialEq, Eq)]
enum E {
    A(bool),
    B,
}

const A_TRUE: E = E::A(true);

fn main() {
    let e = E::B;
    match e {
        //~^ ERROR non-exhaustive patterns
        A_TRUE => {}
        E::B => {}
    }
}
