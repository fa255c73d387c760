// Derived PartialOrd/Ord of enums order variants by their discriminants, explicit ones included.
use std::cmp::Ordering;
#[derive(PartialEq, Eq, PartialOrd, Ord, Debug, Clone, Copy, Hash)]
enum E { A = 2, B = 1, C = -5, D }
#[derive(PartialEq, PartialOrd, Debug)]
enum F { X(i32), Y { v: u8 }, Z }
#[repr(u8)]
#[derive(PartialEq, Eq, PartialOrd, Ord, Debug)]
enum G { Hi = 200, Lo = 3 }
fn main() {
    println!("{} {} {}", E::A < E::B, E::C < E::D, E::D > E::A);
    let mut v = vec![E::A, E::B, E::C, E::D];
    v.sort();
    println!("{:?} {:?}", v, E::A.cmp(&E::B));
    println!("{:?} {:?}", F::X(3).partial_cmp(&F::Y { v: 1 }), F::Z.partial_cmp(&F::X(9)));
    println!("{:?} {:?}", F::X(3).partial_cmp(&F::X(4)), G::Hi.cmp(&G::Lo));
    println!("{}", E::D as i32);
    let _ = Ordering::Less;
}
