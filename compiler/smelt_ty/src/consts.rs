//! Values of constants and statics, as the const evaluator produces them and code generation
//! emits them: scalars, or bytes in an `Allocation` whose pointers (relocations) refer to other
//! allocations, functions or statics.

use std::rc::Rc;

use smelt_ast::Mutability;
use smelt_hir::DefId;

use crate::instance::Instance;
use crate::sty::{ScalarInt, TraitRef, Ty};

/// What a pointer in constant memory points into.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GlobalAlloc {
    Memory(Rc<Allocation>),
    Function(Instance),
    Static(DefId),
    /// The vtable of a type for a trait object.
    VTable(Ty, Option<TraitRef>),
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Pointer {
    pub target: GlobalAlloc,
    pub offset: u64,
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Scalar {
    Int(ScalarInt),
    Ptr(Pointer),
}

/// Bytes of constant memory plus the pointers stored in them.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Allocation {
    pub bytes: Vec<u8>,
    /// `(offset, pointer)`: the pointer-sized bytes at `offset` hold `pointer`.
    pub relocations: Vec<(u64, Pointer)>,
    pub align: u64,
    pub mutability: Mutability,
}

impl Allocation {
    pub fn from_bytes(bytes: Vec<u8>, align: u64) -> Allocation {
        Allocation {
            bytes,
            relocations: Vec::new(),
            align,
            mutability: Mutability::Not,
        }
    }
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConstValue {
    Scalar(Scalar),
    /// A value of a zero-sized type.
    ZeroSized,
    /// A `&str` or `&[T]`: a pointer to the data and a length.
    Slice {
        data: Rc<Allocation>,
        len: u64,
    },
    /// Any other value, stored in memory.
    Indirect {
        alloc: Rc<Allocation>,
        offset: u64,
    },
}

impl ConstValue {
    pub fn from_int(v: ScalarInt) -> ConstValue {
        ConstValue::Scalar(Scalar::Int(v))
    }

    pub fn try_to_scalar_int(&self) -> Option<ScalarInt> {
        match self {
            ConstValue::Scalar(Scalar::Int(s)) => Some(*s),
            _ => None,
        }
    }
}
