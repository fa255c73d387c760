//! The `Debug` builders: `debug_struct`, `debug_tuple`, `debug_list`, `debug_set`,
//! `debug_map`, with `{:#?}` pretty-printing (one field per line, indented).

use super::{Debug, Formatter, Result, Write};

/// Indents everything written through it by four spaces after each newline.
struct PadAdapter<'a, 'b> {
    fmt: &'a mut Formatter<'b>,
    on_newline: bool,
}

impl Write for PadAdapter<'_, '_> {
    fn write_str(&mut self, s: &str) -> Result {
        let bytes = s.as_bytes();
        let mut start = 0;
        let mut i = 0;
        while i < bytes.len() {
            if self.on_newline {
                self.fmt.write_str("    ")?;
                self.on_newline = false;
            }
            if bytes[i] == b'\n' {
                self.fmt.write_str(unsafe { s.get_unchecked(start..i + 1) })?;
                start = i + 1;
                self.on_newline = true;
            }
            i += 1;
        }
        if start < bytes.len() {
            if self.on_newline {
                self.fmt.write_str("    ")?;
                self.on_newline = false;
            }
            self.fmt.write_str(unsafe { s.get_unchecked(start..bytes.len()) })?;
        }
        Ok(())
    }
}

/// Formats `value` with `{:#?}` through an indenting writer.
fn fmt_pretty<T: Debug + ?Sized>(fmt: &mut Formatter<'_>, value: &T) -> Result {
    let flags = fmt.flags;
    let mut pad = PadAdapter { fmt, on_newline: true };
    let mut inner = Formatter::new(&mut pad);
    inner.flags = flags;
    value.fmt(&mut inner)
}

pub struct DebugStruct<'a, 'b: 'a> {
    fmt: &'a mut Formatter<'b>,
    result: Result,
    has_fields: bool,
}

pub(super) fn debug_struct_new<'a, 'b>(fmt: &'a mut Formatter<'b>, name: &str) -> DebugStruct<'a, 'b> {
    let result = fmt.write_str(name);
    DebugStruct { fmt, result, has_fields: false }
}

impl<'a, 'b: 'a> DebugStruct<'a, 'b> {
    pub fn field<T: Debug + ?Sized>(&mut self, name: &str, value: &T) -> &mut Self {
        if self.result.is_ok() {
            self.result = self.field_inner(name, value);
        }
        self.has_fields = true;
        self
    }

    fn field_inner<T: Debug + ?Sized>(&mut self, name: &str, value: &T) -> Result {
        if self.fmt.alternate() {
            if !self.has_fields {
                self.fmt.write_str(" {\n")?;
            }
            let mut pad = PadAdapter { fmt: &mut *self.fmt, on_newline: true };
            pad.write_str(name)?;
            pad.write_str(": ")?;
            let flags = pad.fmt.flags;
            let mut inner = Formatter::new(&mut pad);
            inner.flags = flags;
            value.fmt(&mut inner)?;
            self.fmt.write_str(",\n")
        } else {
            let prefix = if self.has_fields { ", " } else { " { " };
            self.fmt.write_str(prefix)?;
            self.fmt.write_str(name)?;
            self.fmt.write_str(": ")?;
            value.fmt(self.fmt)
        }
    }

    pub fn finish_non_exhaustive(&mut self) -> Result {
        if self.result.is_ok() {
            self.result = if self.has_fields {
                if self.fmt.alternate() {
                    let r = PadAdapter { fmt: &mut *self.fmt, on_newline: true }.write_str("..\n");
                    match r {
                        Ok(()) => self.fmt.write_str("}"),
                        e => e,
                    }
                } else {
                    self.fmt.write_str(", .. }")
                }
            } else {
                self.fmt.write_str(" { .. }")
            };
        }
        self.result
    }

    pub fn finish(&mut self) -> Result {
        if self.has_fields && self.result.is_ok() {
            self.result = if self.fmt.alternate() { self.fmt.write_str("}") } else { self.fmt.write_str(" }") };
        }
        self.result
    }
}

pub struct DebugTuple<'a, 'b: 'a> {
    fmt: &'a mut Formatter<'b>,
    result: Result,
    fields: usize,
    empty_name: bool,
}

pub(super) fn debug_tuple_new<'a, 'b>(fmt: &'a mut Formatter<'b>, name: &str) -> DebugTuple<'a, 'b> {
    let result = fmt.write_str(name);
    DebugTuple { fmt, result, fields: 0, empty_name: name.is_empty() }
}

impl<'a, 'b: 'a> DebugTuple<'a, 'b> {
    pub fn field<T: Debug + ?Sized>(&mut self, value: &T) -> &mut Self {
        if self.result.is_ok() {
            self.result = self.field_inner(value);
        }
        self.fields += 1;
        self
    }

    fn field_inner<T: Debug + ?Sized>(&mut self, value: &T) -> Result {
        if self.fmt.alternate() {
            if self.fields == 0 {
                self.fmt.write_str("(\n")?;
            }
            fmt_pretty(self.fmt, value)?;
            self.fmt.write_str(",\n")
        } else {
            let prefix = if self.fields == 0 { "(" } else { ", " };
            self.fmt.write_str(prefix)?;
            value.fmt(self.fmt)
        }
    }

    pub fn finish(&mut self) -> Result {
        if self.fields > 0 && self.result.is_ok() {
            if self.fields == 1 && self.empty_name && !self.fmt.alternate() {
                self.result = self.fmt.write_str(",");
                if self.result.is_err() {
                    return self.result;
                }
            }
            self.result = self.fmt.write_str(")");
        }
        self.result
    }
}

