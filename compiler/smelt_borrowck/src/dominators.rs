//! Dominators of the blocks of a body (Cooper, Harvey and Kennedy's iterative algorithm).

use smelt_mir::{BasicBlock, Body};
use smelt_mir_dataflow::Location;
use smelt_span::{Idx, IndexVec};

pub struct Dominators {
    /// The immediate dominator of each reachable block (the start block is its own).
    idom: IndexVec<BasicBlock, Option<BasicBlock>>,
    /// Each block's position in reverse postorder.
    rpo_index: IndexVec<BasicBlock, usize>,
}

impl Dominators {
    pub fn new(body: &Body) -> Dominators {
        let n = body.basic_blocks.len();
        let rpo = smelt_mir::visit::reverse_postorder(body);
        let mut rpo_index = IndexVec::from_elem_n(usize::MAX, n);
        for (i, bb) in rpo.iter().enumerate() {
            rpo_index[*bb] = i;
        }
        let preds = smelt_mir::visit::predecessors(body);
        let mut idom: IndexVec<BasicBlock, Option<BasicBlock>> = IndexVec::from_elem_n(None, n);
        if n == 0 {
            return Dominators { idom, rpo_index };
        }
        idom[BasicBlock::START] = Some(BasicBlock::START);
        let mut changed = true;
        while changed {
            changed = false;
            for &bb in rpo.iter().skip(1) {
                let mut new_idom: Option<BasicBlock> = None;
                for &p in &preds[bb] {
                    if idom[p].is_none() {
                        continue;
                    }
                    new_idom = Some(match new_idom {
                        None => p,
                        Some(cur) => intersect(&idom, &rpo_index, p, cur),
                    });
                }
                if new_idom.is_some() && idom[bb] != new_idom {
                    idom[bb] = new_idom;
                    changed = true;
                }
            }
        }
        Dominators { idom, rpo_index }
    }

    pub fn is_reachable(&self, bb: BasicBlock) -> bool {
        self.idom[bb].is_some()
    }

    /// Whether `a` dominates `b` (every block dominates itself). Unreachable blocks are
    /// dominated by everything.
    pub fn dominates(&self, a: BasicBlock, b: BasicBlock) -> bool {
        if !self.is_reachable(b) {
            return true;
        }
        let mut cur = b;
        loop {
            if cur == a {
                return true;
            }
            match self.idom[cur] {
                Some(next) if next != cur => cur = next,
                _ => return false,
            }
        }
    }

    /// Whether location `a` dominates location `b`.
    pub fn location_dominates(&self, a: Location, b: Location) -> bool {
        if a.block == b.block {
            a.statement_index <= b.statement_index
        } else {
            self.dominates(a.block, b.block)
        }
    }

    pub fn rpo_index(&self, bb: BasicBlock) -> usize {
        self.rpo_index[bb]
    }
}

fn intersect(
    idom: &IndexVec<BasicBlock, Option<BasicBlock>>,
    rpo_index: &IndexVec<BasicBlock, usize>,
    a: BasicBlock,
    b: BasicBlock,
) -> BasicBlock {
    let (mut a, mut b) = (a, b);
    while a != b {
        while rpo_index[a] > rpo_index[b] {
            a = idom[a].unwrap_or(BasicBlock::new(0));
        }
        while rpo_index[b] > rpo_index[a] {
            b = idom[b].unwrap_or(BasicBlock::new(0));
        }
    }
    a
}
