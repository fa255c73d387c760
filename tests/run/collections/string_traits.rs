// String's trait impls: comparisons with str both ways, Display and Debug with padding,
// Add, FromIterator, Extend, From, indexing by ranges, ordering, Hash.
use std::hash::{Hash, Hasher};

struct Sum(u64);

impl Hasher for Sum {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = self.0.wrapping_mul(31).wrapping_add(*b as u64);
        }
    }
}

fn hash_of<T: Hash + ?Sized>(x: &T) -> u64 {
    let mut h = Sum(7);
    x.hash(&mut h);
    h.finish()
}

fn main() {
    let s = String::from("abc");
    let t: &str = "abc";
    println!("{} {} {} {}", s == t, t == s, s == *t, *t == s);
    println!("{} {}", s == "abd", "abd" != s);
    println!("{}", s == String::from("abc"));
    println!("{} {}", s < String::from("abd"), String::from("b") > s);
    println!("{:?}", s.cmp(&String::from("ab")));
    let mut names = vec![String::from("pear"), String::from("apple"), String::from("fig")];
    names.sort();
    println!("{:?}", names);

    println!("[{:>6}] [{:<6}] [{:^7}] [{:.2}]", s, s, s, s);
    println!("{:?} {:?}", String::from("tab\there"), String::from("q\"uote"));

    let a = String::from("foo");
    let b = a + "bar";
    let c = b.clone() + String::from("!").as_str();
    let mut d = c.clone();
    d += "?";
    d += s.as_str();
    println!("{} {} {}", b, c, d);

    let from_chars: String = vec!['x', 'y', 'z'].into_iter().collect();
    let from_refs: String = ['1', '2'].iter().collect();
    let from_strs: String = vec!["ab", "cd"].into_iter().collect();
    let from_strings: String = vec![String::from("e"), String::from("f")].into_iter().collect();
    println!("{} {} {} {}", from_chars, from_refs, from_strs, from_strings);
    let mut e = String::from("e:");
    e.extend(['a', 'b'].iter());
    e.extend("cd".chars());
    e.extend(vec!["ef", "gh"]);
    e.extend(vec![String::from("ij")]);
    println!("{}", e);

    let f1 = String::from('c');
    let f2: String = "lit".into();
    let f3 = String::from(&f2);
    let f4: String = "x".to_string();
    let f5: String = "x".to_owned();
    let f6: String = "parsed".parse().unwrap();
    println!("{} {} {} {} {} {}", f1, f2, f3, f4, f5, f6);
    let def: String = Default::default();
    println!("[{}]", def);

    let h = String::from("hello world");
    println!("{} {} {} {}", &h[..5], &h[6..], &h[2..4], &h[..=1]);
    println!("{}", &h[..]);
    println!("{}", hash_of(&h) == hash_of("hello world"));
    println!("{}", hash_of(&h));
    let r: &str = h.as_ref();
    let by: &[u8] = h.as_ref();
    println!("{} {}", r, by.len());
    let words: Vec<String> = h.split(' ').map(String::from).collect();
    println!("{:?}", words);
    println!("{}", words.contains(&String::from("world")));
    println!("{}", h.contains(&String::from("lo w")));
}
