const NAME: &str = "bob";
const LIMIT: i32 = 10;
fn classify(s: &str) -> u8 { match s { NAME => 1, "alice" => 2, _ => 0 } }
fn bytes(b: &[u8]) -> u8 { match b { b"yes" => 1, b"no" => 2, _ => 0 } }
fn arr(b: &[u8; 3]) -> u8 { match b { b"yes" => 1, _ => 0 } }
fn small(x: i8) -> &'static str { match x { i8::MIN => "min", i8::MAX => "max", 0 => "zero", _ => "other" } }
fn lim(x: i32) -> bool { match x { LIMIT => true, _ => false } }
fn main() {
    println!("{} {} {}", classify("bob"), classify("alice"), classify("x"));
    println!("{} {} {}", bytes(b"yes"), bytes(b"no"), bytes(b"maybe"));
    println!("{}", arr(b"yes"));
    println!("{} {} {} {}", small(-128), small(127), small(0), small(5));
    println!("{} {}", lim(10), lim(3));
}
