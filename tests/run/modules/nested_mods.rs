mod geometry {
    pub mod shapes {
        #[derive(Debug)]
        pub struct Circle {
            pub radius: u32,
            id: u32,
        }

        impl Circle {
            pub fn new(radius: u32) -> Circle {
                Circle { radius, id: super::next_id() }
            }

            pub fn id(&self) -> u32 {
                self.id
            }
        }
    }

    fn next_id() -> u32 {
        7
    }

    pub use self::shapes::Circle;

    pub fn describe(c: &Circle) -> u32 {
        c.radius * 2
    }
}

mod util {
    pub(crate) fn double(x: u32) -> u32 {
        x * 2
    }

    pub mod inner {
        pub fn quad(x: u32) -> u32 {
            super::double(super::double(x))
        }
    }
}

use geometry::Circle;
use util::inner::quad;

fn main() {
    let c = Circle::new(5);
    println!("{:?} {} {}", c, c.id(), geometry::describe(&c));
    println!("{}", quad(3));
    println!("{}", crate::util::double(21));
}
