// step_by: forward, backward (DoubleEndedIterator over an exact-size iterator), after a first
// next(), and its len(), for several lengths and steps.
fn main() {
    for (a, s) in [(0, 20), (0, 21), (3, 4), (5, 5), (0, 1)] {
        for st in 1..5 {
            let f: Vec<i32> = (a..s).step_by(st).collect();
            let b: Vec<i32> = (a..s).step_by(st).rev().collect();
            let mut it = (a..s).step_by(st);
            let x = it.next();
            let y: Vec<i32> = it.rev().collect();
            println!("{:?} {:?} {:?} {:?} {}", f, b, x, y, (a..s).step_by(st).len());
        }
    }
}
