// Labelled loops and blocks with values, `continue 'label`, `loop` as an expression,
// diverging expressions (`!` functions, `return`, `break` and `panic!` in expression
// position, `match` arms that diverge), and `return` from nested positions.
fn fail(msg: &str) -> ! {
    panic!("{}", msg)
}

fn find(grid: &[[i32; 3]; 3], target: i32) -> Option<(usize, usize)> {
    let found = 'search: {
        for (i, row) in grid.iter().enumerate() {
            for (j, &v) in row.iter().enumerate() {
                if v == target {
                    break 'search Some((i, j));
                }
            }
        }
        None
    };
    found
}

fn classify(n: i32) -> &'static str {
    let s = match n {
        0 => return "zero",
        x if x < 0 => {
            if x < -100 {
                return "very negative";
            }
            "negative"
        }
        _ => "positive",
    };
    s
}

fn first_even(v: &[i32]) -> i32 {
    let x = v.iter().map(|&x| if x % 2 == 0 { x } else { -1 }).find(|&x| x >= 0);
    match x {
        Some(e) => e,
        None => return -1,
    }
}

fn main() {
    let grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    println!("{:?} {:?}", find(&grid, 6), find(&grid, 10));

    let mut pairs = Vec::new();
    'outer: for i in 0..5 {
        let mut j = 0;
        'inner: loop {
            j += 1;
            if j > i {
                continue 'outer;
            }
            if (i + j) % 3 == 0 {
                continue 'inner;
            }
            if i * j > 6 {
                break 'outer;
            }
            pairs.push((i, j));
        }
    }
    println!("{:?}", pairs);

    let mut n = 27u64;
    let mut steps = 0;
    let last = loop {
        if n == 1 {
            break steps;
        }
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    };
    println!("{}", last);

    let v: Vec<i32> = (1..=4).map(|x| if x > 0 { x * 10 } else { fail("negative") }).collect();
    println!("{:?}", v);
    println!("{} {} {} {}", classify(0), classify(-5), classify(-500), classify(3));
    println!("{} {}", first_even(&[1, 3, 4, 6]), first_even(&[1, 3]));

    let total: i32 = 'sum: {
        let mut t = 0;
        for x in [5, 10, 15, 20] {
            t += x;
            if t > 20 {
                break 'sum t * 100;
            }
        }
        t
    };
    println!("{}", total);

    let mut count = 0;
    while count < 10 {
        count += 1;
        if count % 2 == 1 {
            continue;
        }
        if count == 8 {
            break;
        }
    }
    println!("{}", count);
    let evens: Vec<u32> = (0..20).step_by(4).rev().collect();
    println!("{:?}", evens);
    let r = (10..0).rev().count() + (0..=0).count();
    println!("{}", r);
    let never: Option<i32> = None;
    let value = never.unwrap_or_else(|| fail("no value"));
    println!("unreachable {}", value);
}
