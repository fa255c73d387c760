enum Op {
    Add(i32, i32),
    Neg(i32),
    Nop,
}

struct Pair {
    a: i32,
    b: i32,
}

fn eval(op: Op) -> i32 {
    match op {
        Op::Add(x, y) => x + y,
        Op::Neg(x) => -x,
        Op::Nop => 0,
    }
}

fn main() {
    let p = Pair { a: 1, b: 2 };
    let _ = eval(Op::Add(p.a, p.b)) + eval(Op::Neg(3)) + eval(Op::Nop);
}
