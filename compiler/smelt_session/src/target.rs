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
    /// `target_abi` (empty for the Linux targets).
    pub abi: String,
    /// The target features every program may assume (`sse2` on x86_64, `neon` on aarch64).
    pub base_features: Vec<String>,
    /// The LLVM data layout string, when a target specification file gave one.
    pub data_layout: Option<String>,
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
            abi: String::new(),
            base_features: base_features(arch),
            data_layout: None,
        })
    }

    /// The built-in target named `triple`, or the target described by a JSON target
    /// specification file when `triple` ends in `.json` (rustc's rule).
    pub fn load(triple: &str) -> Result<Target, TargetError> {
        if triple.ends_with(".json") {
            let path = std::path::Path::new(triple);
            let text = std::fs::read_to_string(path)
                .map_err(|_| TargetError::FileNotFound(triple.to_string()))?;
            let name = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            return Target::from_json(&name, &text).map_err(TargetError::Invalid);
        }
        Target::builtin(triple).ok_or_else(|| TargetError::Unknown(triple.to_string()))
    }

    /// Reads a rustc target specification (`rustc -Z unstable-options --print target-spec-json`).
    /// Only the keys smelt uses are read: `llvm-target`, `arch`, `os`, `env`, `vendor`, `abi`,
    /// `target-family`, `target-pointer-width`, `target-endian`, `data-layout`,
    /// `max-atomic-width`, `crt-static-default`, `linker` and `features`.
    pub fn from_json(name: &str, text: &str) -> Result<Target, String> {
        let json = json::parse(text)?;
        let json::Value::Object(fields) = json else {
            return Err("expected a JSON object".to_string());
        };
        let get = |key: &str| fields.iter().find(|(k, _)| k == key).map(|(_, v)| v);
        let string = |key: &str| -> Result<Option<String>, String> {
            match get(key) {
                None => Ok(None),
                Some(json::Value::String(s)) => Ok(Some(s.clone())),
                Some(_) => Err(format!("target option `{key}` must be a string")),
            }
        };
        let number = |key: &str| -> Result<Option<u64>, String> {
            match get(key) {
                None => Ok(None),
                Some(json::Value::Number(n)) => Ok(Some(*n)),
                // Older specifications wrote `"target-pointer-width": "64"`.
                Some(json::Value::String(s)) => s
                    .parse()
                    .map(Some)
                    .map_err(|_| format!("target option `{key}` must be a number")),
                Some(_) => Err(format!("target option `{key}` must be a number")),
            }
        };
        // rustc requires `llvm-target`; smelt has no use for it beyond that.
        string("llvm-target")?.ok_or("missing field `llvm-target`")?;
        let arch = string("arch")?.ok_or("missing field `arch`")?;
        let pointer_width =
            number("target-pointer-width")?.ok_or("missing field `target-pointer-width`")?;
        if !matches!(pointer_width, 16 | 32 | 64) {
            return Err(format!("unrecognized target-pointer-width {pointer_width}"));
        }
        let endian = match string("target-endian")?.as_deref() {
            None | Some("little") => Endian::Little,
            Some("big") => Endian::Big,
            Some(other) => return Err(format!("unknown endian: `{other}`")),
        };
        let families = match get("target-family") {
            None => Vec::new(),
            Some(json::Value::String(s)) => vec![s.clone()],
            Some(json::Value::Array(items)) => items
                .iter()
                .map(|v| match v {
                    json::Value::String(s) => Ok(s.clone()),
                    _ => Err("target option `target-family` must be a list of strings".to_string()),
                })
                .collect::<Result<_, _>>()?,
            Some(_) => {
                return Err("target option `target-family` must be a list of strings".to_string())
            }
        };
        let crt_static_default = match get("crt-static-default") {
            None => false,
            Some(json::Value::Bool(b)) => *b,
            Some(_) => {
                return Err("target option `crt-static-default` must be a boolean".to_string())
            }
        };
        let mut base_features = base_features(&arch);
        if let Some(features) = string("features")? {
            for f in features.split(',') {
                if let Some(name) = f.strip_prefix('+') {
                    if !base_features.iter().any(|b| b == name) {
                        base_features.push(name.to_string());
                    }
                } else if let Some(name) = f.strip_prefix('-') {
                    base_features.retain(|b| b != name);
                }
            }
            base_features.sort();
        }
        let pointer_width = pointer_width as u32;
        let max_atomic_width = number("max-atomic-width")?
            .map(|n| n as u32)
            .unwrap_or(pointer_width);
        Ok(Target {
            triple: name.to_string(),
            i128_align: if arch == "x86_64" || arch == "aarch64" {
                16
            } else {
                8
            },
            os: string("os")?.unwrap_or_else(|| "none".to_string()),
            env: string("env")?.unwrap_or_default(),
            vendor: string("vendor")?.unwrap_or_else(|| "unknown".to_string()),
            families,
            pointer_width,
            endian,
            max_atomic_width,
            crt_static_default,
            linker: string("linker")?.unwrap_or_else(|| "cc".to_string()),
            abi: string("abi")?.unwrap_or_default(),
            base_features,
            data_layout: string("data-layout")?,
            arch,
        })
    }

    /// The features `feature` turns on with it (`avx2` implies `avx`), as rustc's tables say.
    pub fn implied_features(&self, feature: &str) -> &'static [&'static str] {
        match (self.arch.as_str(), feature) {
            ("x86_64", "sse2") => &["sse"],
            ("x86_64", "sse3") => &["sse2"],
            ("x86_64", "ssse3") => &["sse3"],
            ("x86_64", "sse4.1") => &["ssse3"],
            ("x86_64", "sse4.2") => &["sse4.1"],
            ("x86_64", "sse4a") => &["sse3"],
            ("x86_64", "avx") => &["sse4.2"],
            ("x86_64", "avx2") => &["avx"],
            ("x86_64", "fma") => &["avx"],
            ("x86_64", "f16c") => &["avx"],
            ("x86_64", "aes") => &["sse2"],
            ("x86_64", "pclmulqdq") => &["sse2"],
            ("x86_64", "sha") => &["sse2"],
            ("x86_64", "avx512f") => &["avx2", "fma", "f16c"],
            ("aarch64", "sve") => &["neon"],
            ("aarch64", "aes") => &["neon"],
            ("aarch64", "sha2") => &["neon"],
            _ => &[],
        }
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

/// Why `--target` could not be loaded; `Display` gives rustc's wording.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TargetError {
    /// Not a built-in triple.
    Unknown(String),
    /// A `.json` path that cannot be read.
    FileNotFound(String),
    /// A target specification that does not parse.
    Invalid(String),
}

