// Panic locations count display columns as rustc does (a tab is 4, a wide character 2),
// while column!() counts characters.
fn main() {
	let c = column!(); let s = "日本"; let d = column!(); println!("{} {} {}", c, d, s);
	let o: Option<u8> = std::hint::black_box(None); let _w = "語"; o.unwrap();
}