/// Shared by lists and sets: entries between delimiters.
struct DebugInner<'a, 'b: 'a> {
    fmt: &'a mut Formatter<'b>,
    result: Result,
    has_fields: bool,
}

impl<'a, 'b: 'a> DebugInner<'a, 'b> {
    fn entry<T: Debug + ?Sized>(&mut self, value: &T) {
        if self.result.is_ok() {
            self.result = if self.fmt.alternate() {
                match if self.has_fields { Ok(()) } else { self.fmt.write_str("\n") } {
                    Ok(()) => match fmt_pretty(self.fmt, value) {
                        Ok(()) => self.fmt.write_str(",\n"),
                        e => e,
                    },
                    e => e,
                }
            } else {
                match if self.has_fields { self.fmt.write_str(", ") } else { Ok(()) } {
                    Ok(()) => value.fmt(self.fmt),
                    e => e,
                }
            };
        }
        self.has_fields = true;
    }
}

pub struct DebugList<'a, 'b: 'a> {
    inner: DebugInner<'a, 'b>,
}

pub(super) fn debug_list_new<'a, 'b>(fmt: &'a mut Formatter<'b>) -> DebugList<'a, 'b> {
    let result = fmt.write_str("[");
    DebugList { inner: DebugInner { fmt, result, has_fields: false } }
}

impl<'a, 'b: 'a> DebugList<'a, 'b> {
    pub fn entry<T: Debug + ?Sized>(&mut self, entry: &T) -> &mut Self {
        self.inner.entry(entry);
        self
    }

    pub fn entries<D: Debug, I: IntoIterator<Item = D>>(&mut self, entries: I) -> &mut Self {
        for entry in entries {
            self.inner.entry(&entry);
        }
        self
    }

    pub fn finish(&mut self) -> Result {
        if self.inner.result.is_ok() {
            self.inner.result = self.inner.fmt.write_str("]");
        }
        self.inner.result
    }
}

pub struct DebugSet<'a, 'b: 'a> {
    inner: DebugInner<'a, 'b>,
}

pub(super) fn debug_set_new<'a, 'b>(fmt: &'a mut Formatter<'b>) -> DebugSet<'a, 'b> {
    let result = fmt.write_str("{");
    DebugSet { inner: DebugInner { fmt, result, has_fields: false } }
}

impl<'a, 'b: 'a> DebugSet<'a, 'b> {
    pub fn entry<T: Debug + ?Sized>(&mut self, entry: &T) -> &mut Self {
        self.inner.entry(entry);
        self
    }

    pub fn entries<D: Debug, I: IntoIterator<Item = D>>(&mut self, entries: I) -> &mut Self {
        for entry in entries {
            self.inner.entry(&entry);
        }
        self
    }

    pub fn finish(&mut self) -> Result {
        if self.inner.result.is_ok() {
            self.inner.result = self.inner.fmt.write_str("}");
        }
        self.inner.result
    }
}

pub struct DebugMap<'a, 'b: 'a> {
    fmt: &'a mut Formatter<'b>,
    result: Result,
    has_fields: bool,
}

pub(super) fn debug_map_new<'a, 'b>(fmt: &'a mut Formatter<'b>) -> DebugMap<'a, 'b> {
    let result = fmt.write_str("{");
    DebugMap { fmt, result, has_fields: false }
}

impl<'a, 'b: 'a> DebugMap<'a, 'b> {
    pub fn entry<K: Debug + ?Sized, V: Debug + ?Sized>(&mut self, key: &K, value: &V) -> &mut Self {
        if self.result.is_ok() {
            self.result = self.entry_inner(key, value);
        }
        self.has_fields = true;
        self
    }

    fn entry_inner<K: Debug + ?Sized, V: Debug + ?Sized>(&mut self, key: &K, value: &V) -> Result {
        if self.fmt.alternate() {
            if !self.has_fields {
                self.fmt.write_str("\n")?;
            }
            let mut pad = PadAdapter { fmt: &mut *self.fmt, on_newline: true };
            let flags = pad.fmt.flags;
            let mut inner = Formatter::new(&mut pad);
            inner.flags = flags;
            key.fmt(&mut inner)?;
            inner.write_str(": ")?;
            value.fmt(&mut inner)?;
            self.fmt.write_str(",\n")
        } else {
            if self.has_fields {
                self.fmt.write_str(", ")?;
            }
            key.fmt(self.fmt)?;
            self.fmt.write_str(": ")?;
            value.fmt(self.fmt)
        }
    }

    pub fn entries<K: Debug, V: Debug, I: IntoIterator<Item = (K, V)>>(&mut self, entries: I) -> &mut Self {
        for (k, v) in entries {
            self.entry(&k, &v);
        }
        self
    }

    pub fn finish(&mut self) -> Result {
        if self.result.is_ok() {
            self.result = self.fmt.write_str("}");
        }
        self.result
    }
}
