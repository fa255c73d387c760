// FIXME: rustc drops `#[cfg]` attributes that held (`#[cfg(not(test))]`, `#[cfg(all())]`).
#[cfg(test)]
fn only_in_tests() {}

#[cfg(not(test))]
fn always() -> bool {
    cfg!(target_os = "linux")
}

#[cfg_attr(not(test), inline)]
fn inlined() {}

fn main() {
    #[cfg(any())]
    let x = 1;
    #[cfg(all())]
    let x = 2;
    inlined();
    let _ = (always(), x);
}
