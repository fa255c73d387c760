//! smelt's own standard library: its sources are embedded in the binary (see `build.rs`) and
//! served under a virtual directory; `SMELT_LIBRARY_DIR` points smelt at a checkout instead
//! (for working on the library without rebuilding smelt).

use std::io;
use std::path::{Path, PathBuf};

use smelt_expand::FileLoader;

include!(concat!(env!("OUT_DIR"), "/library_files.rs"));

/// The virtual directory the embedded library lives in. Diagnostics and `file!()` in the
/// library show paths under it.
pub const LIBRARY_ROOT: &str = "/smelt/library";

/// The library's crates, in dependency order: name, root file, and the crates it may name.
pub const CRATES: &[(&str, &str, &[&str])] = &[
    ("core", "core/src/lib.rs", &[]),
    ("alloc", "alloc/src/lib.rs", &["core"]),
    ("std", "std/src/lib.rs", &["core", "alloc"]),
];

/// Reads user files from disk and library files from the embedded table (or from
/// `SMELT_LIBRARY_DIR`).
pub struct DriverLoader {
    pub library_dir: Option<PathBuf>,
    /// The user's files read so far (`mod` files, `include!` and `include_str!`), in order:
    /// what `--emit=dep-info` lists after the crate root.
    user_files: std::cell::RefCell<Vec<PathBuf>>,
}

impl DriverLoader {
    pub fn from_env() -> DriverLoader {
        DriverLoader {
            library_dir: std::env::var_os("SMELT_LIBRARY_DIR").map(PathBuf::from),
            user_files: Default::default(),
        }
    }

    /// The user's files read through this loader, in the order they were read.
    pub fn user_files(&self) -> Vec<PathBuf> {
        self.user_files.borrow().clone()
    }

    /// The path of a library file, as the compiler names it.
    pub fn library_path(rel: &str) -> PathBuf {
        Path::new(LIBRARY_ROOT).join(rel)
    }

    fn library_rel(path: &Path) -> Option<String> {
        path.strip_prefix(LIBRARY_ROOT)
            .ok()
            .map(|p| p.to_string_lossy().replace('\\', "/"))
    }

    /// A hash of the library sources in use, for the compiled library's cache key.
    pub fn library_hash(&self) -> u64 {
        let Some(dir) = &self.library_dir else {
            return LIBRARY_HASH;
        };
        let mut files = Vec::new();
        collect(dir, &mut files);
        files.sort();
        let mut hash: u64 = 0xcbf29ce484222325;
        for f in files {
            let rel = f
                .strip_prefix(dir)
                .map(|p| p.to_string_lossy().replace('\\', "/"))
                .unwrap_or_default();
            let contents = std::fs::read(&f).unwrap_or_default();
            for b in rel.as_bytes().iter().chain(contents.iter()) {
                hash ^= u64::from(*b);
                hash = hash.wrapping_mul(0x100000001b3);
            }
        }
        hash
    }
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.filter_map(Result::ok) {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

impl FileLoader for DriverLoader {
    fn read_to_string(&self, path: &Path) -> io::Result<String> {
        if let Some(rel) = Self::library_rel(path) {
            if let Some(dir) = &self.library_dir {
                return std::fs::read_to_string(dir.join(rel));
            }
            return LIBRARY_FILES
                .iter()
                .find(|(p, _)| *p == rel)
                .map(|(_, s)| s.to_string())
                .ok_or_else(|| {
                    io::Error::new(
                        io::ErrorKind::NotFound,
                        "No such file or directory (os error 2)",
                    )
                });
        }
        let text = std::fs::read_to_string(path)?;
        self.user_files.borrow_mut().push(path.to_path_buf());
        Ok(text)
    }

    fn exists(&self, path: &Path) -> bool {
        if let Some(rel) = Self::library_rel(path) {
            if let Some(dir) = &self.library_dir {
                return dir.join(rel).is_file();
            }
            return LIBRARY_FILES.iter().any(|(p, _)| *p == rel);
        }
        path.is_file()
    }
}
