//! `LinkedList<T>`: a doubly-linked list of heap nodes.
//!
//! Nodes are `Box`es turned into raw pointers while they are in the list; the list owns
//! them and frees them one at a time (never recursively) when it is dropped.

use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::iter::FromIterator;
use core::marker::PhantomData;
use core::ptr::NonNull;

use crate::boxed::Box;

struct Node<T> {
    next: Option<NonNull<Node<T>>>,
    prev: Option<NonNull<Node<T>>>,
    element: T,
}

/// A doubly-linked list.
pub struct LinkedList<T> {
    head: Option<NonNull<Node<T>>>,
    tail: Option<NonNull<Node<T>>>,
    len: usize,
    marker: PhantomData<Box<Node<T>>>,
}

impl<T> LinkedList<T> {
    #[inline]
    pub const fn new() -> LinkedList<T> {
        LinkedList { head: None, tail: None, len: 0, marker: PhantomData }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.head.is_none()
    }

    pub fn clear(&mut self) {
        while self.pop_front_node().is_some() {}
    }

    pub fn push_front(&mut self, elt: T) {
        let node = Box::new(Node { next: self.head, prev: None, element: elt });
        let node = unsafe { NonNull::new_unchecked(Box::into_raw(node)) };
        match self.head {
            Some(mut head) => unsafe { head.as_mut().prev = Some(node) },
            None => self.tail = Some(node),
        }
        self.head = Some(node);
        self.len += 1;
    }

    pub fn push_back(&mut self, elt: T) {
        let node = Box::new(Node { next: None, prev: self.tail, element: elt });
        let node = unsafe { NonNull::new_unchecked(Box::into_raw(node)) };
        match self.tail {
            Some(mut tail) => unsafe { tail.as_mut().next = Some(node) },
            None => self.head = Some(node),
        }
        self.tail = Some(node);
        self.len += 1;
    }

    fn pop_front_node(&mut self) -> Option<Box<Node<T>>> {
        let head = self.head?;
        let node = unsafe { Box::from_raw(head.as_ptr()) };
        self.head = node.next;
        match self.head {
            Some(mut h) => unsafe { h.as_mut().prev = None },
            None => self.tail = None,
        }
        self.len -= 1;
        Some(node)
    }

    fn pop_back_node(&mut self) -> Option<Box<Node<T>>> {
        let tail = self.tail?;
        let node = unsafe { Box::from_raw(tail.as_ptr()) };
        self.tail = node.prev;
        match self.tail {
            Some(mut t) => unsafe { t.as_mut().next = None },
            None => self.head = None,
        }
        self.len -= 1;
        Some(node)
    }

    pub fn pop_front(&mut self) -> Option<T> {
        self.pop_front_node().map(|node| Box::into_inner(node).element)
    }

    pub fn pop_back(&mut self) -> Option<T> {
        self.pop_back_node().map(|node| Box::into_inner(node).element)
    }

    #[inline]
    pub fn front(&self) -> Option<&T> {
        unsafe { self.head.map(|node| &(*node.as_ptr()).element) }
    }

    #[inline]
    pub fn front_mut(&mut self) -> Option<&mut T> {
        unsafe { self.head.map(|node| &mut (*node.as_ptr()).element) }
    }

    #[inline]
    pub fn back(&self) -> Option<&T> {
        unsafe { self.tail.map(|node| &(*node.as_ptr()).element) }
    }

    #[inline]
    pub fn back_mut(&mut self) -> Option<&mut T> {
        unsafe { self.tail.map(|node| &mut (*node.as_ptr()).element) }
    }

    /// Moves all elements of `other` to the end of `self`.
    pub fn append(&mut self, other: &mut LinkedList<T>) {
        match self.tail {
            None => core::mem::swap(self, other),
            Some(mut tail) => {
                if let Some(mut other_head) = other.head.take() {
                    unsafe {
                        tail.as_mut().next = Some(other_head);
                        other_head.as_mut().prev = Some(tail);
                    }
                    self.tail = other.tail.take();
                    self.len += core::mem::replace(&mut other.len, 0);
                }
            }
        }
    }

    /// Splits the list in two at `at`: `self` keeps the first `at` elements.
    pub fn split_off(&mut self, at: usize) -> LinkedList<T> {
        let len = self.len();
        assert!(at <= len, "Cannot split off at a nonexistent index");
        let mut rest = LinkedList::new();
        let mut n = len - at;
        let mut moved = LinkedList::new();
        while n > 0 {
            if let Some(x) = self.pop_back() {
                moved.push_front(x);
            }
            n -= 1;
        }
        rest.append(&mut moved);
        rest
    }

    /// Removes the element at `at`; panics if out of bounds.
    pub fn remove(&mut self, at: usize) -> T {
        let len = self.len();
        assert!(at < len, "Cannot remove at an index outside of the list bounds");
        let mut tail = self.split_off(at);
        let elem = match tail.pop_front() {
            Some(e) => e,
            None => unreachable!(),
        };
        self.append(&mut tail);
        elem
    }

    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) {
        let mut kept = LinkedList::new();
        while let Some(x) = self.pop_front() {
            if f(&x) {
                kept.push_back(x);
            }
        }
        *self = kept;
    }

    pub fn contains(&self, x: &T) -> bool
    where
        T: PartialEq,
    {
        self.iter().any(|e| e == x)
    }

    pub fn iter(&self) -> Iter<'_, T> {
        Iter { head: self.head, tail: self.tail, len: self.len, marker: PhantomData }
    }

    pub fn iter_mut(&mut self) -> IterMut<'_, T> {
        IterMut { head: self.head, tail: self.tail, len: self.len, marker: PhantomData }
    }
}

