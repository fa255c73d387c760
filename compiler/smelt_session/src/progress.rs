//! What the compiler is doing, for the internal-compiler-error report: the driver names the
//! stage, stages that work item by item name the item. Kept per thread, never read otherwise.

use std::cell::{Cell, RefCell};

thread_local! {
    static STAGE: Cell<&'static str> = const { Cell::new("startup") };
    static ITEM: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Enters a stage (`"parsing"`, `"type checking"`, ...); clears the current item.
pub fn enter_stage(stage: &'static str) {
    STAGE.with(|s| s.set(stage));
    ITEM.with(|i| i.borrow_mut().clear());
}

/// Names the item being worked on.
pub fn set_item(item: impl Into<String>) {
    ITEM.with(|i| *i.borrow_mut() = item.into());
}

/// The current stage and item (empty when none was named).
pub fn current() -> (&'static str, String) {
    (STAGE.with(Cell::get), ITEM.with(|i| i.borrow().clone()))
}
