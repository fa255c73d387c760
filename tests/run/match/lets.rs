// Irrefutable patterns in `let`, parameters and `for`, and refutable ones in `let else`,
// `if let` and `while let`.

struct Pair {
    a: i32,
    b: (u8, char),
}

fn swap((x, y): (i32, i32)) -> (i32, i32) {
    (y, x)
}

fn first_char(s: &str) -> char {
    let Some(c) = s.chars().next() else {
        return '-';
    };
    c
}

fn main() {
    let (a, b) = swap((1, 2));
    println!("{} {}", a, b);
    let Pair { a, b: (n, c) } = Pair { a: 5, b: (6, 'x') };
    println!("{} {} {}", a, n, c);
    let [x, y, z] = [1, 2, 3];
    println!("{}", x + y + z);
    let add = |(p, q): (u32, u32)| p + q;
    println!("{}", add((3, 4)));
    for (i, c) in "abc".chars().enumerate() {
        println!("{} {}", i, c);
    }
    println!("{} {}", first_char("hey"), first_char(""));
    let mut it = [1, 2, 3].iter();
    while let Some(top) = it.next() {
        println!("next {}", top);
    }
    if let (1, v) = (1, "one") {
        println!("matched {}", v);
    }
    let v: Result<u8, u8> = Err(3);
    let (Ok(n) | Err(n)) = v;
    println!("{}", n);
}
