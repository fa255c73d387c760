//! The interpreter's abstract memory: allocations of bytes, each byte known to be initialised
//! or not, plus a map of the pointers stored in them (relocations). A pointer is an
//! allocation and an offset into it ("provenance"); an integer cast to a pointer has no
//! allocation. Allocations are never reused: a freed one stays in the table, dead, so that a
//! dangling pointer is detected instead of reading someone else's data.

use std::collections::BTreeMap;
use std::rc::Rc;

use smelt_hir::DefId;
use smelt_span::newtype_index;
use smelt_ty::consts::Allocation;
use smelt_ty::{Instance, TraitRef, Ty};

use crate::error::{err, ub, InterpResult};

newtype_index! {
    /// An allocation of the interpreter's memory.
    pub struct AllocId; "alloc"
}

/// What an allocation is.
#[derive(Clone, Debug)]
pub enum AllocKind {
    /// A local of a frame.
    Stack,
    /// The memory of an evaluated constant or literal: read-only, and given back unchanged
    /// when the result is interned.
    Global(Rc<Allocation>),
    /// A static. Its bytes are loaded from its evaluated initial value on first read.
    Static {
        def: DefId,
        mutable: bool,
        loaded: bool,
    },
    /// A function, as the target of function pointers: no bytes.
    Function(Instance),
    /// A vtable, as the metadata of `&dyn Trait` pointers: no bytes.
    VTable(Ty, Option<TraitRef>),
}

#[derive(Clone, Debug)]
pub struct Alloc {
    pub bytes: Vec<u8>,
    pub init: Vec<bool>,
    /// `offset -> allocation`: the pointer-sized bytes at `offset` hold an offset into that
    /// allocation.
    pub relocs: BTreeMap<u64, AllocId>,
    pub align: u64,
    pub mutable: bool,
    pub kind: AllocKind,
    pub live: bool,
}

/// A pointer: an offset into an allocation, or (without provenance) a plain address.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct Ptr {
    pub prov: Option<AllocId>,
    pub addr: u64,
}

impl Ptr {
    pub fn new(alloc: AllocId, offset: u64) -> Ptr {
        Ptr {
            prov: Some(alloc),
            addr: offset,
        }
    }

    pub fn offset(self, by: u64) -> Ptr {
        Ptr {
            prov: self.prov,
            addr: self.addr.wrapping_add(by),
        }
    }
}

/// A value of at most 16 bytes: integer bits, or a pointer (then `bits` is the offset).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct Scalar {
    pub bits: u128,
    pub prov: Option<AllocId>,
    pub size: u8,
}

impl Scalar {
    pub fn from_uint(v: u128, size: u64) -> Scalar {
        Scalar {
            bits: truncate(v, size),
            prov: None,
            size: size as u8,
        }
    }

    pub fn from_bool(b: bool) -> Scalar {
        Scalar::from_uint(b as u128, 1)
    }

    pub fn from_ptr(p: Ptr, size: u64) -> Scalar {
        Scalar {
            bits: p.addr as u128,
            prov: p.prov,
            size: size as u8,
        }
    }

    pub fn to_ptr(self) -> Ptr {
        Ptr {
            prov: self.prov,
            addr: self.bits as u64,
        }
    }
}

/// Bytes copied out of memory, with their initialisation and the pointers in them (offsets
/// relative to the start).
#[derive(Clone, Debug, Default)]
pub struct Bytes {
    pub data: Vec<u8>,
    pub init: Vec<bool>,
    pub relocs: Vec<(u64, AllocId)>,
}

impl Bytes {
    pub fn uninit(size: u64) -> Bytes {
        Bytes {
            data: vec![0; size as usize],
            init: vec![false; size as usize],
            relocs: Vec::new(),
        }
    }

    pub fn len(&self) -> u64 {
        self.data.len() as u64
    }

    /// Writes `s` at `offset` (within bounds: callers size the buffer from the layout).
    pub fn put_scalar(&mut self, offset: u64, s: Scalar, big_endian: bool) {
        let (o, n) = (offset as usize, s.size as usize);
        if o + n > self.data.len() {
            return;
        }
        encode(&mut self.data[o..o + n], s.bits, big_endian);
        self.init[o..o + n].iter_mut().for_each(|b| *b = true);
        self.relocs
            .retain(|(r, _)| *r < offset || *r >= offset + n as u64);
        if let Some(p) = s.prov {
            self.relocs.push((offset, p));
        }
    }

    /// Copies `other` in at `offset`.
    pub fn put_bytes(&mut self, offset: u64, other: &Bytes) {
        let o = offset as usize;
        let n = other.data.len();
        if o + n > self.data.len() {
            return;
        }
        self.data[o..o + n].copy_from_slice(&other.data);
        self.init[o..o + n].copy_from_slice(&other.init);
        self.relocs
            .retain(|(r, _)| *r < offset || *r >= offset + n as u64);
        self.relocs
            .extend(other.relocs.iter().map(|(r, a)| (r + offset, *a)));
    }

