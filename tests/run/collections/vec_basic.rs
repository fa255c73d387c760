// Vec: construction, push/pop, length and capacity growth, indexing, iteration.
fn main() {
    let mut v: Vec<i32> = Vec::new();
    println!("{} {} {}", v.len(), v.capacity(), v.is_empty());
    for i in 0..10 {
        v.push(i * i);
        print!("{}/{} ", v.len(), v.capacity());
    }
    println!();
    println!("{:?}", v);
    println!("{} {} {}", v[0], v[3], v[9]);
    v[2] = 100;
    v[3] += 1;
    println!("{:?}", v);
    println!("{:?} {:?}", v.pop(), v.len());
    let mut e: Vec<u8> = Vec::new();
    println!("{:?}", e.pop());
    e.push(7);
    println!("{:?} cap {}", e, e.capacity());

    let w: Vec<String> = Vec::with_capacity(10);
    println!("{} {}", w.len(), w.capacity());

    let mut sum = 0;
    for x in &v {
        sum += *x;
    }
    println!("sum {}", sum);
    for x in &mut v {
        *x *= 2;
    }
    println!("{:?}", v);
    for (i, x) in v.iter().enumerate().skip(6) {
        println!("{i}: {x}");
    }
    let mut n = 0;
    for x in v {
        n += x;
    }
    println!("{}", n);

    let big: Vec<u64> = Vec::with_capacity(3);
    println!("{}", big.capacity());
    let mut words = Vec::new();
    words.push("a");
    words.push("bb");
    println!("{:?} {}", words, words.capacity());
    let mut large = Vec::new();
    large.push([0u8; 2000]);
    println!("{} {}", large.len(), large.capacity());
    println!("{:?}", v_first_last(&[5, 6, 7]));
}

fn v_first_last(s: &[i32]) -> (Option<&i32>, Option<&i32>) {
    let v = s.to_vec();
    let f = v.first().copied();
    let l = v.last().copied();
    println!("{:?} {:?}", f, l);
    (s.first(), s.last())
}
