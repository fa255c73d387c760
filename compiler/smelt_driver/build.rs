//! Embeds the library sources (`library/` at the repository root) into the binary, so smelt
//! is one self-contained file. Generates `$OUT_DIR/library_files.rs`: a table of
//! `(relative path, contents)` and a hash of all of them (the library cache key).

use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

fn main() {
    let manifest =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let library = manifest
        .join("../../library")
        .canonicalize()
        .expect("the library/ directory exists");
    let mut files = Vec::new();
    collect(&library, &mut files);
    let mut table = String::from("pub static LIBRARY_FILES: &[(&str, &str)] = &[\n");
    let mut hash: u64 = 0xcbf29ce484222325;
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let rel = f
            .strip_prefix(&library)
            .expect("inside library/")
            .to_string_lossy()
            .replace('\\', "/");
        let contents = std::fs::read(f).expect("library file is readable");
        for b in rel.as_bytes().iter().chain(contents.iter()) {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x100000001b3);
        }
        table.push_str(&format!(
            "    ({rel:?}, include_str!({:?})),\n",
            f.display().to_string()
        ));
    }
    table.push_str("];\n");
    table.push_str(&format!("pub const LIBRARY_HASH: u64 = {hash:#x};\n"));
    // The compiler's own sources: compiled library objects depend on them too (symbol
    // names, code generation), so they are part of the cache key.
    let compiler = manifest
        .join("..")
        .canonicalize()
        .expect("the compiler/ directory exists");
    let mut sources = Vec::new();
    collect(&compiler, &mut sources);
    let mut chash: u64 = 0xcbf29ce484222325;
    for f in &sources {
        if f.components().any(|c| c.as_os_str() == "tests") {
            continue;
        }
        println!("cargo:rerun-if-changed={}", f.display());
        let contents = std::fs::read(f).expect("compiler source is readable");
        let rel = f
            .strip_prefix(&compiler)
            .unwrap_or(f)
            .to_string_lossy()
            .into_owned();
        for b in rel.bytes().chain(contents.iter().copied()) {
            chash ^= u64::from(b);
            chash = chash.wrapping_mul(0x100000001b3);
        }
    }
    table.push_str(&format!("pub const COMPILER_HASH: u64 = {chash:#x};\n"));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("library_files.rs");
    std::fs::write(out, table).expect("OUT_DIR is writable");
}
