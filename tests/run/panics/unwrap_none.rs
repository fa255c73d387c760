fn find(xs: &[i32], x: i32) -> Option<usize> {
    let mut i = 0;
    while i < xs.len() {
        if xs[i] == x {
            return Some(i);
        }
        i += 1;
    }
    None
}

fn main() {
    println!("{}", find(&[1, 2, 3], 2).unwrap());
    println!("{}", find(&[1, 2, 3], 7).unwrap());
}
