// Case conversion (ASCII and Unicode), repeat, replace and replacen.
fn main() {
    println!("{} {}", "Hello, World!".to_uppercase(), "Hello, World!".to_lowercase());
    println!("{} {}", "straße".to_uppercase(), "ǅungla".to_lowercase());
    println!("{} {}", "ΟΔΥΣΣΕΥΣ".to_lowercase(), "Σ".to_lowercase());
    println!("{}", "ΑΣ ΣΑ Α.Σ.".to_lowercase());
    println!("{} {}", "привет".to_uppercase(), "ÀÉÎÕÜ".to_lowercase());
    println!("{} {}", "İstanbul".to_lowercase(), "ﬁne ŉ".to_uppercase());
    println!("{}", "ǆ ǈ ꭰ 𐐨".to_uppercase());
    println!("{} {}", "MiXeD éÉ".to_ascii_uppercase(), "MiXeD éÉ".to_ascii_lowercase());
    println!("{:?}", b"AbC".to_ascii_lowercase());

    println!("{}", "ab".repeat(3));
    println!("[{}]", "x".repeat(0));
    println!("{:?}", [1, 2].repeat(2));
    println!("{}", "one two two".replace("two", "2"));
    println!("{}", "aaaa".replace("aa", "b"));
    println!("{}", "abc".replace("", "-"));
    println!("{}", "a,b,c".replace(',', ";"));
    println!("{}", "a1b22c".replace(|c: char| c.is_ascii_digit(), ""));
    println!("{}", "x x x x".replacen(' ', "_", 2));
    println!("{}", "x x".replacen("x", "yy", 0));
    println!("{}", "héllo".replace('é', "e"));
    let owned = String::from("mississippi");
    println!("{}", owned.replace("ss", "SS"));
}
