// FIXME: rustc says "`break` outside of a loop or labeled block", in the message and the label.
fn main() {
    let x = 1;
    if x > 0 {
        break; //~ ERROR `break` outside of a loop
    }
    continue; //~ ERROR `continue` outside of a loop
}
