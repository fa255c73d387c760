// Or-patterns (nested too), `@` bindings and guards: an arm with a guard does not count
// for exhaustiveness, so a later arm must cover what the guard may reject.

#[derive(Debug)]
enum Token {
    Num(i64),
    Op(char),
    Paren(bool),
}

fn classify(t: &Token) {
    match t {
        Token::Num(n @ (0 | 1)) => println!("bit {}", n),
        Token::Num(n) if *n < 0 => println!("negative {}", n),
        Token::Num(n @ 2..=9) => println!("digit {}", n),
        Token::Num(n) => println!("number {}", n),
        Token::Op(c @ ('+' | '-')) => println!("additive {}", c),
        Token::Op('*' | '/') => println!("multiplicative"),
        Token::Op(c) => println!("unknown op {}", c),
        Token::Paren(open) => println!("paren {}", if *open { "(" } else { ")" }),
    }
}

fn guarded(x: Option<u32>) -> u32 {
    match x {
        Some(n) if n > 10 => n - 10,
        Some(n) if n % 2 == 0 => n / 2,
        Some(n) => n,
        None => 0,
    }
}

fn nested_or(x: (u8, Option<bool>)) -> &'static str {
    match x {
        (0 | 1, Some(true | false)) => "small some",
        (0 | 1, None) => "small none",
        (2..=u8::MAX, Some(true)) | (2..=u8::MAX, None) => "big true or none",
        (_, Some(false)) => "big false",
    }
}

fn main() {
    for t in [Token::Num(0), Token::Num(1), Token::Num(-4), Token::Num(7), Token::Num(42), Token::Op('+'), Token::Op('/'), Token::Op('%'), Token::Paren(true), Token::Paren(false)] {
        print!("{:?} -> ", t);
        classify(&t);
    }
    for x in [Some(15), Some(8), Some(7), None] {
        println!("{}", guarded(x));
    }
    for x in [(0, Some(true)), (1, None), (5, Some(true)), (5, None), (5, Some(false))] {
        println!("{}", nested_or(x));
    }
}
