// Items that are not visible from where they are named: E0603 for a private function or
// constant named by path or imported, with a note pointing at the definition.
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

    fn helper() -> u32 {
        1
    }

    const SECRET: u32 = 7;

    pub mod inner {
        pub(super) fn only_for_parent() {}
    }
}

use shapes::helper as h;
//~^ ERROR function `helper` is private

fn main() {
    let c = shapes::Circle::new(1.0);
    println!("{}", c.name);
    shapes::helper();
    //~^ ERROR function `helper` is private
    let _ = shapes::SECRET;
    //~^ ERROR constant `SECRET` is private
    shapes::inner::only_for_parent();
    //~^ ERROR function `only_for_parent` is private
}
