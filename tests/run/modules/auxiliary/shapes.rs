// Loaded by `mod shapes;` in auxiliary/mod.rs (the `x.rs` form); its own `mod geo;` is in
// auxiliary/shapes/geo.rs.
pub mod geo;

pub trait Area {
    fn area(&self) -> u32;
}

pub struct Square {
    pub side: u32,
}

impl Area for Square {
    fn area(&self) -> u32 {
        self.side * self.side
    }
}

pub(crate) fn sides() -> u32 {
    self::geo::CORNERS + super::COUNT - crate::auxiliary::COUNT
}
