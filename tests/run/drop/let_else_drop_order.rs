// `let ... else`: when the pattern doesn't match, the initialiser's temporaries (including
// ones a `&` would have extended) are dropped before the `else` block runs; when it
// matches, they live as in a plain `let`.
struct Loud(&'static str, Option<u32>);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl Loud {
    fn value(&self) -> Option<u32> {
        self.1
    }
}

fn by_value(v: Option<u32>) -> u32 {
    let Some(x) = Loud("temp", v).value() else {
        println!("else");
        return 0;
    };
    println!("matched {}", x);
    x
}

fn by_ref(v: Option<u32>) -> u32 {
    let &Some(x) = &Loud("extended", v).1 else {
        println!("else");
        return 0;
    };
    println!("matched {}", x);
    x
}

fn main() {
    println!("{}", by_value(Some(1)));
    println!("{}", by_value(None));
    println!("{}", by_ref(Some(2)));
    println!("{}", by_ref(None));
}
