// Operands are evaluated left to right, and a variable's value is the one it had when its
// operand was evaluated, even when a later operand assigns to it (calls, tuples, arrays,
// struct literals, binary operators, method arguments). An assignment evaluates its
// right-hand side before the place on its left.
fn f(a: i32, b: i32) -> i32 {
    a * 10 + b
}

#[derive(Debug)]
struct P {
    a: i32,
    b: i32,
}

struct Acc(i32);

impl Acc {
    fn add2(&mut self, a: i32, b: i32) {
        self.0 += a * 100 + b;
    }
}

#[derive(Debug)]
struct Named(String);

fn take(a: Named, b: i32) -> String {
    format!("{:?} {}", a, b)
}

fn main() {
    let mut x = 1;
    println!("{}", f(x, { x = 5; 2 }));
    println!("{}", x);

    let mut y = 1;
    let t = (y, { y = 7; 3 }, y);
    println!("{:?}", t);

    let mut z = 1;
    let p = P { a: z, b: { z = 9; z } };
    println!("{:?}", p);
    let q = P { b: z, a: { z = 2; z } };
    println!("{:?}", q);

    let mut w = 1;
    let s = w + { w = 3; 1 };
    println!("{} {}", s, w);

    let mut v = 1;
    let arr = [v, { v = 8; 0 }, v];
    println!("{:?}", arr);

    let mut acc = Acc(0);
    let mut k = 4;
    acc.add2(k, { k = 6; k });
    println!("{}", acc.0);

    let mut n = Named(String::from("first"));
    let out = take(n, { n = Named(String::from("second")); 1 });
    println!("{} / {:?}", out, n);

    let mut a = &1;
    let b = &mut &2;
    let c = &3;
    *{ a = c; &mut *b } = a;
    println!("{} {}", a, b);

    let mut m = [10, 20, 30];
    let mut i = 0;
    m[i] = { i = 2; i * 100 };
    println!("{:?} {}", m, i);
}
