// FIXME: rustc adds `note: erroneous constant encountered` at the use of `X`.
const X: u8 = 255 + 1; //~ ERROR E0080

fn main() {
    let _ = X;
}
