//! The source map: every file the session has read, laid end to end in one global byte
//! position space so that a `Span` (two `BytePos`) identifies its file without a file field.

use std::cell::RefCell;
use std::rc::Rc;

use crate::{BytePos, Span};

/// One source file in the session.
pub struct SourceFile {
    /// The name diagnostics and panic locations print (`src/main.rs`).
    pub name: String,
    pub src: Rc<str>,
    pub start_pos: BytePos,
    /// Library code: diagnostics point at the user's call site instead of inside it.
    pub external: bool,
    /// Absolute positions of the first byte of every line.
    lines: Vec<BytePos>,
}

impl SourceFile {
    pub fn end_pos(&self) -> BytePos {
        BytePos(self.start_pos.0 + self.src.len() as u32)
    }

    pub fn contains(&self, pos: BytePos) -> bool {
        pos >= self.start_pos && pos <= self.end_pos()
    }

    /// The zero-based line index holding `pos`.
    pub fn line_index(&self, pos: BytePos) -> usize {
        match self.lines.binary_search(&pos) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    pub fn line_count(&self) -> usize {
        self.lines.len()
    }

    /// Byte range (relative to the file) of zero-based line `index`, without its newline.
    pub fn line_range(&self, index: usize) -> std::ops::Range<usize> {
        let start = (self.lines[index].0 - self.start_pos.0) as usize;
        let end = match self.lines.get(index + 1) {
            Some(next) => (next.0 - self.start_pos.0) as usize,
            None => self.src.len(),
        };
        let text = &self.src[start..end];
        let trimmed = text.trim_end_matches(['\n', '\r']).len();
        start..start + trimmed
    }

    pub fn relative(&self, pos: BytePos) -> usize {
        (pos.0 - self.start_pos.0) as usize
    }
}

/// A resolved position: file, one-based line, zero-based column in characters.
#[derive(Clone)]
pub struct Loc {
    pub file: Rc<SourceFile>,
    pub line: usize,
    /// Characters before the position on its line.
    pub col: usize,
    /// Display columns before it: a tab counts 4, a wide character 2 (rustc's
    /// `col_display`, which panic locations report).
    pub col_display: usize,
}

/// All files of a session.
#[derive(Default)]
pub struct SourceMap {
    files: RefCell<Vec<Rc<SourceFile>>>,
}

impl SourceMap {
    pub fn new() -> SourceMap {
        SourceMap::default()
    }

    /// Adds a file. Positions start one past the end of the previous file so that the end
    /// position of one file is never the start of the next.
    pub fn new_source_file(&self, name: String, src: String) -> Rc<SourceFile> {
        self.add_file(name, src, false)
    }

    /// Adds a library file (see `SourceFile::external`).
    pub fn new_external_source_file(&self, name: String, src: String) -> Rc<SourceFile> {
        self.add_file(name, src, true)
    }

    fn add_file(&self, name: String, src: String, external: bool) -> Rc<SourceFile> {
        let mut files = self.files.borrow_mut();
        let start = files.last().map_or(0, |f| f.end_pos().0 + 1);
        // Strip a byte order mark, as rustc does.
        let src = match src.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_string(),
            None => src,
        };
        // Windows line endings become `\n`, as rustc normalises them (a `\r\n` inside a
        // string literal is a `\n` in the string); a lone `\r` stays.
        let src = if src.contains("\r\n") {
            src.replace("\r\n", "\n")
        } else {
            src
        };
        let mut lines = vec![BytePos(start)];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                lines.push(BytePos(start + i as u32 + 1));
            }
        }
        let file = Rc::new(SourceFile {
            name,
            src: src.into(),
            start_pos: BytePos(start),
            external,
            lines,
        });
        files.push(file.clone());
        file
    }

    pub fn files(&self) -> Vec<Rc<SourceFile>> {
        self.files.borrow().clone()
    }

    pub fn lookup_file(&self, pos: BytePos) -> Option<Rc<SourceFile>> {
        let files = self.files.borrow();
        let idx = files.partition_point(|f| f.start_pos <= pos);
        let file = files.get(idx.checked_sub(1)?)?;
        file.contains(pos).then(|| file.clone())
    }

    pub fn lookup_char_pos(&self, pos: BytePos) -> Option<Loc> {
        let file = self.lookup_file(pos)?;
        let line = file.line_index(pos);
        let line_start = file.lines[line];
        let start = file.relative(line_start);
        let end = file.relative(pos).min(file.src.len());
        let text = file.src.get(start..end).unwrap_or("");
        let col = text.chars().count();
        let col_display = text.chars().map(char_width).sum();
        Some(Loc {
            file,
            line: line + 1,
            col,
            col_display,
        })
    }

    /// The source text under `span`, if it lies within one file.
    pub fn span_to_snippet(&self, span: Span) -> Option<String> {
        let file = self.lookup_file(span.lo)?;
        if !file.contains(span.hi) || span.hi < span.lo {
            return None;
        }
        file.src
            .get(file.relative(span.lo)..file.relative(span.hi))
            .map(str::to_string)
    }

    /// `file:line:col` of the start of `span`, with a one-based column, as rustc prints it.
    pub fn span_to_location(&self, span: Span) -> String {
        match self.lookup_char_pos(span.lo) {
            Some(loc) => format!("{}:{}:{}", loc.file.name, loc.line, loc.col + 1),
            None => "<unknown>".to_string(),
        }
    }
}

/// The display width of a character, as rustc counts it for `col_display`.
fn char_width(c: char) -> usize {
    match c {
        '\t' => 4,
        c if c.is_control() => 1,
        c => unicode_width::UnicodeWidthChar::width(c).unwrap_or(1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_resolve_to_lines_and_columns() {
        let sm = SourceMap::new();
        let a = sm.new_source_file("a.rs".into(), "fn main() {\n    é x\n}\n".into());
        let b = sm.new_source_file("b.rs".into(), "x".into());
        assert_eq!(b.start_pos.0, a.end_pos().0 + 1);
        let loc = sm.lookup_char_pos(BytePos(a.start_pos.0 + 19)).unwrap();
        assert_eq!((loc.file.name.as_str(), loc.line, loc.col), ("a.rs", 2, 6));
        let loc = sm.lookup_char_pos(b.start_pos).unwrap();
        assert_eq!((loc.file.name.as_str(), loc.line, loc.col), ("b.rs", 1, 0));
        assert_eq!(a.line_range(1), 12..20);
        assert_eq!(
            sm.span_to_snippet(Span::new(BytePos(0), BytePos(2)))
                .as_deref(),
            Some("fn")
        );
    }
}
