// Arc<Mutex<T>> and Arc<RwLock<T>> as shared state, OnceLock, LazyLock and Once.
use std::sync::{Arc, LazyLock, Mutex, Once, OnceLock, RwLock};

static CONFIG: OnceLock<String> = OnceLock::new();
static INIT: Once = Once::new();
// A fn item, not a closure: smelt cannot yet turn a closure into a fn pointer in a static.
static TABLE: LazyLock<Vec<u32>> = LazyLock::new(squares);

fn squares() -> Vec<u32> {
    (1..=5).map(|x| x * x).collect()
}

fn config() -> &'static str {
    CONFIG.get_or_init(|| String::from("default"))
}

fn main() {
    let counter = Arc::new(Mutex::new(0));
    let handles: Vec<Arc<Mutex<i32>>> = (0..4).map(|_| Arc::clone(&counter)).collect();
    for (i, h) in handles.iter().enumerate() {
        *h.lock().unwrap() += i as i32;
    }
    println!("count = {} strong = {}", *counter.lock().unwrap(), Arc::strong_count(&counter));
    drop(handles);
    let m = Arc::try_unwrap(counter).unwrap();
    println!("{:?}", m.into_inner());

    let shared = Arc::new(RwLock::new(vec![1, 2]));
    {
        let r1 = shared.read().unwrap();
        let r2 = shared.read().unwrap();
        println!("{} {}", r1.len(), r2[1]);
    }
    shared.write().unwrap().push(3);
    println!("{:?}", shared.read().unwrap());

    println!("{}", config());
    println!("{:?}", CONFIG.set(String::from("late")));
    for _ in 0..3 {
        INIT.call_once(|| println!("init ran"));
    }
    println!("{}", INIT.is_completed());
    println!("{:?} {}", *TABLE, TABLE[4]);
}
