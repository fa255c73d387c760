// `break` and `continue` outside of any loop: E0268.
fn main() {
    let x = 1;
    if x > 0 {
        break; //~ ERROR `break` outside of a loop or labeled block
    }
    continue; //~ ERROR `continue` outside of a loop
}