    /// The bytes `offset..offset + size`.
    pub fn slice(&self, offset: u64, size: u64) -> Bytes {
        let (o, n) = (offset as usize, size as usize);
        let end = (o + n).min(self.data.len());
        let o = o.min(end);
        Bytes {
            data: self.data[o..end].to_vec(),
            init: self.init[o..end].to_vec(),
            relocs: self
                .relocs
                .iter()
                .filter(|(r, _)| *r >= offset && *r < offset + size)
                .map(|(r, a)| (r - offset, *a))
                .collect(),
        }
    }

    /// Reads a scalar of `size` bytes at `offset`, as `Memory::read_scalar` does.
    pub fn scalar_at(
        &self,
        offset: u64,
        size: u64,
        ptr_size: u64,
        big_endian: bool,
    ) -> InterpResult<Scalar> {
        let (o, n) = (offset as usize, size as usize);
        if o + n > self.data.len() || size > 16 {
            return Err(ub("reading a value outside of its bytes"));
        }
        scalar_from_parts(
            &self.data[o..o + n],
            &self.init[o..o + n],
            self.relocs
                .iter()
                .map(|(r, a)| (*r as i64 - offset as i64, *a)),
            size,
            ptr_size,
            big_endian,
        )
    }
}

/// Keeps the low `size` bytes of `v`.
pub fn truncate(v: u128, size: u64) -> u128 {
    if size >= 16 {
        v
    } else {
        v & ((1u128 << (size * 8)) - 1)
    }
}

/// Sign-extends the low `size` bytes of `v`.
pub fn sign_extend(v: u128, size: u64) -> i128 {
    if size == 0 {
        return 0;
    }
    if size >= 16 {
        return v as i128;
    }
    let shift = 128 - size * 8;
    ((v << shift) as i128) >> shift
}

fn encode(out: &mut [u8], v: u128, big_endian: bool) {
    let le = v.to_le_bytes();
    let n = out.len();
    for (i, b) in out.iter_mut().enumerate() {
        let j = if big_endian { n - 1 - i } else { i };
        *b = le.get(j).copied().unwrap_or(0);
    }
}

fn decode(bytes: &[u8], big_endian: bool) -> u128 {
    let mut v: u128 = 0;
    let n = bytes.len();
    for i in 0..n {
        let b = if big_endian {
            bytes[i]
        } else {
            bytes[n - 1 - i]
        };
        v = (v << 8) | b as u128;
    }
    v
}

/// A scalar from bytes, their initialisation and the relocations near them (offsets relative
/// to the first byte).
fn scalar_from_parts(
    data: &[u8],
    init: &[bool],
    relocs: impl Iterator<Item = (i64, AllocId)>,
    size: u64,
    ptr_size: u64,
    big_endian: bool,
) -> InterpResult<Scalar> {
    let mut prov = None;
    for (r, a) in relocs {
        if r + ptr_size as i64 <= 0 || r >= size as i64 {
            continue;
        }
        if r == 0 && size == ptr_size {
            prov = Some(a);
        } else {
            return Err(err::ptr_to_int());
        }
    }
    if init.iter().any(|b| !b) {
        return Err(ub(
            "using uninitialized data, but this operation requires initialized memory",
        ));
    }
    Ok(Scalar {
        bits: decode(data, big_endian),
        prov,
        size: size as u8,
    })
}

/// The largest allocation the evaluator makes (rustc's limit is the host's memory; smelt's
/// is lower so that a huge constant is an error, never an abort).
pub const MAX_ALLOC: u64 = 1 << 30;

/// Fails for an allocation larger than `MAX_ALLOC`.
pub fn check_alloc_size(size: u64) -> InterpResult<()> {
    if size > MAX_ALLOC {
        return Err(err::eval(
            "tried to allocate more memory than available to compiler",
        ));
    }
    Ok(())
}

pub struct Memory {
    pub allocs: Vec<Alloc>,
    pub ptr_size: u64,
    pub big_endian: bool,
}

impl Memory {
    pub fn new(ptr_size: u64, big_endian: bool) -> Memory {
        Memory {
            allocs: Vec::new(),
            ptr_size,
            big_endian,
        }
    }

    pub fn allocate(&mut self, size: u64, align: u64, kind: AllocKind, mutable: bool) -> AllocId {
        let id = AllocId::from_u32(self.allocs.len() as u32);
        self.allocs.push(Alloc {
            bytes: vec![0; size as usize],
            init: vec![false; size as usize],
            relocs: BTreeMap::new(),
            align: align.max(1),
            mutable,
            kind,
            live: true,
        });
        id
    }

    pub fn get(&self, id: AllocId) -> &Alloc {
        &self.allocs[id.as_usize()]
    }

    pub fn get_mut(&mut self, id: AllocId) -> &mut Alloc {
        &mut self.allocs[id.as_usize()]
    }

    pub fn free(&mut self, id: AllocId) {
        let a = self.get_mut(id);
        a.live = false;
        a.bytes = Vec::new();
        a.init = Vec::new();
        a.relocs.clear();
    }

