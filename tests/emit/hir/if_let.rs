fn first_even(a: Option<u8>, b: Option<u8>) -> u8 {
    if let Some(x) = a {
        if x % 2 == 0 {
            return x;
        }
    } else if let Some(y) = b {
        return y;
    }
    let mut c = b;
    while let Some(v) = c {
        c = if v > 0 { Some(v - 1) } else { None };
    }
    0
}

fn main() {
    let _ = first_even(Some(3), None);
}
