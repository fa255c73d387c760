// Duration: constructors, accessors, arithmetic, float conversion (exact rounding), and
// Debug with precision, width, alignment and sign; Instant and SystemTime basics.
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

fn main() {
    let ds = [
        Duration::new(1, 500_000_000),
        Duration::from_millis(1500),
        Duration::from_micros(1),
        Duration::from_nanos(123),
        Duration::from_nanos(1_000_001),
        Duration::new(0, 999_999_999),
        Duration::from_secs(0),
        Duration::MAX,
        Duration::new(5, 5),
        Duration::from_micros(1500),
    ];
    for d in ds {
        println!("{:?} {:.2?} {:.0?} {:10?}| {:<10?}| {:>10?}| {:^12?}| {:+?} {:.12?}", d, d, d, d, d, d, d, d, d);
        println!("{} {} {} {} {} {}", d.as_secs(), d.as_millis(), d.as_micros(), d.as_nanos(), d.subsec_millis(), d.as_secs_f64());
    }
    println!("{:?} {:?}", Duration::from_secs_f64(2.7), Duration::from_secs_f32(0.1));
    println!("{:?} {:?}", Duration::from_secs_f64(1e-10), Duration::from_secs_f64(0.5e-9));
    println!("{:?} {:?}", Duration::try_from_secs_f64(-1.0), Duration::try_from_secs_f64(f64::NAN).is_err());
    println!("{:?} {:?}", Duration::new(1, 0).checked_sub(Duration::new(2, 0)), Duration::new(1, 0).saturating_sub(Duration::new(3, 0)));
    println!("{:?} {:?}", Duration::new(1, 600_000_000) * 3, Duration::new(1, 0) / 3);
    println!("{:?} {:?}", Duration::new(3, 0).mul_f64(0.5), Duration::from_secs(1).div_f64(3.0));
    println!("{:?}", [Duration::from_millis(3), Duration::from_millis(4)].iter().sum::<Duration>());
    let mut acc = Duration::ZERO;
    acc += Duration::from_millis(999);
    acc += Duration::from_millis(2);
    acc -= Duration::from_micros(1);
    println!("{:?} {} {}", acc, acc > Duration::from_secs(1), acc.is_zero());
    println!("{:?} {}", Duration::from_secs(90).as_secs_f32(), Duration::new(2, 0) == Duration::from_millis(2000));
    println!("{:?}", Duration::from_secs(1).abs_diff(Duration::from_millis(1500)));

    let start = Instant::now();
    let mut x = 0u64;
    for i in 0..1000 {
        x = x.wrapping_add(i);
    }
    let later = Instant::now();
    println!("{} {} {}", x, later >= start, later.duration_since(start) < Duration::from_secs(60));
    println!("{}", start.elapsed() < Duration::from_secs(60));
    println!("{:?}", start.duration_since(later + Duration::from_secs(1)));
    println!("{}", (start + Duration::from_millis(5)) - start == Duration::from_millis(5));
    let now = SystemTime::now();
    let since = now.duration_since(UNIX_EPOCH).unwrap();
    println!("{}", since.as_secs() > 1_600_000_000);
    let e = UNIX_EPOCH.duration_since(now).unwrap_err();
    println!("{} {}", e, e.duration() == since);
}
