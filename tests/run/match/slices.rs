// Exhaustive matches on slices (variable length) and arrays (fixed length), with `..`,
// bindings of the rest.

fn describe(s: &[i32]) {
    match s {
        [] => println!("empty"),
        [x] => println!("one: {}", x),
        [first, second] => println!("two: {} {}", first, second),
        [first, .., last] => println!("many: {}..{}", first, last),
    }
}

fn starts(s: &[u8]) -> &'static str {
    match s {
        [b'a', ..] => "starts with a",
        [.., b'z'] => "ends with z",
        [_, _, ..] => "long",
        [_] | [] => "short",
    }
}

fn rest(s: &[u32]) -> u32 {
    match s {
        [] => 0,
        [head, tail @ ..] => head + rest(tail),
    }
}

fn array(a: [bool; 3]) -> u32 {
    match a {
        [true, true, true] => 3,
        [true, true, false] | [true, false, true] | [false, true, true] => 2,
        [true, ..] | [_, true, _] | [.., true] => 1,
        [false, false, false] => 0,
    }
}

fn array_rest(a: [u8; 4]) -> u8 {
    match a {
        [0, rest @ ..] => rest[0] + rest[1] + rest[2],
        [x, .., 0] => x,
        [_, y, z, _] => y + z,
    }
}

fn main() {
    for s in [&[][..], &[1], &[1, 2], &[1, 2, 3], &[1, 2, 3, 4]] {
        describe(s);
    }
    for s in [&b"abc"[..], b"xyz", b"qq", b"q", b""] {
        println!("{}", starts(s));
    }
    println!("{}", rest(&[1, 2, 3, 4]));
    for a in [[true, true, true], [true, false, true], [false, false, true], [false, false, false]] {
        println!("{:?} -> {}", a, array(a));
    }
    for a in [[0, 1, 2, 3], [5, 1, 1, 0], [5, 1, 2, 3]] {
        println!("{:?} -> {}", a, array_rest(a));
    }
}
