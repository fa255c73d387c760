// A derive that doesn't exist is an error naming it.
#[derive(Debug, Frobnicate)]
//~^ ERROR cannot find derive macro `Frobnicate` in this scope
struct S;

fn main() {
    println!("{:?}", S);
}
