fn main() {
    let n = 7;
    let parity = if n % 2 == 0 {
        "even"
    } else if n > 100 {
        "big"
    } else {
        "odd"
    };
    let mut i = 0;
    while i < n {
        i += 1;
    }
    let found = 'search: loop {
        loop {
            if i == 3 {
                break 'search i;
            }
            i -= 1;
        }
    };
    let _ = (parity, found);
}
