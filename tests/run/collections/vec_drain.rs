// Vec::drain over every kind of range, consumed fully, partly, backwards, or not at all.
fn main() {
    let mut v: Vec<i32> = (0..10).collect();
    let d: Vec<i32> = v.drain(2..5).collect();
    println!("{:?} {:?}", d, v);
    let d: Vec<i32> = v.drain(..2).collect();
    println!("{:?} {:?}", d, v);
    let d: Vec<i32> = v.drain(3..).collect();
    println!("{:?} {:?}", d, v);
    let d: Vec<i32> = v.drain(0..=1).rev().collect();
    println!("{:?} {:?}", d, v);
    let d: Vec<i32> = v.drain(..).collect();
    println!("{:?} {:?}", d, v);

    let mut w = vec![String::from("a"), String::from("b"), String::from("c"), String::from("d")];
    {
        let mut it = w.drain(1..3);
        println!("{:?}", it.next());
        println!("{}", it.len());
    }
    println!("{:?}", w);
    w.drain(..1);
    println!("{:?}", w);
    let mut x = vec![1, 2, 3];
    let mut dr = x.drain(..);
    println!("{:?}", dr.next_back());
    println!("{:?}", dr.size_hint());
    drop(dr);
    println!("{:?}", x);
    let mut y = vec![5, 6, 7, 8];
    for n in y.drain(1..3) {
        print!("{n} ");
    }
    println!("{:?}", y);
}
