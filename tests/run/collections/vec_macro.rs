// The vec! macro in its three forms.
#[derive(Clone, Debug)]
struct P {
    x: i32,
}

fn main() {
    let a: Vec<i32> = vec![];
    let b = vec![1, 2, 3,];
    let c = vec![0u8; 5];
    let d = vec![String::from("ab"); 3];
    let e = vec![P { x: 1 }; 2];
    let f = vec![vec![0; 2]; 3];
    let g = vec![Some(1), None];
    let h: Vec<Vec<i32>> = vec![vec![]; 0];
    println!("{:?} {:?} {:?}", a, b, c);
    println!("{:?} {:?}", d, e);
    println!("{:?} {:?} {:?}", f, g, h);
    println!("{} {}", b.capacity(), c.capacity());
    let n = 4;
    let z = vec![n * 2; n];
    println!("{:?}", z);
    let s = std::vec![1];
    println!("{:?}", s);
    let mut grid = vec![vec!['.'; 3]; 2];
    grid[1][2] = '#';
    for row in &grid {
        let line: String = row.iter().collect();
        println!("{}", line);
    }
}
