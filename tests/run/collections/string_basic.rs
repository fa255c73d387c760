// String: building, editing, and the str methods reached through Deref.
fn main() {
    let mut s = String::new();
    println!("[{}] {} {} {}", s, s.len(), s.is_empty(), s.capacity());
    s.push('h');
    println!("{}", s.capacity());
    s.push_str("ello");
    s.push(' ');
    s.push('w');
    s.push_str("örld");
    println!("{} {} {}", s, s.len(), s.chars().count());
    println!("{:?}", s.pop());
    println!("{:?}", s.pop());
    println!("{}", s);
    s.insert(0, '¡');
    s.insert_str(2, "-");
    println!("{}", s);
    println!("{}", s.remove(0));
    println!("{}", s.remove(1));
    println!("{}", s);
    s.truncate(5);
    println!("{}", s);
    let tail = s.split_off(2);
    println!("{} {}", s, tail);
    s.clear();
    println!("[{}] {}", s, s.is_empty());

    let mut t = String::from("a1b2c3dé4");
    t.retain(|c| !c.is_ascii_digit());
    println!("{}", t);
    let mut u = String::from("hello, world");
    let d: String = u.drain(..7).collect();
    println!("{} | {}", d, u);
    let mut w = String::from("αβγδ");
    let rev: String = w.drain(2..6).rev().collect();
    println!("{} | {}", rev, w);
    let mut r = String::from("The quick fox");
    r.replace_range(4..9, "slow");
    println!("{}", r);

    let st = String::from("hi there");
    println!("{} {:?} {}", st.as_str(), st.as_bytes(), st.to_uppercase());
    println!("{:?}", st.split(' ').collect::<Vec<_>>());
    println!("{} {} {:?}", st.contains("the"), st.starts_with("hi"), st.find('t'));
    println!("{}", st.trim_end_matches('e'));
    let bytes = st.clone().into_bytes();
    println!("{:?}", bytes);
    let mut cap = String::with_capacity(3);
    println!("{} {}", cap.len(), cap.capacity());
    cap.push_str("abcd");
    println!("{}", cap.capacity());
    cap.shrink_to_fit();
    println!("{}", cap.capacity());
    cap.reserve(10);
    println!("{}", cap.capacity() >= 14);
    let mut e = String::from("x");
    e.extend_from_within(..);
    e.extend_from_within(1..);
    println!("{}", e);
    for (i, c) in String::from("aé").char_indices() {
        print!("{i}:{c} ");
    }
    println!();
}
