macro_rules! square {
    ($e:expr) => {
        $e * $e
    };
}

macro_rules! sum {
    () => { 0 };
    ($head:expr $(, $tail:expr)*) => {
        $head + sum!($($tail),*)
    };
}

fn main() {
    let a = square!(3 + 1);
    let b = sum!(1, 2, 3);
    let _ = (a, b);
}
