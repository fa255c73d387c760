//! The MIR verifier. Every check here states an invariant of MIR built by smelt; a failure
//! is always a bug in smelt (reported as an internal compiler error), never in the program.
//!
//! Checked:
//! - every block has a terminator, and every jump targets an existing block;
//! - every local used exists, and no block other than the entry block is empty of
//!   predecessors... (unreachable blocks are allowed: they are removed by simplification);
//! - the body has `arg_count + 1` locals at least (return place and arguments).

use crate::visit::for_each_local_in_block;
use crate::*;

pub fn verify(body: &Body) -> Result<(), String> {
    if body.local_decls.len() < body.arg_count + 1 {
        return Err(format!(
            "body has {} locals but {} arguments",
            body.local_decls.len(),
            body.arg_count
        ));
    }
    let n_blocks = body.basic_blocks.len();
    for (bb, data) in body.basic_blocks.iter_enumerated() {
        let Some(term) = &data.terminator else {
            return Err(format!("{bb} has no terminator"));
        };
        for succ in term.kind.successors() {
            if succ.as_usize() >= n_blocks {
                return Err(format!("{bb} jumps to {succ}, which does not exist"));
            }
        }
        let mut bad = None;
        for_each_local_in_block(data, &mut |l| {
            if l.as_usize() >= body.local_decls.len() {
                bad = Some(l);
            }
        });
        if let Some(l) = bad {
            return Err(format!("{bb} uses {l}, which is not declared"));
        }
    }
    Ok(())
}
