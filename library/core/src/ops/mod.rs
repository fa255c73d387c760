//! Overloadable operators, ranges, the function traits and `?`.

#[macro_use]
mod arith;
mod bit;
mod control_flow;
mod deref;
mod drop;
mod function;
mod index;
mod range;
mod try_trait;

pub use arith::{Add, AddAssign, Div, DivAssign, Mul, MulAssign, Neg, Rem, RemAssign, Sub, SubAssign};
pub use bit::{BitAnd, BitAndAssign, BitOr, BitOrAssign, BitXor, BitXorAssign, Not, Shl, ShlAssign, Shr, ShrAssign};
pub use control_flow::ControlFlow;
pub use deref::{Deref, DerefMut};
pub use drop::Drop;
pub use function::{Fn, FnMut, FnOnce};
pub use index::{Index, IndexMut};
pub use range::{Bound, Range, RangeBounds, RangeFrom, RangeFull, RangeInclusive, RangeTo, RangeToInclusive};
pub use try_trait::{FromResidual, Try};
