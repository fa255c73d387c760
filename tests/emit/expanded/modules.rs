mod geometry {
    pub mod shapes {
        pub fn square(x: u32) -> u32 {
            x * x
        }
    }

    pub use self::shapes::square;
}

use geometry::square;

fn main() {
    let _ = square(3) + geometry::shapes::square(2);
}
