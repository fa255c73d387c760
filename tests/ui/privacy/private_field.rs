// A private field read from outside its module: E0616.
mod shapes {
    pub struct Circle {
        radius: f64,
        pub name: &'static str,
    }

    impl Circle {
        pub fn new(radius: f64) -> Circle {
            Circle { radius, name: "circle" }
        }
    }
}

fn main() {
    let c = shapes::Circle::new(1.0);
    println!("{}", c.name);
    println!("{}", c.radius);
    //~^ ERROR field `radius` of struct `Circle` is private
}
