fn main() {
    println!("[{:5}]", 42);
    println!("[{:<5}]", 42);
    println!("[{:^5}]", 42);
    println!("[{:>5}]", "ab");
    println!("[{:*^9}]", "mid");
    println!("[{:05}]", -42);
    println!("[{:+}]", 7);
    println!("[{:#x}] [{:x}] [{:X}] [{:#b}] [{:o}]", 255, 255, 255, 5, 8);
    println!("[{:08.3}]", "truncated");
    println!("[{:.2}]", "abc");
    let w = 7;
    println!("[{:w$}]", 1);
    println!("[{:>1$}]", "r", 4);
    println!("[{0}-{0}-{1}]", "a", "b");
    let name = "smelt";
    println!("{name:>10}|{name:<10}|");
    println!("{{literal}} {}", 1);
    println!("[{:#010x}]", 255);
    println!("{:?} {:?}", (1, "a"), [Some(1), None]);
    println!("{:#?}", (1, [2, 3]));
    println!("[{:10?}]", Some(5));
    println!("{:x?}", [10, 255]);
}
