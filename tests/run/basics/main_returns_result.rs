#[derive(Debug)]
enum MyErr { Bad(i32) }
fn check(x: i32) -> Result<i32, MyErr> { if x > 2 { Err(MyErr::Bad(x)) } else { Ok(x) } }
fn main() -> Result<(), MyErr> {
    let a = check(1)?;
    println!("a = {}", a);
    let b = check(5)?;
    println!("b = {}", b);
    Ok(())
}
