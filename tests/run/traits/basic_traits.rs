trait Animal {
    fn name(&self) -> &'static str;
    fn sound(&self) -> &'static str;
    fn speak(&self) -> (&'static str, &'static str) {
        (self.name(), self.sound())
    }
    fn kind() -> &'static str
    where
        Self: Sized,
    {
        "animal"
    }
}

struct Dog;
struct Cat {
    lives: u8,
}

impl Animal for Dog {
    fn name(&self) -> &'static str {
        "dog"
    }
    fn sound(&self) -> &'static str {
        "woof"
    }
}

impl Animal for Cat {
    fn name(&self) -> &'static str {
        "cat"
    }
    fn sound(&self) -> &'static str {
        if self.lives > 1 { "meow" } else { "..." }
    }
    fn kind() -> &'static str {
        "feline"
    }
}

fn describe<A: Animal>(a: &A) {
    let (n, s) = a.speak();
    println!("{} says {} ({})", n, s, A::kind());
}

fn main() {
    describe(&Dog);
    describe(&Cat { lives: 9 });
    describe(&Cat { lives: 1 });
}
