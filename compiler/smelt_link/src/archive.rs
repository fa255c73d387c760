//! Static archives (`libfoo.a`, rlibs): GNU `ar` format with the symbol index linkers need,
//! written by `ar_archive_writer`, the writer rustc itself uses.

use std::io::Cursor;
use std::path::{Path, PathBuf};

use ar_archive_writer::{
    write_archive_to_stream, ArchiveKind, NewArchiveMember, DEFAULT_OBJECT_READER,
};

use crate::LinkError;

/// Writes `objects` into a GNU archive at `output`, members named after the files, with a
/// symbol index of their global definitions. Timestamps and owners are zero, as rustc writes
/// them, so the archive is the same from build to build.
pub fn write_static_archive(objects: &[PathBuf], output: &Path) -> Result<(), LinkError> {
    let build_failure = |io: std::io::Error| LinkError::Io {
        message: format!("failed to build archive at `{}`", output.display()),
        io,
    };
    let mut members = Vec::with_capacity(objects.len());
    for object in objects {
        let bytes = std::fs::read(object).map_err(|io| LinkError::Io {
            message: format!("failed to read object file `{}`", object.display()),
            io,
        })?;
        let name = object
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        members.push(NewArchiveMember::new(bytes, &DEFAULT_OBJECT_READER, name));
    }
    let mut buf = Cursor::new(Vec::new());
    write_archive_to_stream(&mut buf, &members, ArchiveKind::Gnu, false, None)
        .map_err(build_failure)?;
    // Replace, never update: an old archive's members must not survive.
    match std::fs::remove_file(output) {
        Err(io) if io.kind() != std::io::ErrorKind::NotFound => return Err(build_failure(io)),
        _ => {}
    }
    std::fs::write(output, buf.into_inner()).map_err(build_failure)
}
