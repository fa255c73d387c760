//! Scopes: where locals and temporaries die. A scope collects the locals created in it and
//! emits their `StorageDead` when the scope is left normally.

use smelt_mir::{Local, StatementKind};

use super::{BlockAnd, Builder};

#[derive(Default)]
pub struct Scope {
    pub storage_dead: Vec<Local>,
}

impl Builder<'_> {
    /// Runs `f` in a new scope; the locals it schedules die at the end.
    pub fn in_scope<R>(&mut self, f: impl FnOnce(&mut Self) -> BlockAnd<R>) -> BlockAnd<R> {
        self.scopes.push(Scope::default());
        let (block, r) = f(self);
        let scope = self.scopes.pop().unwrap_or_default();
        let span = self.span;
        for local in scope.storage_dead.into_iter().rev() {
            self.push(block, StatementKind::StorageDead(local), span);
        }
        (block, r)
    }

    pub fn schedule_storage_dead(&mut self, local: Local) {
        if let Some(scope) = self.scopes.last_mut() {
            scope.storage_dead.push(local);
        }
    }
}
