//! Running one process and measuring it: wall-clock time and peak resident memory.
//!
//! Peak memory is `ru_maxrss` from `wait4(2)`. For a reaped child Linux reports the largest
//! RSS of the child itself and of every descendant it waited for, so a compiler's figure
//! covers the linker it ran too (the largest single process, not their sum). The child is
//! first waited for with `waitid(WNOWAIT)`, which leaves it a zombie: a watchdog thread can
//! then kill it on timeout without any risk of its pid having been reused.

use std::fs::File;
use std::io;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// How one measured process ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    Code(i32),
    Signal(i32),
    TimedOut,
}

impl std::fmt::Display for Exit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Exit::Code(code) => write!(f, "exit code {code}"),
            Exit::Signal(signal) => write!(f, "signal {signal}"),
            Exit::TimedOut => write!(f, "timed out"),
        }
    }
}

pub struct Measurement {
    pub exit: Exit,
    pub wall: Duration,
    /// Peak resident set size in KiB.
    pub peak_rss_kib: u64,
}

/// Runs `cmd` with stdin closed and stdout/stderr written to the given files, killing it
/// after `timeout`.
pub fn run(
    cmd: &mut Command,
    stdout: &Path,
    stderr: &Path,
    timeout: Duration,
) -> io::Result<Measurement> {
    cmd.stdin(Stdio::null())
        .stdout(File::create(stdout)?)
        .stderr(File::create(stderr)?);
    let start = Instant::now();
    let child = cmd.spawn()?;
    let pid = child.id() as libc::pid_t;

    let (done_tx, done_rx) = mpsc::channel::<()>();
    let watchdog = thread::spawn(move || {
        if done_rx.recv_timeout(timeout) == Err(mpsc::RecvTimeoutError::Timeout) {
            // SAFETY: plain syscall; the child is not reaped until this thread is joined,
            // so `pid` still names it.
            unsafe { libc::kill(pid, libc::SIGKILL) };
            true
        } else {
            false
        }
    });

    // Wait for the exit without reaping.
    loop {
        // SAFETY: `info` is a plain C struct that waitid fills in.
        let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
        let r = unsafe {
            libc::waitid(
                libc::P_PID,
                pid as libc::id_t,
                &mut info,
                libc::WEXITED | libc::WNOWAIT,
            )
        };
        if r == 0 {
            break;
        }
        let err = io::Error::last_os_error();
        if err.kind() != io::ErrorKind::Interrupted {
            return Err(err);
        }
    }
    let wall = start.elapsed();
    let _ = done_tx.send(());
    let timed_out = watchdog.join().unwrap_or(false);

    // Reap, collecting the resource usage.
    let mut status: libc::c_int = 0;
    // SAFETY: `usage` is a plain C struct that wait4 fills in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    if r != pid {
        return Err(io::Error::last_os_error());
    }
    // std's handle would otherwise try to wait for a pid that is gone; dropping it does not.
    drop(child);

    let exit = if timed_out {
        Exit::TimedOut
    } else if libc::WIFEXITED(status) {
        Exit::Code(libc::WEXITSTATUS(status))
    } else {
        Exit::Signal(libc::WTERMSIG(status))
    };
    Ok(Measurement {
        exit,
        wall,
        peak_rss_kib: usage.ru_maxrss.max(0) as u64,
    })
}
