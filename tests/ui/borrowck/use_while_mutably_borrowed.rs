fn main() {
    let mut z = 1;
    let m = &mut z;
    let copy = z; //~ ERROR cannot use `z` because it was mutably borrowed
    *m = 2;
    println!("{copy}");
}
