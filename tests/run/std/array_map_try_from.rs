// [T; N]::map, arrays and array references from slices (TryFrom, try_into,
// TryFromSliceError), From<bool> for every integer and float type, and boxed str and slices
// from borrowed ones.
use std::array::TryFromSliceError;
use std::convert::TryFrom;

struct Noisy(u8);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn first_two(bytes: &[u8]) -> Result<[u8; 2], TryFromSliceError> {
    bytes[..2].try_into()
}

fn main() {
    // map
    let a = [1, 2, 3];
    println!("{:?} {:?}", a.map(|x| x * 10), a);
    let words = ["a", "bb", "ccc"].map(String::from);
    println!("{:?}", words.map(|s| s.len()));
    let mut count = 0;
    let squares = [0u64; 5].map(|_| {
        count += 1;
        count * count
    });
    println!("{:?} after {} calls", squares, count);
    let empty: [i32; 0] = [];
    println!("{:?}", empty.map(|x| x + 1));
    let noisy = [Noisy(1), Noisy(2)].map(|n| Noisy(n.0 * 10));
    println!("mapped {} {}", noisy[0].0, noisy[1].0);
    drop(noisy);

    // TryFrom<&[T]>
    let v = vec![10u8, 20, 30, 40];
    let arr = <[u8; 4]>::try_from(&v[..]);
    println!("{:?}", arr);
    let arr: Result<[u8; 3], _> = v.as_slice().try_into();
    println!("{:?}", arr);
    match <[u8; 3]>::try_from(&v[..]) {
        Ok(a) => println!("ok {:?}", a),
        Err(e) => println!("error: {} / {:?}", e, e),
    }
    let r: &[u8; 2] = v[1..3].try_into().unwrap();
    println!("{:?} {}", r, r.len());
    let r = <&[u8; 5]>::try_from(&v[..]);
    println!("{:?}", r);
    println!("{:?} {:?}", first_two(&v), first_two(&[7, 8, 9]));
    let mut m = [1, 2, 3, 4];
    {
        let tail: &mut [i32; 2] = (&mut m[2..]).try_into().unwrap();
        tail[0] = 30;
        tail[1] = 40;
    }
    let copy: [i32; 4] = (&mut m[..]).try_into().unwrap();
    println!("{:?} {:?}", m, copy);
    let strings = vec!["x".to_string(), "y".to_string()];
    let refs: &[String; 2] = strings.as_slice().try_into().unwrap();
    println!("{:?}", refs);
    let owned: [i32; 3] = vec![1, 2, 3].try_into().unwrap();
    println!("{:?}", owned);
    let bad: Result<[i32; 2], Vec<i32>> = vec![1, 2, 3].try_into();
    println!("{:?}", bad);
    let err = <[u8; 1]>::try_from(&[][..]).unwrap_err();
    let e: Box<dyn std::error::Error> = Box::new(err);
    println!("{}", e);

    // From<bool>
    println!("{} {} {} {} {} {}", i8::from(true), i16::from(false), i32::from(true), i64::from(true), i128::from(true), isize::from(true));
    println!("{} {} {} {} {} {}", u8::from(true), u16::from(true), u32::from(false), u64::from(true), u128::from(true), usize::from(true));
    println!("{} {}", f32::from(true), f64::from(false));
    let n: u16 = true.into();
    let total: i64 = [true, false, true, true].iter().map(|&b| i64::from(b)).sum();
    println!("{} {}", n, total);

    // Box<str> and Box<[T]> from borrowed data
    let b: Box<str> = Box::from("boxed");
    println!("{} {}", b, b.len());
    let b: Box<str> = "into".into();
    println!("{:?}", b);
    let s: Box<[i32]> = Box::from(&[1, 2, 3][..]);
    println!("{:?}", s);
    let s: Box<[u8]> = Box::from([4u8, 5]);
    println!("{:?} {}", s, s.len());
}
