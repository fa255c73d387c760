// try_lock and RwLock counting readers.
use std::sync::*;
fn main() {
    let m = Mutex::new(5);
    let e = m.try_lock();
    println!("{:?}", e.is_ok()); drop(e);
    let g = m.lock().unwrap();
    match m.try_lock() { Err(e) => println!("{:?} {}", e, e), Ok(_) => {} }
    drop(g);
    let r = RwLock::new(1);
    let a = r.read().unwrap();
    let b = r.read().unwrap();
    println!("{:?}", r.try_write().is_err());
    drop(b); drop(a);
    println!("{:?}", r.into_inner());
}
