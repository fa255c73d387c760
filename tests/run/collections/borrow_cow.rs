// ToOwned, Borrow and Cow.
use std::borrow::{Borrow, Cow};

fn normalize(s: &str) -> Cow<'_, str> {
    if s.contains(' ') {
        Cow::Owned(s.replace(' ', "_"))
    } else {
        Cow::Borrowed(s)
    }
}

fn total<T: Borrow<[i32]>>(v: T) -> i32 {
    v.borrow().iter().sum()
}

fn main() {
    let a = normalize("no_spaces");
    let b = normalize("has some spaces");
    println!("{} {} {} {}", a, matches!(a, Cow::Borrowed(_)), b, matches!(b, Cow::Owned(_)));
    println!("{:?} {:?}", a, b);
    println!("{}", a.len() + b.len());
    let mut c = a.clone();
    c.to_mut().push_str("!");
    println!("{} {}", c, matches!(c, Cow::Owned(_)));
    let owned: String = b.into_owned();
    println!("{}", owned);
    println!("{}", a == "no_spaces");
    println!("{}", a == Cow::Borrowed("no_spaces"));
    let joined = Cow::Borrowed("ab") + "cd";
    println!("{}", joined);
    let mut e: Cow<str> = Cow::Borrowed("");
    e += "x";
    e += "y";
    println!("{} {}", e, matches!(e, Cow::Owned(_)));

    let s: &str = "slice";
    let o: String = s.to_owned();
    let arr = [1, 2, 3];
    let v: Vec<i32> = arr[..].to_owned();
    let n: i32 = 5.to_owned();
    println!("{} {:?} {}", o, v, n);
    let cv: Cow<[i32]> = Cow::Borrowed(&arr[..2]);
    println!("{:?} {}", cv, cv.len());
    let cv2: Cow<[i32]> = Cow::Owned(vec![9]);
    println!("{:?}", cv2.into_owned());
    println!("{} {} {}", total(vec![1, 2]), total([3, 4]), total(&[5][..]));
    let bs: &str = o.borrow();
    println!("{}", bs);
    let from: Cow<str> = String::from("conv").into();
    let from2: Cow<str> = "conv2".into();
    println!("{} {}", from, from2);
}
