struct Token {
    id: u32,
}

impl Token {
    fn consume(self) -> u32 {
        self.id
    }
}

fn main() {
    let t = Token { id: 7 };
    let first = t.consume();
    let second = t.consume(); //~ ERROR use of moved value: `t`
    println!("{first} {second}");
}
