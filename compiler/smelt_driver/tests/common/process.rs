//! Running a process with a deadline and capturing its output.
//!
//! std has no wait-with-timeout, so the child is polled (with a short, growing sleep) while
//! two threads drain its pipes; a child that outlives the deadline is killed.

use std::fmt;
use std::io::Read;
use std::process::{Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// How a process ended.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Status {
    Exited(i32),
    Signaled(i32),
    TimedOut(Duration),
}

impl Status {
    fn from_exit(status: ExitStatus) -> Status {
        if let Some(code) = status.code() {
            return Status::Exited(code);
        }
        #[cfg(unix)]
        {
            use std::os::unix::process::ExitStatusExt;
            if let Some(signal) = status.signal() {
                return Status::Signaled(signal);
            }
        }
        Status::Exited(-1)
    }

    /// The text of a `.run.exitcode` file (without newline): the code, or `signal N`.
    pub fn expectation(self) -> String {
        match self {
            Status::Exited(code) => code.to_string(),
            Status::Signaled(signal) => format!("signal {signal}"),
            Status::TimedOut(_) => "timeout".to_string(),
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Status::Exited(code) => write!(f, "exit code {code}"),
            Status::Signaled(signal) => write!(f, "killed by signal {signal}"),
            Status::TimedOut(limit) => {
                write!(f, "timed out after {} s and was killed", limit.as_secs())
            }
        }
    }
}

/// A finished process.
pub struct Finished {
    pub status: Status,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `cmd` with stdin closed, killing it after `timeout`.
pub fn run(cmd: &mut Command, timeout: Duration) -> Result<Finished, String> {
    let program = cmd.get_program().to_string_lossy().into_owned();
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start `{program}`: {e}"))?;

    let (stdout_tx, stdout_rx) = mpsc::channel();
    let (stderr_tx, stderr_rx) = mpsc::channel();
    if let Some(mut pipe) = child.stdout.take() {
        thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = pipe.read_to_end(&mut buf);
            let _ = stdout_tx.send(buf);
        });
    }
    if let Some(mut pipe) = child.stderr.take() {
        thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = pipe.read_to_end(&mut buf);
            let _ = stderr_tx.send(buf);
        });
    }

    let deadline = Instant::now() + timeout;
    let mut sleep = Duration::from_millis(1);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Status::from_exit(status),
            Ok(None) => {}
            Err(e) => return Err(format!("cannot wait for `{program}`: {e}")),
        }
        let now = Instant::now();
        if now >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            break Status::TimedOut(timeout);
        }
        thread::sleep(sleep.min(deadline - now));
        sleep = (sleep * 2).min(Duration::from_millis(50));
    };

    // A grandchild that inherited the pipes could keep them open after the child is gone:
    // give the readers a moment, then report what they have rather than hang.
    let collect = |rx: mpsc::Receiver<Vec<u8>>| {
        let bytes = rx.recv_timeout(Duration::from_secs(5)).unwrap_or_default();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    Ok(Finished {
        status,
        stdout: collect(stdout_rx),
        stderr: collect(stderr_rx),
    })
}
