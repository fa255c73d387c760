// A closure's parameter types come from an expected trait object: &dyn Fn(u8) -> u8 and
// Box::new(|x| ..) for a Box<dyn Fn(..)> / Box<dyn FnMut(..)>.
fn apply(f: &dyn Fn(u8) -> u8) -> u8 { f(3) }
fn run(fs: Vec<Box<dyn Fn(i32, i32) -> i32>>) -> Vec<i32> { fs.iter().map(|f| f(6, 3)).collect() }
fn main() {
    println!("{}", apply(&|x| x.saturating_mul(100)));
    let b: Box<dyn Fn(u8) -> u8> = Box::new(|x| x.wrapping_add(250));
    println!("{}", b(10));
    println!("{:?}", run(vec![Box::new(|a, b| a + b), Box::new(|a, b| a.pow(b as u32)), Box::new(|a, b| a / b)]));
    let mut count = 0;
    let mut inc: Box<dyn FnMut(u32)> = Box::new(|n| count += n);
    inc(2);
    inc(5);
    drop(inc);
    println!("{}", count);
}
