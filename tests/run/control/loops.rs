fn main() {
    let mut i = 0;
    while i < 3 {
        println!("while {i}");
        i += 1;
    }
    for j in 0..3 {
        println!("for {j}");
    }
    for j in (1..=3).rev() {
        println!("rev {j}");
    }
    let mut n = 0;
    let v = loop {
        n += 1;
        if n == 5 {
            break n * 10;
        }
    };
    println!("loop value {v}");
    'outer: for a in 0..5 {
        for b in 0..5 {
            if b > a {
                continue 'outer;
            }
            if a + b == 6 {
                break 'outer;
            }
            print!("({a},{b})");
        }
    }
    println!();
    let mut sum = 0;
    for k in (0..20).step_by(3) {
        sum += k;
    }
    println!("sum {sum}");
    let label = 'block: {
        if sum > 10 {
            break 'block "big";
        }
        "small"
    };
    println!("{label}");
}
