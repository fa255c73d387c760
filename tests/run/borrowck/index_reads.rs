// Values read through an index are read before the place being assigned is borrowed.

fn main() {
    let mut v = vec![1, 2, 3];
    let i = 0;
    let j = 2;
    v[i] += v[j];
    v[1] = v[0] + v[2];
    v[2] *= v[1];
    println!("{:?}", v);

    let mut grid = vec![vec![1, 2], vec![3, 4]];
    grid[0][1] += grid[1][0];
    let last = grid.len() - 1;
    grid[last][1] = grid[0][0] * 10;
    println!("{:?}", grid);

    let mut words = vec![String::from("a"), String::from("b")];
    let copy = words[1].clone();
    words[0].push_str(&copy);
    words.insert(0, words[1].clone());
    println!("{:?}", words);
}
