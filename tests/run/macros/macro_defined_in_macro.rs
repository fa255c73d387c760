// A macro defined inside a function body by another macro's expansion sees the locals the
// outer macro declared before it (rustc's macro-definition ribs), while its own `let`s stay
// hygienic.
macro_rules! with_log {
    ($name:ident, $first:expr) => {
        let log = vec![$first];
        let mut $name = log.clone();
        macro_rules! record {
            ($e:expr) => {
                $name.push($e)
            };
        }
        macro_rules! count_log {
            () => {
                log.len()
            };
        }
    };
}

macro_rules! shadow {
    ($v:ident) => {
        let x = 100;
        let $v = x + 1;
    };
}

fn main() {
    with_log!(entries, "start");
    record!("middle");
    record!("end");
    println!("{:?} {}", entries, count_log!());
    let x = 1;
    shadow!(y);
    println!("{} {}", x, y);
}
