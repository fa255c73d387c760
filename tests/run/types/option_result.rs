fn half(n: i32) -> Option<i32> {
    if n % 2 == 0 { Some(n / 2) } else { None }
}

fn quarter(n: i32) -> Option<i32> {
    let h = half(n)?;
    half(h)
}

#[derive(Debug)]
enum MathError {
    DivByZero,
    Negative(i32),
}

fn checked_div(a: i32, b: i32) -> Result<i32, MathError> {
    if b == 0 {
        return Err(MathError::DivByZero);
    }
    if a < 0 {
        return Err(MathError::Negative(a));
    }
    Ok(a / b)
}

fn compute(a: i32, b: i32) -> Result<i32, MathError> {
    let q = checked_div(a, b)?;
    Ok(q * 2)
}

fn main() {
    println!("{:?} {:?} {:?}", quarter(8), quarter(6), quarter(5));
    println!("{:?}", compute(10, 2));
    println!("{:?}", compute(10, 0));
    println!("{:?}", compute(-4, 2));
    let x: Option<u8> = Some(3);
    println!("{}", x.unwrap_or(0) + None.unwrap_or(7));
    match compute(9, 3) {
        Ok(v) if v > 5 => println!("big {v}"),
        Ok(v) => println!("small {v}"),
        Err(e) => println!("error {:?}", e),
    }
    let r: Result<u32, u32> = Err(4);
    println!("{} {:?} {:?}", r.is_err(), r.ok(), r.err());
    let nested = Some(Some(5));
    if let Some(Some(n)) = nested {
        println!("nested {n}");
    }
}
