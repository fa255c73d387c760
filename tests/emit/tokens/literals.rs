fn main() {
    let _a = 1_000u32;
    let _b = 0xff_u8;
    let _c = 0o17i64;
    let _d = 0b1010_1010u16;
    let _e = b'a';
    let _f = 'x';
    let _g = "tab\there";
    let _h = r#"raw "quoted""#;
    let _i = 2.5e3f64;
    let _j = true;
}
