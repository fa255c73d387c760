// A trait method declared #[track_caller] (core's Index::index) makes its implementations
// track the caller too: a panic in a user Index impl reports the indexing expression.
struct Table;

impl std::ops::Index<usize> for Table {
    type Output = u8;
    fn index(&self, i: usize) -> &u8 {
        panic!("no row {}", i)
    }
}

fn main() {
    let t = Table;
    println!("before");
    let _ = t[7];
}
