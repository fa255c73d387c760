//! Bitwise and shift operators.

macro_rules! binop_trait {
    ($lang:literal $Trait:ident $method:ident, $lang_assign:literal $TraitAssign:ident $method_assign:ident) => {
        #[lang = $lang]
        pub trait $Trait<Rhs = Self> {
            type Output;
            fn $method(self, rhs: Rhs) -> Self::Output;
        }

        #[lang = $lang_assign]
        pub trait $TraitAssign<Rhs = Self> {
            fn $method_assign(&mut self, rhs: Rhs);
        }
    };
}

binop_trait!("bitand" BitAnd bitand, "bitand_assign" BitAndAssign bitand_assign);
binop_trait!("bitor" BitOr bitor, "bitor_assign" BitOrAssign bitor_assign);
binop_trait!("bitxor" BitXor bitxor, "bitxor_assign" BitXorAssign bitxor_assign);
binop_trait!("shl" Shl shl, "shl_assign" ShlAssign shl_assign);
binop_trait!("shr" Shr shr, "shr_assign" ShrAssign shr_assign);

#[lang = "not"]
pub trait Not {
    type Output;
    fn not(self) -> Self::Output;
}

macro_rules! bit_impls {
    ($($t:ty)*) => {
        $(
            impl BitAnd for $t {
                type Output = $t;
                #[inline]
                fn bitand(self, rhs: $t) -> $t { self & rhs }
            }
            impl BitOr for $t {
                type Output = $t;
                #[inline]
                fn bitor(self, rhs: $t) -> $t { self | rhs }
            }
            impl BitXor for $t {
                type Output = $t;
                #[inline]
                fn bitxor(self, rhs: $t) -> $t { self ^ rhs }
            }
            impl BitAndAssign for $t {
                #[inline]
                fn bitand_assign(&mut self, rhs: $t) { *self &= rhs }
            }
            impl BitOrAssign for $t {
                #[inline]
                fn bitor_assign(&mut self, rhs: $t) { *self |= rhs }
            }
            impl BitXorAssign for $t {
                #[inline]
                fn bitxor_assign(&mut self, rhs: $t) { *self ^= rhs }
            }
            impl Not for $t {
                type Output = $t;
                #[inline]
                fn not(self) -> $t { !self }
            }
        )*
    };
}

bit_impls! { bool u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize }

forward_ref_binop! { BitAnd bitand, BitAndAssign bitand_assign; bool u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize }
forward_ref_binop! { BitOr bitor, BitOrAssign bitor_assign; bool u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize }
forward_ref_binop! { BitXor bitxor, BitXorAssign bitxor_assign; bool u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize }

macro_rules! not_ref {
    ($($t:ty)*) => {
        $(
            impl<'a> Not for &'a $t {
                type Output = $t;
                #[inline]
                fn not(self) -> $t { !*self }
            }
        )*
    };
}

not_ref! { bool u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize }

macro_rules! shift_impls {
    ($($t:ty)*) => {
        $(
            shift_impls!(@rhs $t; u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize);
        )*
    };
    (@rhs $t:ty; $($r:ty)*) => {
        $(
            impl Shl<$r> for $t {
                type Output = $t;
                #[inline]
                #[rustc_inherit_overflow_checks]
                fn shl(self, rhs: $r) -> $t { self << rhs }
            }
            impl Shr<$r> for $t {
                type Output = $t;
                #[inline]
                #[rustc_inherit_overflow_checks]
                fn shr(self, rhs: $r) -> $t { self >> rhs }
            }
            impl ShlAssign<$r> for $t {
                #[inline]
                #[rustc_inherit_overflow_checks]
                fn shl_assign(&mut self, rhs: $r) { *self <<= rhs }
            }
            impl ShrAssign<$r> for $t {
                #[inline]
                #[rustc_inherit_overflow_checks]
                fn shr_assign(&mut self, rhs: $r) { *self >>= rhs }
            }
            // The reference forms, as for the other operators.
            impl<'a> Shl<$r> for &'a $t {
                type Output = $t;
                #[inline]
                #[rustc_inherit_overflow_checks]
                fn shl(self, rhs: $r) -> $t { *self << rhs }
            }
            impl<'a> Shl<&'a $r> for $t {
                type Output = $t;
                #[inline]
                #[rustc_inherit_overflow_checks]
                fn shl(self, rhs: &'a $r) -> $t { self << *rhs }
            }
            impl<'a, 'b> Shl<&'a $r> for &'b $t {
                type Output = $t;
                #[inline]
                #[rustc_inherit_overflow_checks]
                fn shl(self, rhs: &'a $r) -> $t { *self << *rhs }
            }
            impl<'a> Shr<$r> for &'a $t {
                type Output = $t;
                #[inline]
                #[rustc_inherit_overflow_checks]
                fn shr(self, rhs: $r) -> $t { *self >> rhs }
            }
            impl<'a> Shr<&'a $r> for $t {
                type Output = $t;
                #[inline]
                #[rustc_inherit_overflow_checks]
                fn shr(self, rhs: &'a $r) -> $t { self >> *rhs }
            }
            impl<'a, 'b> Shr<&'a $r> for &'b $t {
                type Output = $t;
                #[inline]
                #[rustc_inherit_overflow_checks]
                fn shr(self, rhs: &'a $r) -> $t { *self >> *rhs }
            }
            impl<'a> ShlAssign<&'a $r> for $t {
                #[inline]
                #[rustc_inherit_overflow_checks]
                fn shl_assign(&mut self, rhs: &'a $r) { *self <<= *rhs }
            }
            impl<'a> ShrAssign<&'a $r> for $t {
                #[inline]
                #[rustc_inherit_overflow_checks]
                fn shr_assign(&mut self, rhs: &'a $r) { *self >>= *rhs }
            }
        )*
    };
}

shift_impls! { u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize }
