//! The analyses.

mod initialized;
mod liveness;
mod storage;

pub use initialized::{EverInitializedPlaces, MaybeInitializedPlaces, MaybeUninitializedPlaces};
pub use liveness::MaybeLiveLocals;
pub use storage::MaybeStorageLive;
