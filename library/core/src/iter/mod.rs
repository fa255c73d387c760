//! Iteration: the `Iterator` trait, its adapters, and iteration over ranges.

mod adapters;
mod range;
mod traits;

pub use adapters::{Chain, Cloned, Copied, Cycle, Enumerate, Filter, FilterMap, Map, Peekable, Rev, Scan, Skip, SkipWhile, StepBy, Take, TakeWhile, Zip, Inspect, Fuse, FlatMap, Flatten};
pub(crate) use adapters::try_process;
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
    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(0))
    }
}

impl<T> DoubleEndedIterator for Empty<T> {
    fn next_back(&mut self) -> Option<T> {
        None
    }
}

impl<T> ExactSizeIterator for Empty<T> {}

impl<T> Clone for Empty<T> {
    fn clone(&self) -> Empty<T> {
        empty()
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
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = if self.inner.is_some() { 1 } else { 0 };
        (n, Some(n))
    }
}

impl<T> DoubleEndedIterator for Once<T> {
    fn next_back(&mut self) -> Option<T> {
        self.inner.take()
    }
}

impl<T> ExactSizeIterator for Once<T> {}

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
    fn size_hint(&self) -> (usize, Option<usize>) {
        (usize::MAX, None)
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
