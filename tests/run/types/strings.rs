fn main() {
    let s = "hello, wörld";
    println!("{} {}", s, s.len());
    println!("{}", s.chars().count());
    println!("{:?}", s.find('w'));
    println!("{}", &s[0..5]);
    println!("{}", s.starts_with("hello"));
    println!("{}", s.contains("wör"));
    for (i, c) in "añb".char_indices() {
        println!("{i} {c}");
    }
    for word in "  a  quick   brown fox ".split_whitespace() {
        print!("[{word}]");
    }
    println!();
    for part in "a,b,,c".split(',') {
        print!("<{part}>");
    }
    println!();
    println!("[{}]", "  trim me\t\n".trim());
    let n: i32 = "-42".parse().unwrap();
    println!("{}", n + 1);
    let bad: Result<u8, _> = "300".parse::<u8>();
    println!("{:?}", bad.is_err());
    let c = 'Z';
    println!("{} {} {}", c.is_alphabetic(), c.to_ascii_lowercase(), c as u32);
    println!("{:?}", "quote\"and\\slash\n");
    println!("{:?}", 'é');
    let bytes = "AB".as_bytes();
    println!("{:?}", bytes);
    for line in "one\ntwo\r\nthree".lines() {
        println!("line: {line}");
    }
}
