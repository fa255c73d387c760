// char::escape_unicode, escape_default and escape_debug: as iterators, Display, Debug.
fn main() {
    for c in ['a', '\n', '\'', '"', '\\', '\0', 'é', '\u{10401}', '\u{7f}', '\u{301}', '❤', '\t', '\u{200b}', ' '] {
        println!(
            "{} | {} | {} | {:?} {}",
            c.escape_unicode(),
            c.escape_default(),
            c.escape_debug(),
            c.escape_default().collect::<String>(),
            c.escape_unicode().len()
        );
    }
    let mut escaped = String::new();
    for c in '\u{10401}'.escape_unicode() {
        escaped.push(c);
    }
    assert_eq!("\\u{10401}", escaped);
    let s: String = "tab\there \"q\"".chars().flat_map(|c| c.escape_default()).collect();
    println!("{}", s);
    println!("{:?} {:?}", 'q'.escape_default(), '\n'.escape_debug());
    let mut e = 'é'.escape_unicode();
    e.next();
    println!("{:?} {}", e, e.clone().count());
}
