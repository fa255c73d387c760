// An attribute no tool defines is rejected, like rustc does.
#[frobnicate]
//~^ ERROR cannot find attribute `frobnicate` in this scope
fn main() {
    #[also_unknown(x)]
    //~^ ERROR cannot find attribute `also_unknown` in this scope
    let _x = 1;
}
