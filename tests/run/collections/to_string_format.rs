// ToString, format!, fmt::format and fmt::Write for String.
use std::fmt::{self, Write};

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

#[derive(Debug)]
struct Named {
    name: String,
    tags: Vec<&'static str>,
}

fn main() {
    println!("{} {} {} {}", 42.to_string(), (-7i64).to_string(), 'c'.to_string(), true.to_string());
    println!("{} {}", "str".to_string(), String::from("own").to_string());
    let p = Point { x: 1, y: -2 };
    let ps = p.to_string();
    println!("{} {}", ps, ps.len());

    let name = "smelt";
    let s = format!("{name} v{}.{}", 0, 1);
    println!("{}", s);
    println!("{}", format!("{:>5}|{:<5}|{:^5}|{:05}|{:+}", 1, 2, 3, 4, 5));
    println!("{}", format!("{:x} {:X} {:o} {:b} {:#x}", 255, 255, 8, 5, 255));
    println!("{}", format!("{:?} {:?}", "q", Some(vec![1, 2])));
    println!("{}", format!("{0} {1} {0}", "a", "b"));
    println!("{}", format!("{:>w$}", "r", w = 4));
    println!("{}", format!("literal only"));
    println!("[{}]", format!(""));
    println!("{}", format!("{{braces}} {}", p));
    let n = Named { name: String::from("n"), tags: vec!["t1", "t2"] };
    println!("{}", format!("{:?}", n));
    println!("{}", format!("{:#?}", n));
    println!("{}", std::fmt::format(format_args!("{}-{}", 1, 2)));

    let mut out = String::new();
    write!(out, "{}+{}", 1, 2).unwrap();
    writeln!(out, " = {}", 3).unwrap();
    out.write_str("done").unwrap();
    out.write_char('!').unwrap();
    println!("{}", out);
    let parts: Vec<String> = (1..=3).map(|i| format!("<{i}>")).collect();
    println!("{}", parts.concat());
    println!("{}", parts.join(", "));
}
