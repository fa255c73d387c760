struct View<'a> {
    data: &'a [i32],
}

fn view<'a>() -> View<'a> {
    let data = [1, 2, 3];
    View { data: &data } //~ ERROR cannot return value referencing local variable `data`
}

fn main() {
    println!("{}", view().data.len());
}
