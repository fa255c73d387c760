// std::error::Error, Box<dyn Error> from errors, Strings and &strs, `?` into it, and
// main returning Err (printed with Debug, exit code 1).
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct MyErr(i32);

impl fmt::Display for MyErr {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "my error {}", self.0)
    }
}

impl Error for MyErr {}

#[derive(Debug)]
struct Wrapped {
    inner: MyErr,
}

impl fmt::Display for Wrapped {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "wrapped")
    }
}

impl Error for Wrapped {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.inner)
    }
}

fn parse(s: &str) -> Result<i32, Box<dyn Error>> {
    let n: i32 = s.parse()?;
    if n < 0 {
        return Err(Box::new(MyErr(n)));
    }
    if n == 0 {
        return Err("zero".into());
    }
    if n == 1 {
        return Err(format!("one {}", n).into());
    }
    Ok(n)
}

fn main() -> Result<(), Box<dyn Error>> {
    for s in ["5", "x", "-3", "0", "1", ""] {
        match parse(s) {
            Ok(n) => println!("ok {}", n),
            Err(e) => println!("err {} / {:?}", e, e),
        }
    }
    let w = Wrapped { inner: MyErr(4) };
    println!("{} <- {}", w, w.source().unwrap());
    let b: Box<dyn Error> = Box::new(w);
    println!("{:?}", b.source().map(|s| s.to_string()));
    let io: Box<dyn Error> = std::io::Error::new(std::io::ErrorKind::NotFound, "gone").into();
    println!("{}", io);
    parse("-7")?;
    println!("not reached");
    Ok(())
}
