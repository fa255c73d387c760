// `#[derive(Default)]` on enums (the `#[default]` variant, no bounds on parameters);
// enum paths to associated functions; destructuring assignment with `..`; `clone` of a
// `Box<T>` in generic code.
#[derive(Debug, Default, PartialEq)]
enum Mode {
    #[default]
    Off,
    #[allow(dead_code)]
    On(u8),
}

struct NotDefault;

#[derive(Default)]
enum Maybe<T> {
    #[default]
    Nothing,
    #[allow(dead_code)]
    Just(T),
}

fn dup<T: Clone>(b: Box<T>) -> (Box<T>, Box<T>) {
    (b.clone(), b)
}

fn main() {
    println!("{:?}", Mode::default());
    println!("{}", matches!(Maybe::<NotDefault>::default(), Maybe::Nothing));
    let (mut a, mut b);
    (a, .., b) = (1, 2, 3);
    println!("{} {}", a, b);
    (..) = (4, 5);
    (b, ..) = (6, 7, 8);
    ((a, _), ..) = ((9, 10), 11);
    println!("{} {}", a, b);
    let (x, y) = dup(Box::new(String::from("boxed")));
    println!("{} {}", x, y);
}
