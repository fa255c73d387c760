fn main() {
    let mut args = Vec::new();
    for (i, a) in std::env::args_os().enumerate().skip(1) {
        match a.into_string() {
            Ok(s) => args.push(s),
            Err(a) => {
                eprintln!("error: argument {i} is not valid Unicode: {a:?}");
                eprintln!();
                std::process::exit(1);
            }
        }
    }
    std::process::exit(smelt_driver::driver::run(args));
}
