// Moves, conditional moves and re-initialisation.

#[derive(Debug)]
struct Token {
    id: u32,
}

struct Pair {
    a: Token,
    b: Token,
}

fn consume(t: Token) -> u32 {
    t.id
}

fn pick(flag: bool) -> u32 {
    let t = Token { id: 1 };
    let result;
    if flag {
        result = consume(t);
    } else {
        result = t.id + 100;
    }
    result
}

fn main() {
    let mut t = Token { id: 1 };
    println!("{}", consume(t));
    t = Token { id: 2 };
    println!("{:?}", t);

    // Moved in one branch, re-initialised before use.
    let mut u = Token { id: 3 };
    if t.id > 1 {
        consume(u);
        u = Token { id: 4 };
    }
    println!("{:?}", u);

    // Partial moves: the other field stays usable.
    let p = Pair { a: Token { id: 5 }, b: Token { id: 6 } };
    let a = p.a;
    println!("{} {}", a.id, p.b.id);

    // Moves in a loop, each iteration with a fresh value.
    let mut total = 0;
    for i in 0..3 {
        let tok = Token { id: i };
        total += consume(tok);
    }
    println!("total = {total}");

    // A value moved inside a loop that is re-initialised every iteration.
    let mut carried = Token { id: 10 };
    for _ in 0..3 {
        let id = consume(carried);
        carried = Token { id: id + 1 };
    }
    println!("{:?}", carried);

    // Deferred initialisation on every path.
    let label: String;
    if total > 2 {
        label = String::from("big");
    } else {
        label = String::from("small");
    }
    println!("{label} {} {}", pick(true), pick(false));

    // Moves out of an Option with take and of a tuple by destructuring.
    let mut slot = Some(Token { id: 7 });
    let got = slot.take();
    println!("{:?} {:?}", got, slot);
    let pair = (Token { id: 8 }, String::from("eight"));
    let (tok, name) = pair;
    println!("{:?} {name}", tok);
}
