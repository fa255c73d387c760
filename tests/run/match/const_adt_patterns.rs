// Constants of structs, enums, tuples and arrays used as patterns are looked into by the
// exhaustiveness check: a match covering every value through constants needs no `_` arm.
#[derive(PartialEq, Eq, Debug, Clone, Copy)]
enum Dir {
    North,
    South,
}

#[derive(PartialEq, Eq, Debug, Clone, Copy)]
struct Flag(bool);

#[derive(PartialEq, Eq, Debug)]
enum Wrap {
    Unit(()),
}

const NORTH: Dir = Dir::North;
const SOUTH: Dir = Dir::South;
const ON: Flag = Flag(true);
const OFF: Flag = Flag(false);
const PAIR: (bool, Dir) = (true, Dir::North);
const ZERO: [u8; 2] = [0, 0];
const W: Wrap = Wrap::Unit(());
const SOME_NORTH: Option<Dir> = Some(Dir::North);

fn name(d: Dir) -> &'static str {
    match d {
        NORTH => "north",
        SOUTH => "south",
    }
}

fn flag(f: Flag) -> u8 {
    match f {
        ON => 1,
        OFF => 0,
    }
}

fn pair(p: (bool, Dir)) -> u8 {
    match p {
        PAIR => 1,
        (true, Dir::South) => 2,
        (false, _) => 3,
    }
}

fn zero(a: [u8; 2]) -> bool {
    match a {
        ZERO => true,
        _ => false,
    }
}

fn opt(o: Option<Dir>) -> u8 {
    match o {
        SOME_NORTH => 1,
        Some(Dir::South) => 2,
        None => 0,
    }
}

fn main() {
    println!("{} {}", name(Dir::North), name(Dir::South));
    println!("{} {}", flag(Flag(true)), flag(Flag(false)));
    println!("{} {} {}", pair((true, Dir::North)), pair((true, Dir::South)), pair((false, Dir::North)));
    println!("{} {}", zero([0, 0]), zero([0, 1]));
    println!("{} {} {}", opt(Some(Dir::North)), opt(Some(Dir::South)), opt(None));
    match Wrap::Unit(()) {
        W => println!("wrap"),
    }
}
