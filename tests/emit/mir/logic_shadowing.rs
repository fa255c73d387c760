fn classify(x: i32, flag: bool) -> u8 {
    let x = x * 2;
    let x = if x > 10 && flag {
        1
    } else if x < 0 || !flag {
        2
    } else {
        3
    };
    x
}

fn main() {
    let _ = classify(4, true);
}
