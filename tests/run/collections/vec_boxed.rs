// Boxed slices and strs: Vec::into_boxed_slice, [T]::into_vec, String::into_boxed_str,
// str::into_string and the From conversions between them.
fn main() {
    let v = vec![1, 2, 3];
    let b: Box<[i32]> = v.into_boxed_slice();
    println!("{:?} {}", b, b.len());
    let back = b.into_vec();
    println!("{:?} {}", back, back.capacity());
    let mut w = Vec::with_capacity(10);
    w.push(String::from("a"));
    let wb = w.into_boxed_slice();
    println!("{:?}", wb);
    let e: Vec<u8> = Vec::with_capacity(4);
    println!("{:?}", e.into_boxed_slice());

    let s = String::from("héllo");
    let bs: Box<str> = s.into_boxed_str();
    println!("{} {}", bs, bs.len());
    let s2 = bs.into_string();
    println!("{} {}", s2, s2.capacity());
    let b2: Box<str> = Box::from(String::from("x"));
    let s3 = String::from(b2);
    let b3: Box<[String]> = vec![String::from("y")].into();
    let v3: Vec<String> = b3.into();
    println!("{} {:?}", s3, v3);
    let units = vec![(), ()].into_boxed_slice().into_vec();
    println!("{} {}", units.len(), units.capacity() == usize::MAX);
    let nested: Vec<Box<[u8]>> = vec![vec![1].into_boxed_slice(), Vec::new().into_boxed_slice()];
    println!("{:?}", nested);
}
