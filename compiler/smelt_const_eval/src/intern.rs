//! Interning: turning the final value of an evaluation into a `ConstValue` that code
//! generation can emit. Scalars stay scalars; `&str` and `&[T]` pointing at the start of
//! their memory become `Slice`s; everything else becomes an `Indirect` allocation of the
//! value's bytes. Every allocation the value points to, directly or not, becomes an
//! `Allocation` (a local the constant kept alive, such as the `5` of `const C: &i32 = &5;`),
//! or stays what it was (another constant's memory, a static, a function).

use std::rc::Rc;

use rustc_hash::{FxHashMap, FxHashSet};
use smelt_ast::Mutability;
use smelt_mir::Local;
use smelt_ty::consts::{Allocation, ConstValue, GlobalAlloc, Pointer, Scalar as ConstScalar};
use smelt_ty::layout::BackendRepr;
use smelt_ty::ScalarInt;

use crate::error::{err, InterpResult};
use crate::interp::{InterpCx, RootKind};
use crate::memory::{AllocId, AllocKind, Bytes};

impl InterpCx<'_> {
    /// The value of the outermost frame's return place.
    pub fn intern_result(&mut self) -> InterpResult<ConstValue> {
        let place = self.local_place(Local::RETURN_PLACE)?;
        let layout = place.layout.clone();
        if layout.is_zst() {
            return Ok(ConstValue::ZeroSized);
        }
        let ps = self.ptr_size();
        let be = self.mem.big_endian;
        let bytes = self.mem.read_bytes(place.ptr, layout.size)?;
        let mut memo = FxHashMap::default();
        match layout.repr {
            // Uninitialised bytes (a `MaybeUninit`) can only be emitted from memory.
            BackendRepr::Scalar(_) if bytes.init.iter().all(|b| *b) => {
                let s = bytes.scalar_at(0, layout.size, ps, be)?;
                return Ok(ConstValue::Scalar(match s.prov {
                    None => ConstScalar::Int(ScalarInt {
                        data: s.bits,
                        size: layout.size as u8,
                    }),
                    Some(id) => ConstScalar::Ptr(Pointer {
                        target: self.intern_alloc(id, &mut memo)?,
                        offset: s.bits as u64,
                    }),
                }));
            }
            BackendRepr::ScalarPair(..)
                if self.is_slice_ptr(place.ty) && bytes.init.iter().all(|b| *b) =>
            {
                let data = bytes.scalar_at(0, ps, ps, be)?;
                let len = bytes.scalar_at(ps, ps, ps, be)?;
                if let (Some(id), 0, None) = (data.prov, data.bits, len.prov) {
                    if let GlobalAlloc::Memory(alloc) = self.intern_alloc(id, &mut memo)? {
                        return Ok(ConstValue::Slice {
                            data: alloc,
                            len: len.bits as u64,
                        });
                    }
                }
            }
            _ => {}
        }
        let alloc = self.bytes_to_allocation(&bytes, layout.align, &mut memo)?;
        Ok(ConstValue::Indirect {
            alloc: Rc::new(alloc),
            offset: 0,
        })
    }

    fn mutability(&self) -> Mutability {
        match self.root_kind {
            RootKind::Static { mutable: true } => Mutability::Mut,
            _ => Mutability::Not,
        }
    }

    /// An `Allocation` of `bytes`, interning what its pointers point to.
    fn bytes_to_allocation(
        &mut self,
        bytes: &Bytes,
        align: u64,
        memo: &mut FxHashMap<AllocId, GlobalAlloc>,
    ) -> InterpResult<Allocation> {
        for (_, t) in &bytes.relocs {
            self.intern_alloc(*t, memo)?;
        }
        Ok(self.build_allocation(bytes, align, memo))
    }

    /// Builds an allocation whose pointers' targets are all in `memo`.
    fn build_allocation(
        &self,
        bytes: &Bytes,
        align: u64,
        memo: &FxHashMap<AllocId, GlobalAlloc>,
    ) -> Allocation {
        let ps = self.ptr_size();
        let be = self.mem.big_endian;
        let mut data = bytes.data.clone();
        let mut relocations = Vec::new();
        let mut relocs = bytes.relocs.clone();
        relocs.sort_by_key(|(o, _)| *o);
        for (off, target) in relocs {
            let offset = bytes
                .scalar_at(off, ps, ps, be)
                .map_or(0, |s| s.bits as u64);
            let (o, n) = (off as usize, ps as usize);
            if let Some(slot) = data.get_mut(o..o + n) {
                slot.iter_mut().for_each(|b| *b = 0);
            }
            if let Some(g) = memo.get(&target) {
                relocations.push((
                    off,
                    Pointer {
                        target: g.clone(),
                        offset,
                    },
                ));
            }
        }
        Allocation {
            bytes: data,
            relocations,
            align,
            mutability: self.mutability(),
        }
    }

    /// What a pointer to allocation `root` points to in the final value. Works through a
    /// list in post-order (an allocation after everything it points to), not recursion.
    fn intern_alloc(
        &mut self,
        root: AllocId,
        memo: &mut FxHashMap<AllocId, GlobalAlloc>,
    ) -> InterpResult<GlobalAlloc> {
        let mut in_progress: FxHashSet<AllocId> = FxHashSet::default();
        let mut stack = vec![(root, false)];
        while let Some((id, expanded)) = stack.pop() {
            if memo.contains_key(&id) {
                continue;
            }
            let a = self.mem.get(id);
            let g = match &a.kind {
                AllocKind::Global(rc) => GlobalAlloc::Memory(rc.clone()),
                AllocKind::Static { def, .. } => GlobalAlloc::Static(*def),
                AllocKind::Function(i) => GlobalAlloc::Function(*i),
                AllocKind::VTable(t, tr) => GlobalAlloc::VTable(*t, *tr),
                AllocKind::Stack => {
                    if !a.live {
                        return Err(err::eval(format!(
                            "encountered dangling pointer in final value of {}",
                            self.root_descr()
                        )));
                    }
                    if !expanded {
                        if !in_progress.insert(id) {
                            return Err(err::unsupported(
                                "a constant whose memory points to itself",
                            ));
                        }
                        stack.push((id, true));
                        for t in a.relocs.values() {
                            if !memo.contains_key(t) {
                                if in_progress.contains(t) {
                                    return Err(err::unsupported(
                                        "a constant whose memory points to itself",
                                    ));
                                }
                                stack.push((*t, false));
                            }
                        }
                        continue;
                    }
                    let bytes = Bytes {
                        data: a.bytes.clone(),
                        init: a.init.clone(),
                        relocs: a.relocs.iter().map(|(o, t)| (*o, *t)).collect(),
                    };
                    let align = a.align;
                    in_progress.remove(&id);
                    GlobalAlloc::Memory(Rc::new(self.build_allocation(&bytes, align, memo)))
                }
            };
            memo.insert(id, g);
        }
        Ok(memo
            .get(&root)
            .cloned()
            .unwrap_or(GlobalAlloc::Memory(Rc::new(Allocation::from_bytes(
                Vec::new(),
                1,
            )))))
    }

    fn root_descr(&self) -> &'static str {
        match self.root_kind {
            RootKind::Const => "constant",
            RootKind::Static { .. } => "static",
        }
    }
}
