//! Iteration: the `Iterator` trait, its adapters, and iteration over ranges.

mod adapters;
mod range;
mod traits;

pub use adapters::{Chain, Cloned, Copied, Enumerate, Filter, FilterMap, Map, Peekable, Rev, Skip, SkipWhile, StepBy, Take, TakeWhile, Zip, Inspect, Fuse, FlatMap, Flatten};
pub use range::Step;
pub use traits::{DoubleEndedIterator, ExactSizeIterator, Extend, FromIterator, IntoIterator, Iterator, Product, Sum};

/// An iterator that yields nothing.
pub struct Empty<T> {
    _marker: crate::marker::PhantomData<T>,
}

pub const fn empty<T>() -> Empty<T> {
    Empty { _marker: crate::marker::PhantomData }
}

impl<T> Iterator for Empty<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        None
    }
}

/// An iterator that yields one value.
pub struct Once<T> {
    inner: Option<T>,
}

pub fn once<T>(value: T) -> Once<T> {
    Once { inner: Some(value) }
}

impl<T> Iterator for Once<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.inner.take()
    }
}

/// An iterator that repeats a value forever.
pub struct Repeat<A> {
    element: A,
}

pub fn repeat<T: Clone>(elt: T) -> Repeat<T> {
    Repeat { element: elt }
}

impl<A: Clone> Iterator for Repeat<A> {
    type Item = A;
    fn next(&mut self) -> Option<A> {
        Some(self.element.clone())
    }
}

/// An iterator calling a closure for each element.
pub struct FromFn<F> {
    f: F,
}

pub fn from_fn<T, F: FnMut() -> Option<T>>(f: F) -> FromFn<F> {
    FromFn { f }
}

impl<T, F: FnMut() -> Option<T>> Iterator for FromFn<F> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        (self.f)()
    }
}

/// An iterator where each element is computed from the previous one.
pub struct Successors<T, F> {
    next: Option<T>,
    succ: F,
}

pub fn successors<T, F: FnMut(&T) -> Option<T>>(first: Option<T>, succ: F) -> Successors<T, F> {
    Successors { next: first, succ }
}

impl<T, F: FnMut(&T) -> Option<T>> Iterator for Successors<T, F> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        let item = self.next.take()?;
        self.next = (self.succ)(&item);
        Some(item)
    }
}
