// Atomics in statics and locals (one thread, so only the results matter).
use std::sync::atomic::{self, AtomicBool, AtomicI32, AtomicPtr, AtomicU8, AtomicUsize, Ordering};

static NEXT_ID: AtomicUsize = AtomicUsize::new(1);
static READY: AtomicBool = AtomicBool::new(false);

fn next_id() -> usize {
    NEXT_ID.fetch_add(1, Ordering::Relaxed)
}

fn main() {
    println!("{} {} {}", next_id(), next_id(), next_id());
    READY.store(true, Ordering::Release);
    println!("{}", READY.load(Ordering::Acquire));

    let a = AtomicI32::new(10);
    println!("{}", a.fetch_sub(3, Ordering::SeqCst));
    println!("{:?}", a.compare_exchange(7, 70, Ordering::SeqCst, Ordering::SeqCst));
    println!("{:?}", a.compare_exchange(7, 700, Ordering::SeqCst, Ordering::Relaxed));
    println!("{} {}", a.fetch_max(100, Ordering::SeqCst), a.fetch_min(-1, Ordering::SeqCst));
    println!("{:?}", a.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |x| if x < 0 { Some(x * 2) } else { None }));
    println!("{:?} {}", a, a.swap(5, Ordering::SeqCst));
    let b = AtomicU8::new(250);
    b.fetch_add(10, Ordering::SeqCst);
    println!("{} {}", b.load(Ordering::SeqCst), b.fetch_or(0x80, Ordering::SeqCst));
    let mut b = b;
    *b.get_mut() = 1;
    println!("{}", b.into_inner());
    let flag = AtomicBool::new(true);
    println!("{} {} {:?}", flag.fetch_xor(true, Ordering::SeqCst), flag.fetch_not(Ordering::SeqCst), flag);
    let mut x = 5;
    let p = AtomicPtr::new(&mut x as *mut i32);
    unsafe { *p.load(Ordering::SeqCst) += 1 };
    println!("{}", x);
    atomic::fence(Ordering::SeqCst);
    println!("{:?}", Ordering::AcqRel);
}
