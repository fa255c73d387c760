//! Loading `mod x;` from files, with rustc's rules: a module declared in `dir/a.rs` (or the
//! crate root, or a `mod.rs`) looks for `x.rs` or `x/mod.rs` in the directory that module
//! owns; `#[path = "..."]` names the file relative to the declaring file's directory.

use std::path::{Path, PathBuf};

use smelt_ast as ast;
use smelt_session::Session;
use smelt_span::{Ident, Symbol};

use crate::cfg::attr_is;
use crate::expand::Expander;

/// The module being expanded.
#[derive(Clone, Default, Debug)]
pub struct ModuleData {
    /// The file the module's text is in.
    pub file: PathBuf,
    /// The directory where `mod x;` inside it looks for files.
    pub dir: PathBuf,
    /// The module's names from the crate root, for `module_path!`.
    pub path: Vec<Symbol>,
}

impl ModuleData {
    pub fn root(root_file: &Path) -> ModuleData {
        ModuleData {
            file: root_file.to_path_buf(),
            dir: root_file
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_default(),
            path: Vec::new(),
        }
    }

    /// The data of an inline `mod name { ... }` inside this module.
    pub fn inline_child(
        &self,
        sess: &Session,
        name: Ident,
        attrs: &[ast::Attribute],
    ) -> ModuleData {
        let dir = match path_attr(sess, attrs) {
            Some(p) => self.dir.join(p),
            None => self.dir.join(sess.str(name.name)),
        };
        let mut path = self.path.clone();
        path.push(name.name);
        ModuleData {
            file: self.file.clone(),
            dir,
            path,
        }
    }
}

/// The value of `#[path = "..."]`.
fn path_attr(sess: &Session, attrs: &[ast::Attribute]) -> Option<String> {
    for a in attrs {
        if attr_is(a, "path", sess) {
            if let ast::AttrKind::Normal(ast::AttrItem {
                args: ast::AttrArgs::Eq(_, e),
                ..
            }) = &a.kind
            {
                if let ast::ExprKind::Lit(ast::Lit {
                    kind: ast::LitKind::Str(s, _),
                    ..
                }) = &e.kind
                {
                    return Some(sess.str(*s).to_string());
                }
            }
            sess.dcx
                .struct_err(a.span, "malformed `path` attribute input")
                .span_suggestion(a.span, "must be of the form", "#[path = \"file\"]")
                .emit();
        }
    }
    None
}

/// Loads the file of `mod name;`, parses it into the item, and returns the new module's
/// data. Reports a missing, ambiguous or unreadable file, or a cycle.
pub fn load_module(ex: &mut Expander<'_, '_>, item: &mut ast::Item) -> Option<ModuleData> {
    let sess = ex.sess;
    let name = sess.str(item.ident.name).to_string();
    let (file, dir) = match path_attr(sess, &item.attrs) {
        Some(p) => {
            // Relative to the directory of the file the declaration is in; an inline module
            // adds its own directory.
            let base = if ex.module.file.parent() == Some(ex.module.dir.as_path())
                || ex.module.path.is_empty()
            {
                ex.module
                    .file
                    .parent()
                    .map(Path::to_path_buf)
                    .unwrap_or_default()
            } else {
                ex.module.dir.clone()
            };
            let file = base.join(p);
            let dir = file.parent().map(Path::to_path_buf).unwrap_or_default();
            (file, dir)
        }
        None => {
            let plain = ex.module.dir.join(format!("{name}.rs"));
            let nested = ex.module.dir.join(&name).join("mod.rs");
            let loader = ex.cfg.loader;
            match (loader.exists(&plain), loader.exists(&nested)) {
                (true, false) => {
                    let dir = ex.module.dir.join(&name);
                    (plain, dir)
                }
                (false, true) => {
                    let dir = ex.module.dir.join(&name);
                    (nested, dir)
                }
                (true, true) => {
                    sess.dcx
                        .struct_err(
                            item.span,
                            format!(
                                "file for module `{name}` found at both \"{}\" and \"{}\"",
                                plain.display(),
                                nested.display()
                            ),
                        )
                        .code("E0761")
                        .help("delete or rename one of them to remove the ambiguity")
                        .emit();
                    return None;
                }
                (false, false) => {
                    sess.dcx
                        .struct_err(item.span, format!("file not found for module `{name}`"))
                        .code("E0583")
                        .help(format!(
                            "to create the module `{name}`, create file \"{}\" or \"{}\"",
                            plain.display(),
                            nested.display()
                        ))
                        .note(format!("if there is a `mod {name}` elsewhere in the crate already, import it with `use crate::...` instead"))
                        .emit();
                    return None;
                }
            }
        }
    };
    if let Some(pos) = ex.file_stack.iter().position(|f| *f == file) {
        let mut chain: Vec<String> = ex.file_stack[pos..]
            .iter()
            .map(|f| f.display().to_string())
            .collect();
        chain.push(file.display().to_string());
        sess.dcx
            .struct_err(
                item.span,
                format!("circular modules: {}", chain.join(" -> ")),
            )
            .emit();
        return None;
    }
    let src = match ex.cfg.loader.read_to_string(&file) {
        Ok(s) => s,
        Err(e) => {
            sess.dcx
                .struct_err(
                    item.span,
                    format!("couldn't read `{}`: {e}", file.display()),
                )
                .emit();
            return None;
        }
    };
    let name_str = file.display().to_string();
    let sf = if ex.cfg.is_library {
        sess.source_map.new_external_source_file(name_str, src)
    } else {
        sess.source_map.new_source_file(name_str, src)
    };
    let (attrs, items, span) = smelt_parse::parse_file_items(sess, &sf, ex.cfg.edition);
    item.attrs.extend(attrs);
    if let ast::ItemKind::Mod(_, kind) = &mut item.kind {
        *kind = ast::ModKind::Loaded(items, ast::Inline::No, ast::ModSpans { inner_span: span });
    }
    let mut path = ex.module.path.clone();
    path.push(item.ident.name);
    Some(ModuleData { file, dir, path })
}
