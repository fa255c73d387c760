// std::io::Write on stdout/stderr handles and locks, BufWriter, Vec<u8>, Cursor, and
// io::Error's Debug and Display; stdin is empty (null) in the test harness.
use std::io::{self, BufRead, BufWriter, Cursor, ErrorKind, Read, Seek, SeekFrom, Write};

fn emit(out: &mut dyn Write, n: i32) -> io::Result<()> {
    writeln!(out, "dyn writer {}", n)
}

fn main() -> io::Result<()> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    writeln!(out, "hello {}", 5)?;
    write!(io::stdout(), "a{}b\n", 1)?;
    out.write_all(b"bytes\n")?;
    out.flush()?;
    print!("interleaved ");
    writeln!(out, "with print")?;
    {
        let mut w = BufWriter::new(io::stdout().lock());
        for i in 0..5 {
            write!(w, "{} ", i)?;
        }
        writeln!(w)?;
    }
    emit(&mut io::stdout(), 7)?;
    let mut v: Vec<u8> = Vec::new();
    write!(&mut v, "x={}", 42)?;
    emit(&mut v, 8)?;
    println!("{:?}", String::from_utf8(v).unwrap());

    let mut c = Cursor::new(b"line one\nline two\r\nlast".to_vec());
    let mut s = String::new();
    println!("{}", c.read_line(&mut s)?);
    println!("{:?} pos={}", s, c.position());
    let rest: Vec<String> = c.lines().map(|l| l.unwrap()).collect();
    println!("{:?}", rest);
    let mut w = Cursor::new(Vec::new());
    w.write_all(b"hello world")?;
    w.seek(SeekFrom::Start(6))?;
    w.write_all(b"WORLD!")?;
    println!("{:?}", String::from_utf8(w.into_inner()).unwrap());

    let mut r: &[u8] = b"abcdef";
    let mut buf = [0u8; 4];
    r.read_exact(&mut buf)?;
    println!("{:?} {:?}", buf, r);
    println!("{:?}", r.read_exact(&mut buf));
    let mut all = String::new();
    (&b"tail"[..]).read_to_string(&mut all)?;
    println!("{}", all);
    let words: Vec<Vec<u8>> = BufRead::split(&b"a,b,,c"[..], b',').map(|x| x.unwrap()).collect();
    println!("{:?}", words);

    let e = io::Error::new(ErrorKind::Other, "oh no");
    println!("{:?} | {} | {:?}", e, e, e.kind());
    let e = io::Error::other(format!("code {}", 3));
    println!("{:?} | {}", e, e);
    let e = io::Error::from_raw_os_error(2);
    println!("{:?} | {} | {:?} {:?}", e, e, e.kind(), e.raw_os_error());
    let e = io::Error::from(ErrorKind::UnexpectedEof);
    println!("{:?} | {}", e, e);
    println!("{} {:?}", ErrorKind::BrokenPipe, ErrorKind::InvalidData);

    let mut line = String::new();
    println!("stdin: {} {:?}", io::stdin().read_line(&mut line)?, line);
    println!("lines: {}", io::stdin().lock().lines().count());
    eprintln!("to stderr");
    writeln!(io::stderr(), "also stderr {}", 2)?;
    io::stderr().lock().write_all(b"raw stderr\n")?;
    Ok(())
}
