// Loaded by `mod auxiliary;` in file_modules.rs (the `x/mod.rs` form).
pub mod shapes;

pub const COUNT: u32 = 10;

pub fn describe(a: &dyn shapes::Area) -> String {
    format!("area {}", a.area())
}
