// FIXME: rustc points just after the last item (6:2 here); smelt points at the end of the
// file, which is why this file has no final newline (with one, smelt's JSON puts the error on
// a line 7 the file does not have, while its human output says 6:58).
fn helper() -> u32 {
    1
} //~ ERROR `main` function not found in crate `no_main`