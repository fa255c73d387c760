fn classify(n: i32) -> &'static str {
    match n {
        i32::MIN..=-1 => "negative",
        0 => "zero",
        1 | 2 | 3 => "small",
        4..=9 => "medium",
        _ => "large",
    }
}

fn main() {
    for n in [-5, 0, 2, 7, 100] {
        println!("{n}: {}", classify(n));
    }
    let x = 7;
    let kind = if x % 2 == 0 { "even" } else if x % 3 == 0 { "div3" } else { "other" };
    println!("{kind}");
    let pair = (2, -2);
    match pair {
        (x, y) if x + y == 0 => println!("opposites"),
        (x, _) if x % 2 == 0 => println!("even first"),
        _ => println!("no match"),
    }
    let c = 'q';
    let what = match c {
        'a'..='j' => "early",
        'k'..='z' => "late",
        _ => "other",
    };
    println!("{what}");
    let b = true;
    let r = match b {
        true => 1,
        false => 0,
    };
    println!("{r}");
}
