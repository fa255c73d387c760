// Diverging expressions coerced into an unknown type make it `()`; `Self::Target` of a
// supertrait in an impl; `ref mut` bindings use `DerefMut`; methods the caller cannot see
// are passed over by autoderef; arrays of non-Copy types have `Default`.
#![allow(unreachable_code)]
use std::ops::{Deref, DerefMut};

struct Wrap<T>(T, u8);

impl<T> Deref for Wrap<T> {
    type Target = T;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl<T> DerefMut for Wrap<T> {
    fn deref_mut(&mut self) -> &mut Self::Target {
        self.1 += 1;
        &mut self.0
    }
}

mod inner {
    pub struct Outer(pub crate::Target);
    impl Outer {
        fn f(&self) -> bool {
            false
        }
    }
    impl std::ops::Deref for Outer {
        type Target = crate::Target;
        fn deref(&self) -> &crate::Target {
            &self.0
        }
    }
}

pub struct Target;
impl Target {
    fn f(&self) -> bool {
        true
    }
}

#[derive(Debug, Default)]
struct NotCopy(u8);

fn main() {
    let mut v = Vec::new();
    loop {
        v.push(break);
    }
    println!("{}", v.len());
    let mut w = Wrap((1, 2), 0);
    {
        let (ref mut a, ref b) = *w;
        *a += *b;
    }
    println!("{:?} {}", w.0, w.1);
    let o = inner::Outer(Target);
    println!("{}", o.f());
    let arr: [NotCopy; 3] = Default::default();
    println!("{:?}", arr);
}
