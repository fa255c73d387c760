// The Mandelbrot set in fixed-point integer arithmetic: signed multiplications and shifts.

const SCALE_BITS: i64 = 12;

fn escape_time(cx: i64, cy: i64, max_iterations: i64) -> i64 {
    let mut x: i64 = 0;
    let mut y: i64 = 0;
    let mut i: i64 = 0;
    while i < max_iterations {
        let xx = (x * x) >> SCALE_BITS;
        let yy = (y * y) >> SCALE_BITS;
        if xx + yy > (4 << SCALE_BITS) {
            return i;
        }
        let xy = (x * y) >> SCALE_BITS;
        x = xx - yy + cx;
        y = 2 * xy + cy;
        i += 1;
    }
    max_iterations
}

fn main() {
    let width: i64 = 72;
    let height: i64 = 28;
    let one: i64 = 1 << SCALE_BITS;
    let mut checksum: i64 = 0;
    for row in 0..height {
        for column in 0..width {
            // The view spans x in [-2.2, 0.8] and y in [-1.2, 1.2].
            let cx = -(one * 22 / 10) + column * (one * 3) / width;
            let cy = -(one * 12 / 10) + row * (one * 24 / 10) / height;
            let t = escape_time(cx, cy, 500);
            checksum += t;
            if t >= 500 {
                print!("#");
            } else if t > 12 {
                print!("+");
            } else if t > 5 {
                print!(".");
            } else {
                print!(" ");
            }
        }
        println!();
    }
    let mut fine: i64 = 0;
    for row in 0..500 {
        for column in 0..500 {
            let cx = -(one * 2) + column * (one * 5 / 2) / 500;
            let cy = -one + row * (one * 2) / 500;
            fine += escape_time(cx, cy, 200);
        }
    }
    println!("checksum: {} {}", checksum, fine);
}
