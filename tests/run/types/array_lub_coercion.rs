// The elements of an array literal without an expected type are coerced to their least
// upper bound: `[&array, &slice]` and `[&slice, &array]` are both arrays of slices, and
// references to arrays of different lengths unify once a slice appears.
fn total(rows: &[&[i32]]) -> i32 {
    rows.iter().map(|r| r.iter().sum::<i32>()).sum()
}

fn main() {
    let a = [1, 2, 3];
    let b = [10, 20];
    let v = vec![4, 5];
    let rows = [&a, &v[..]];
    let rows2 = [&v[..], &a];
    let rows3 = [&a[..], &b, &a];
    for r in rows.iter().chain(rows2.iter()).chain(rows3.iter()) {
        println!("{:?} {}", r, r.len());
    }
    println!("{}", total(&rows3));
    let mut x = 1;
    let mut y = 2;
    let refs = [&mut x, &mut y];
    for r in refs {
        *r += 1;
    }
    println!("{} {}", x, y);
    let nums = [1u8, 2, 3];
    let mixed = [None, Some(2), None];
    println!("{:?} {:?}", nums, mixed);
}
