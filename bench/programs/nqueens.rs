// N-queens by backtracking over bitmasks: recursion and bit operations.

fn solve(n: u64, row: u64, columns: u64, diagonals: u64, antidiagonals: u64) -> u64 {
    if row == n {
        return 1;
    }
    let all: u64 = (1 << n) - 1;
    let mut free = all & !(columns | diagonals | antidiagonals);
    let mut count: u64 = 0;
    while free != 0 {
        let bit = free & (!free + 1);
        free ^= bit;
        count += solve(
            n,
            row + 1,
            columns | bit,
            ((diagonals | bit) << 1) & all,
            (antidiagonals | bit) >> 1,
        );
    }
    count
}

fn main() {
    for n in 4..14 {
        println!("{} queens: {} solutions", n, solve(n, 0, 0, 0, 0));
    }
}
