use std::fmt;

struct Celsius(i32);

impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}°C", self.0)
    }
}

struct Matrix {
    rows: [[i32; 2]; 2],
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for row in &self.rows {
            writeln!(f, "| {} {} |", row[0], row[1])?;
        }
        Ok(())
    }
}

#[derive(Debug)]
struct Wrapper {
    inner: Celsius,
}

impl fmt::Debug for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Celsius").field(&self.0).finish()
    }
}

fn main() {
    let t = Celsius(21);
    println!("{}", t);
    println!("[{:>8}]", format_args!("{}", 5));
    let m = Matrix { rows: [[1, 2], [3, 4]] };
    print!("{}", m);
    println!("{:?}", Wrapper { inner: Celsius(-3) });
    println!("{:#?}", Wrapper { inner: Celsius(-3) });
}
