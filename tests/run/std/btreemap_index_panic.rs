// Indexing a BTreeMap with a missing key panics at the caller.
use std::collections::BTreeMap;

fn main() {
    let m = BTreeMap::from([(1, "one")]);
    println!("{}", m[&1]);
    println!("{}", m[&2]);
}
