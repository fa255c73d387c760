fn main() {
    let mut value = 1;
    let mut all: Vec<&mut i32> = Vec::new();
    let mut i = 0;
    while i < 2 {
        all.push(&mut value); //~ ERROR cannot borrow `value` as mutable more than once at a time
        i += 1;
    }
}