impl<T> Drop for LinkedList<T> {
    fn drop(&mut self) {
        while let Some(node) = self.pop_front_node() {
            drop(node);
        }
    }
}

impl<T> Default for LinkedList<T> {
    #[inline]
    fn default() -> LinkedList<T> {
        LinkedList::new()
    }
}

impl<T: Clone> Clone for LinkedList<T> {
    fn clone(&self) -> LinkedList<T> {
        self.iter().cloned().collect()
    }
}

impl<T: fmt::Debug> fmt::Debug for LinkedList<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<T: PartialEq> PartialEq for LinkedList<T> {
    fn eq(&self, other: &LinkedList<T>) -> bool {
        self.len == other.len && self.iter().eq(other.iter())
    }
}

impl<T: Eq> Eq for LinkedList<T> {}

impl<T: PartialOrd> PartialOrd for LinkedList<T> {
    fn partial_cmp(&self, other: &LinkedList<T>) -> Option<Ordering> {
        super::iter_partial_cmp(self.iter(), other.iter())
    }
}

impl<T: Ord> Ord for LinkedList<T> {
    fn cmp(&self, other: &LinkedList<T>) -> Ordering {
        super::iter_cmp(self.iter(), other.iter())
    }
}

impl<T: Hash> Hash for LinkedList<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_length_prefix(self.len);
        for elt in self.iter() {
            elt.hash(state);
        }
    }
}

impl<T> FromIterator<T> for LinkedList<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> LinkedList<T> {
        let mut list = LinkedList::new();
        list.extend(iter);
        list
    }
}

impl<T> Extend<T> for LinkedList<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for elt in iter {
            self.push_back(elt);
        }
    }
}

impl<'a, T: 'a + Copy> Extend<&'a T> for LinkedList<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        for elt in iter {
            self.push_back(*elt);
        }
    }
}

impl<T, const N: usize> From<[T; N]> for LinkedList<T> {
    fn from(arr: [T; N]) -> LinkedList<T> {
        LinkedList::from_iter(arr)
    }
}

/// An iterator over a list's elements.
pub struct Iter<'a, T> {
    head: Option<NonNull<Node<T>>>,
    tail: Option<NonNull<Node<T>>>,
    len: usize,
    marker: PhantomData<&'a Node<T>>,
}

impl<T> Clone for Iter<'_, T> {
    fn clone(&self) -> Self {
        Iter { head: self.head, tail: self.tail, len: self.len, marker: PhantomData }
    }
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    #[inline]
    fn next(&mut self) -> Option<&'a T> {
        if self.len == 0 {
            return None;
        }
        let node = self.head?;
        unsafe {
            let node = &*node.as_ptr();
            self.len -= 1;
            self.head = node.next;
            Some(&node.element)
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.len, Some(self.len))
    }
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a T> {
        if self.len == 0 {
            return None;
        }
        let node = self.tail?;
        unsafe {
            let node = &*node.as_ptr();
            self.len -= 1;
            self.tail = node.prev;
            Some(&node.element)
        }
    }
}

impl<T> ExactSizeIterator for Iter<'_, T> {}

/// A mutable iterator over a list's elements.
pub struct IterMut<'a, T> {
    head: Option<NonNull<Node<T>>>,
    tail: Option<NonNull<Node<T>>>,
    len: usize,
    marker: PhantomData<&'a mut Node<T>>,
}

impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;

    #[inline]
    fn next(&mut self) -> Option<&'a mut T> {
        if self.len == 0 {
            return None;
        }
        let node = self.head?;
        unsafe {
            let node = &mut *node.as_ptr();
            self.len -= 1;
            self.head = node.next;
            Some(&mut node.element)
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.len, Some(self.len))
    }
}

impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a mut T> {
        if self.len == 0 {
            return None;
        }
        let node = self.tail?;
        unsafe {
            let node = &mut *node.as_ptr();
            self.len -= 1;
            self.tail = node.prev;
            Some(&mut node.element)
        }
    }
}

impl<T> ExactSizeIterator for IterMut<'_, T> {}

/// An owning iterator over a list's elements.
pub struct IntoIter<T> {
    list: LinkedList<T>,
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;

    #[inline]
    fn next(&mut self) -> Option<T> {
        self.list.pop_front()
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.list.len, Some(self.list.len))
    }
}

impl<T> DoubleEndedIterator for IntoIter<T> {
    #[inline]
    fn next_back(&mut self) -> Option<T> {
        self.list.pop_back()
    }
}

impl<T> ExactSizeIterator for IntoIter<T> {}

impl<T> IntoIterator for LinkedList<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;

    fn into_iter(self) -> IntoIter<T> {
        IntoIter { list: self }
    }
}

impl<'a, T> IntoIterator for &'a LinkedList<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<'a, T> IntoIterator for &'a mut LinkedList<T> {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;

    fn into_iter(self) -> IterMut<'a, T> {
        self.iter_mut()
    }
}
