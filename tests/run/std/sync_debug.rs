// Debug output of std::sync types, which has a few quirks (Mutex quotes "<locked>").
use std::sync::*;
use std::sync::atomic::*;
fn main() {
    let m = Mutex::new(5);
    println!("{:?}", m);
    { let g = m.lock().unwrap(); println!("{:?} {:?} {}", m, g, *g); println!("{:?}", m.try_lock().is_err()); }
    let r = RwLock::new(vec![1]);
    println!("{:?}", r);
    { let g = r.read().unwrap(); println!("{:?} {:?}", r, g); }
    { let _g = r.write().unwrap(); println!("{:?}", r); }
    let o: OnceLock<i32> = OnceLock::new();
    println!("{:?}", o);
    o.set(1).unwrap();
    println!("{:?}", o);
    let a = AtomicUsize::new(3);
    println!("{:?} {}", a, a.fetch_add(1, Ordering::SeqCst));
    let b = AtomicBool::new(true);
    println!("{:?}", b);
    let arc = Arc::new(Mutex::new(1));
    println!("{:?}", arc);
    let ll = LazyLock::new(|| 4);
    println!("{:?}", ll); println!("{}", *ll); println!("{:?}", ll);
    let once = Once::new();
    println!("{:?}", once);
    once.call_once(|| println!("once"));
    println!("{:?}", once);
    println!("{:?}", m.lock());
    println!("{:?}", PoisonError::new(3));
    println!("{:?}", Ordering::SeqCst);
}
