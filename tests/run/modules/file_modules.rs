// Modules in files: `mod auxiliary;` loads `auxiliary/mod.rs`, whose `mod shapes;` loads
// `auxiliary/shapes.rs`, whose `mod geo;` loads `auxiliary/shapes/geo.rs`; paths through
// `crate`, `super` and `self`, re-exports with `pub use`, and `pub(crate)` items.
mod auxiliary;

use auxiliary::shapes::{self, geo::Point, Area};

fn main() {
    let sq = shapes::Square { side: 3 };
    let p = Point::origin().moved(2, 5);
    println!("{} {:?} {}", sq.area(), p, auxiliary::describe(&sq));
    println!("{}", auxiliary::shapes::geo::distance2(p, Point::origin()));
    println!("{}", auxiliary::COUNT + shapes::sides());
}
