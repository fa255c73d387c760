// Arrays compare with slices and slice references; `&[..]` literals coerce where an
// unsized type is expected.
fn main() {
    let a = [1, 2, 3];
    let s: &[i32] = &a;
    println!("{} {}", a == s, s == a);
    let m: &mut [i32] = &mut [1, 2, 3];
    println!("{}", a == m);
    let _: &[isize] = &{ [1, 2, 3] };
    let v: &[isize] = &if a.len() == 3 { [1, 2, 3] } else { [3, 2, 1] };
    println!("{:?}", v);
    let b: Box<[u8]> = Box::new([9, 8]);
    println!("{:?}", b);
}
