fn sum(xs: &[i32]) -> i32 {
    let mut total = 0;
    for x in xs {
        total += *x;
    }
    total
}

fn main() {
    let arr = [1, 2, 3, 4, 5];
    println!("{:?} len {}", arr, arr.len());
    println!("sum {}", sum(&arr));
    println!("slice {:?}", &arr[1..4]);
    println!("first {:?} last {:?}", arr.first(), arr.last());
    let mut grid = [[0u8; 3]; 2];
    grid[1][2] = 9;
    println!("{:?}", grid);
    let zeros = [0; 4];
    println!("{:?}", zeros);
    let t: (i32, (bool, char)) = (1, (true, 'x'));
    println!("{:?} {}", t, (t.1).1);
    let mut m = [5, 3, 8, 1];
    m.sort_unstable();
    println!("{:?}", m);
    m.reverse();
    println!("{:?}", m);
    println!("{}", m.contains(&8));
    let empty: [i32; 0] = [];
    println!("{:?} {}", empty, empty.is_empty());
    let (a, b) = arr.split_at(2);
    println!("{:?} {:?}", a, b);
    println!("{:?}", arr.iter().rev().collect_array());
}

trait CollectArray {
    fn collect_array(self) -> [i32; 5];
}

impl<'a, I: Iterator<Item = &'a i32>> CollectArray for I {
    fn collect_array(mut self) -> [i32; 5] {
        let mut out = [0; 5];
        let mut i = 0;
        while let Some(x) = self.next() {
            out[i] = *x;
            i += 1;
        }
        out
    }
}
