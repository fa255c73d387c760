mod m {
    pub struct S;
    impl S {
        fn secret(&self) -> i32 { 1 }
        pub fn new() -> S { S }
        fn hidden() -> S { S }
    }
}
fn main() {
    let s = m::S::new();
    s.secret(); //~ ERROR method `secret` is private
    m::S::hidden(); //~ ERROR associated function `hidden` is private
}
