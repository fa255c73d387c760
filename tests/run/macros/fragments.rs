// macro_rules! with every common fragment kind (expr, ident, ty, tt, literal, pat, block,
// stmt, path, item, lifetime, vis, meta), repetitions with `,` `;` and no separator, `*`,
// `+` and `?`, nested repetitions, several arms tried in order, recursion, and use in
// expression, statement, pattern, type and item position.
macro_rules! square {
    ($x:expr) => {
        $x * $x
    };
}

macro_rules! make_fn {
    ($vis:vis fn $name:ident() -> $t:ty $body:block) => {
        $vis fn $name() -> $t $body
    };
}

macro_rules! is_match {
    ($e:expr, $p:pat) => {
        match $e {
            $p => true,
            _ => false,
        }
    };
}

macro_rules! count {
    () => { 0usize };
    ($head:tt $($tail:tt)*) => { 1usize + count!($($tail)*) };
}

macro_rules! sum {
    ($($x:expr),* $(,)?) => { 0 $(+ $x)* };
}

macro_rules! lits {
    ($($l:literal);+) => { [$(stringify!($l)),+] };
}

macro_rules! maps {
    ($($k:ident => [$($v:expr),*]);* $(;)?) => {{
        let mut out = Vec::new();
        $( out.push((stringify!($k), vec![$($v),*])); )*
        out
    }};
}

macro_rules! kind {
    (0) => { "zero" };
    ($n:literal) => { "literal" };
    ($i:ident) => { "ident" };
    ($($t:tt)*) => { "tokens" };
}

macro_rules! call_path {
    ($p:path, $arg:expr) => { $p($arg) };
}

macro_rules! with_stmt {
    ($s:stmt; $e:expr) => {{ $s; $e }};
}

macro_rules! structs {
    ($(#[$m:meta])* $name:ident { $($f:ident : $t:ty),* }) => {
        $(#[$m])*
        struct $name { $($f: $t),* }
    };
}

macro_rules! longest {
    ($a:lifetime, $x:ident, $y:ident) => {
        fn pick<$a>($x: &$a str, $y: &$a str) -> &$a str {
            if $x.len() >= $y.len() { $x } else { $y }
        }
    };
}

macro_rules! pair_ty {
    ($t:ty) => { ($t, $t) };
}

macro_rules! point_pat {
    ($x:pat) => { Some(($x, _)) };
}

make_fn!(pub fn answer() -> i32 { 42 });
structs!(#[derive(Debug, Clone)] #[allow(dead_code)] Pair { a: i32, b: String });
longest!('a, first, second);

fn main() {
    println!("{}", square!(3 + 1));
    println!("{}", answer());
    println!("{} {}", is_match!(Some(3), Some(1..=5)), is_match!('x', 'a' | 'b'));
    println!("{}", count!(a b (c d) [e] {f g}));
    println!("{} {}", sum!(1, 2, 3,), sum!());
    println!("{:?}", lits!(1; "two"; 3.0; 'c'; true));
    println!("{:?}", maps!(odd => [1, 3, 5]; even => [2, 4]; none => []));
    println!("{} {} {} {}", kind!(0), kind!(7), kind!(x), kind!(a + b));
    println!("{}", call_path!(i32::abs, -5));
    println!("{}", with_stmt!(let y = 10; y * 2));
    let p = Pair { a: 1, b: "b".to_string() };
    println!("{:?}", p.clone());
    println!("{}", pick("short", "longer"));
    let t: pair_ty!(u8) = (1, 2);
    println!("{:?}", t);
    if let point_pat!(v) = Some((7, 8)) {
        println!("{}", v);
    }
}
