macro_rules! square {
    ($x:expr) => {
        $x * $x
    };
}

macro_rules! maximum {
    ($x:expr) => { $x };
    ($x:expr, $($rest:expr),+) => {{
        let a = $x;
        let b = maximum!($($rest),+);
        if a > b { a } else { b }
    }};
}

macro_rules! make_struct {
    ($name:ident { $($field:ident : $ty:ty),* }) => {
        #[derive(Debug)]
        struct $name {
            $($field: $ty),*
        }
    };
}

macro_rules! count {
    () => { 0usize };
    ($head:tt $($tail:tt)*) => { 1usize + count!($($tail)*) };
}

make_struct!(Config { width: u32, name: &'static str });

macro_rules! hygiene {
    ($e:expr) => {{
        let x = 100;
        $e + x
    }};
}

fn main() {
    println!("{}", square!(7));
    println!("{}", square!(2 + 3));
    println!("{}", maximum!(3, 9, 4, 1));
    let c = Config { width: 3, name: "c" };
    println!("{:?}", c);
    println!("{}", count!(a b c d e));
    let x = 1;
    println!("{}", hygiene!(x));
    println!("{}", stringify!(a + b * c));
    println!("{}", concat!("a", 1, 2.5, true, 'c'));
    println!("{}:{}", file!(), line!());
    println!("{}", module_path!());
    println!("{}", matches!(Some(3), Some(n) if n > 2));
}
