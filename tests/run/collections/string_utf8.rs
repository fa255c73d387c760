// String::from_utf8 and its error, from_utf8_lossy.
fn main() {
    let ok = String::from_utf8(vec![104, 195, 169]).unwrap();
    println!("{} {}", ok, ok.len());
    let err = String::from_utf8(vec![97, 255, 98]).unwrap_err();
    println!("{}", err);
    println!("{:?}", err);
    println!("{:?} {}", err.as_bytes(), err.utf8_error().valid_up_to());
    println!("{:?}", err.utf8_error().error_len());
    let bytes = err.into_bytes();
    println!("{:?}", bytes);
    let trunc = String::from_utf8(vec![97, 0xE2, 0x82]).unwrap_err();
    println!("{} / {:?}", trunc, trunc.utf8_error().error_len());
    println!("{}", String::from_utf8_lossy(b"plain"));
    println!("{}", String::from_utf8_lossy(&[72, 0xFF, 105, 0xE2, 0x82]));
    let lossy = String::from_utf8_lossy(&[0xF0, 0x9F, 0x98, 0x80, 0xC0]);
    println!("{} {}", lossy, lossy.len());
    let r: Result<String, _> = String::from_utf8(Vec::new());
    println!("{:?}", r);
}