impl std::fmt::Display for TargetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TargetError::Unknown(triple) => {
                write!(f, "could not find specification for target {triple:?}")
            }
            TargetError::FileNotFound(path) => write!(f, "target file {path:?} does not exist"),
            TargetError::Invalid(reason) => write!(f, "{reason}"),
        }
    }
}

fn base_features(arch: &str) -> Vec<String> {
    let features: &[&str] = match arch {
        "x86_64" => &["fxsr", "sse", "sse2"],
        "aarch64" => &["neon"],
        _ => &[],
    };
    features.iter().map(|f| f.to_string()).collect()
}

/// Just enough JSON for target specification files: no dependency is worth it for this.
mod json {
    pub enum Value {
        Null,
        Bool(bool),
        /// Non-negative integers only; target specifications need no other numbers.
        Number(u64),
        String(String),
        Array(Vec<Value>),
        Object(Vec<(String, Value)>),
    }

    pub fn parse(text: &str) -> Result<Value, String> {
        let mut p = Parser {
            bytes: text.as_bytes(),
            pos: 0,
        };
        let value = p.value(0)?;
        p.skip_ws();
        if p.pos != p.bytes.len() {
            return Err(p.error("trailing characters"));
        }
        Ok(value)
    }

    struct Parser<'a> {
        bytes: &'a [u8],
        pos: usize,
    }

    impl Parser<'_> {
        fn error(&self, what: &str) -> String {
            let line = 1 + self.bytes[..self.pos.min(self.bytes.len())]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            format!("{what} at line {line}")
        }

        fn skip_ws(&mut self) {
            while self.pos < self.bytes.len() && self.bytes[self.pos].is_ascii_whitespace() {
                self.pos += 1;
            }
        }

        fn eat(&mut self, byte: u8) -> bool {
            self.skip_ws();
            if self.bytes.get(self.pos) == Some(&byte) {
                self.pos += 1;
                true
            } else {
                false
            }
        }

        fn value(&mut self, depth: usize) -> Result<Value, String> {
            // Specification files are shallow; a bound keeps hostile input from overflowing the stack.
            if depth > 64 {
                return Err(self.error("nesting too deep"));
            }
            self.skip_ws();
            match self.bytes.get(self.pos) {
                Some(b'{') => {
                    self.pos += 1;
                    let mut fields = Vec::new();
                    if self.eat(b'}') {
                        return Ok(Value::Object(fields));
                    }
                    loop {
                        self.skip_ws();
                        let key = self.string()?;
                        if !self.eat(b':') {
                            return Err(self.error("expected `:`"));
                        }
                        fields.push((key, self.value(depth + 1)?));
                        if self.eat(b'}') {
                            return Ok(Value::Object(fields));
                        }
                        if !self.eat(b',') {
                            return Err(self.error("expected `,` or `}`"));
                        }
                    }
                }
                Some(b'[') => {
                    self.pos += 1;
                    let mut items = Vec::new();
                    if self.eat(b']') {
                        return Ok(Value::Array(items));
                    }
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.eat(b']') {
                            return Ok(Value::Array(items));
                        }
                        if !self.eat(b',') {
                            return Err(self.error("expected `,` or `]`"));
                        }
                    }
                }
                Some(b'"') => Ok(Value::String(self.string()?)),
                Some(b'0'..=b'9') => {
                    let start = self.pos;
                    while self.pos < self.bytes.len() && self.bytes[self.pos].is_ascii_digit() {
                        self.pos += 1;
                    }
                    let digits = std::str::from_utf8(&self.bytes[start..self.pos]).unwrap_or("");
                    digits
                        .parse()
                        .map(Value::Number)
                        .map_err(|_| self.error("number out of range"))
                }
                _ => {
                    for (word, value) in [
                        ("true", Value::Bool(true)),
                        ("false", Value::Bool(false)),
                        ("null", Value::Null),
                    ] {
                        if self.bytes[self.pos..].starts_with(word.as_bytes()) {
                            self.pos += word.len();
                            return Ok(value);
                        }
                    }
                    Err(self.error("expected a value"))
                }
            }
        }

        fn string(&mut self) -> Result<String, String> {
            if self.bytes.get(self.pos) != Some(&b'"') {
                return Err(self.error("expected a string"));
            }
            self.pos += 1;
            let mut out = Vec::new();
            loop {
                let Some(&b) = self.bytes.get(self.pos) else {
                    return Err(self.error("unterminated string"));
                };
                self.pos += 1;
                match b {
                    b'"' => break,
                    b'\\' => {
                        let Some(&e) = self.bytes.get(self.pos) else {
                            return Err(self.error("unterminated string"));
                        };
                        self.pos += 1;
                        let c = match e {
                            b'"' => '"',
                            b'\\' => '\\',
                            b'/' => '/',
                            b'b' => '\u{8}',
                            b'f' => '\u{c}',
                            b'n' => '\n',
                            b'r' => '\r',
                            b't' => '\t',
                            b'u' => {
                                let hex = self
                                    .bytes
                                    .get(self.pos..self.pos + 4)
                                    .ok_or_else(|| self.error("bad escape"))?;
                                let code = std::str::from_utf8(hex)
                                    .ok()
                                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                                    .ok_or_else(|| self.error("bad escape"))?;
                                self.pos += 4;
                                char::from_u32(code).unwrap_or('\u{fffd}')
                            }
                            _ => return Err(self.error("bad escape")),
                        };
                        let mut buf = [0; 4];
                        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                    }
                    _ => out.push(b),
                }
            }
            String::from_utf8(out).map_err(|_| self.error("invalid UTF-8"))
        }
    }
}
