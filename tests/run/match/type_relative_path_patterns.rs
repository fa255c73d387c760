#[derive(Debug, Clone, Copy, PartialEq)]
enum Color { Red, Green, Rgb(u8, u8, u8), Named { name: u8 } }
type C = Color;
impl Color {
    const DEFAULT: Color = Color::Green;
    fn code(&self) -> u32 {
        match self {
            Self::Red => 1,
            Self::Green => 2,
            Self::Rgb(r, _, _) => *r as u32,
            Self::Named { name } => *name as u32,
        }
    }
    fn is_default(self) -> bool { match self { Self::DEFAULT => true, _ => false } }
}
fn main() {
    println!("{} {} {}", Color::Red.code(), C::Rgb(7, 0, 0).code(), Color::Named { name: 9 }.code());
    match C::Green { C::Green => println!("alias ok"), _ => {} }
    println!("{} {}", Color::Green.is_default(), Color::Red.is_default());
    let x = 200u8;
    match x { u8::MIN..=9 => println!("low"), 10..=u8::MAX => println!("high") }
}