    /// The allocation and offset of an access of `size` bytes at `ptr`, after checking that
    /// it is in bounds of a live allocation. `None` for a zero-sized access, which any
    /// pointer may make.
    pub fn check_access(&self, ptr: Ptr, size: u64) -> InterpResult<Option<(AllocId, u64)>> {
        let Some(id) = ptr.prov else {
            if size == 0 {
                return Ok(None);
            }
            return Err(ub(format!(
                "memory access failed: expected a pointer to {size} byte{} of memory, but got {:#x}[noalloc] which is a dangling pointer (it has no provenance)",
                if size == 1 { "" } else { "s" },
                ptr.addr
            )));
        };
        let a = self.get(id);
        if !a.live {
            return Err(ub(format!(
                "memory access failed: {id:?} has been freed, so this pointer is dangling"
            )));
        }
        let len = a.bytes.len() as u64;
        match ptr.addr.checked_add(size) {
            Some(end) if end <= len => {}
            _ if size == 0 && ptr.addr <= len => {}
            _ => {
                return Err(ub(format!(
                    "memory access failed: attempting to access {size} byte{}, but got {id:?}+{:#x} which is at or beyond the end of the allocation of size {len} byte{}",
                    if size == 1 { "" } else { "s" },
                    ptr.addr,
                    if len == 1 { "" } else { "s" }
                )))
            }
        }
        if size == 0 {
            return Ok(None);
        }
        Ok(Some((id, ptr.addr)))
    }

    pub fn read_bytes(&self, ptr: Ptr, size: u64) -> InterpResult<Bytes> {
        let Some((id, off)) = self.check_access(ptr, size)? else {
            return Ok(Bytes::default());
        };
        let a = self.get(id);
        let (o, n) = (off as usize, size as usize);
        let ps = self.ptr_size;
        let relocs = a
            .relocs
            .range(off.saturating_sub(ps - 1)..off + size)
            .map(|(r, t)| (*r, *t))
            .collect::<Vec<_>>();
        // A pointer cut in two by the access cannot be represented as bytes.
        if relocs.iter().any(|(r, _)| *r < off || *r + ps > off + size) {
            return Err(err::ptr_to_int());
        }
        Ok(Bytes {
            data: a.bytes[o..o + n].to_vec(),
            init: a.init[o..o + n].to_vec(),
            relocs: relocs.into_iter().map(|(r, t)| (r - off, t)).collect(),
        })
    }

    pub fn write_bytes(&mut self, ptr: Ptr, bytes: &Bytes) -> InterpResult<()> {
        let size = bytes.len();
        let Some((id, off)) = self.check_access(ptr, size)? else {
            return Ok(());
        };
        let ps = self.ptr_size;
        let a = self.get_mut(id);
        if !a.mutable {
            return Err(match a.kind {
                AllocKind::Static { .. } => err::eval(
                    "modifying a static's initial value from another static's initializer",
                ),
                _ => ub("writing to read-only memory"),
            });
        }
        let (o, n) = (off as usize, size as usize);
        a.bytes[o..o + n].copy_from_slice(&bytes.data);
        a.init[o..o + n].copy_from_slice(&bytes.init);
        let stale: Vec<u64> = a
            .relocs
            .range(off.saturating_sub(ps - 1)..off + size)
            .map(|(r, _)| *r)
            .collect();
        for r in stale {
            a.relocs.remove(&r);
        }
        for (r, t) in &bytes.relocs {
            a.relocs.insert(off + r, *t);
        }
        Ok(())
    }

    pub fn read_scalar(&self, ptr: Ptr, size: u64) -> InterpResult<Scalar> {
        let bytes = self.read_bytes_allow_partial_ptr(ptr, size)?;
        scalar_from_parts(
            &bytes.0.data,
            &bytes.0.init,
            bytes.1.into_iter(),
            size,
            self.ptr_size,
            self.big_endian,
        )
    }

    /// Like `read_bytes`, but returns the relocations overlapping the range (relative,
    /// possibly negative) instead of failing on a cut pointer.
    fn read_bytes_allow_partial_ptr(
        &self,
        ptr: Ptr,
        size: u64,
    ) -> InterpResult<(Bytes, Vec<(i64, AllocId)>)> {
        let Some((id, off)) = self.check_access(ptr, size)? else {
            return Ok((Bytes::default(), Vec::new()));
        };
        let a = self.get(id);
        let (o, n) = (off as usize, size as usize);
        let relocs = a
            .relocs
            .range(off.saturating_sub(self.ptr_size - 1)..off + size)
            .map(|(r, t)| (*r as i64 - off as i64, *t))
            .collect();
        Ok((
            Bytes {
                data: a.bytes[o..o + n].to_vec(),
                init: a.init[o..o + n].to_vec(),
                relocs: Vec::new(),
            },
            relocs,
        ))
    }

    pub fn write_scalar(&mut self, ptr: Ptr, s: Scalar) -> InterpResult<()> {
        let mut b = Bytes::uninit(s.size as u64);
        b.put_scalar(0, s, self.big_endian);
        self.write_bytes(ptr, &b)
    }
}
