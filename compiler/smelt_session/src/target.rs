//! Target descriptions: what `#[cfg(target_*)]` sees, the data layout the type system uses and
//! what the linker needs. A port to a new OS adds one description here and one platform module
//! in the library.

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum Endian {
    Little,
    Big,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Target {
    /// `x86_64-unknown-linux-gnu`.
    pub triple: String,
    pub arch: String,
    pub os: String,
    pub env: String,
    pub vendor: String,
    /// `target_family` values (`unix`).
    pub families: Vec<String>,
    pub pointer_width: u32,
    pub endian: Endian,
    /// Alignment of `i128`/`u128` in bytes.
    pub i128_align: u64,
    /// The widest atomic operation in bits.
    pub max_atomic_width: u32,
    /// Whether executables are linked statically by default (musl).
    pub crt_static_default: bool,
    /// The C compiler used as the linker driver.
    pub linker: String,
}

impl Target {
    /// The target smelt itself runs on.
    pub fn host() -> Target {
        let triple = if cfg!(target_arch = "aarch64") {
            "aarch64-unknown-linux-gnu"
        } else {
            "x86_64-unknown-linux-gnu"
        };
        Target::builtin(triple).expect("the host triple is a built-in target")
    }

    pub fn builtin(triple: &str) -> Option<Target> {
        let (arch, env) = match triple {
            "x86_64-unknown-linux-gnu" => ("x86_64", "gnu"),
            "x86_64-unknown-linux-musl" => ("x86_64", "musl"),
            "aarch64-unknown-linux-gnu" => ("aarch64", "gnu"),
            "aarch64-unknown-linux-musl" => ("aarch64", "musl"),
            _ => return None,
        };
        Some(Target {
            triple: triple.to_string(),
            arch: arch.to_string(),
            os: "linux".to_string(),
            env: env.to_string(),
            vendor: "unknown".to_string(),
            families: vec!["unix".to_string()],
            pointer_width: 64,
            endian: Endian::Little,
            i128_align: 16,
            max_atomic_width: if arch == "x86_64" { 64 } else { 128 },
            crt_static_default: env == "musl",
            linker: "cc".to_string(),
        })
    }

    pub const BUILTIN_TRIPLES: &'static [&'static str] = &[
        "x86_64-unknown-linux-gnu",
        "x86_64-unknown-linux-musl",
        "aarch64-unknown-linux-gnu",
        "aarch64-unknown-linux-musl",
    ];

    pub fn pointer_size(&self) -> u64 {
        u64::from(self.pointer_width / 8)
    }
}
