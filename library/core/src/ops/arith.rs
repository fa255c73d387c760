//! Arithmetic operators.

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

binop_trait!("add" Add add, "add_assign" AddAssign add_assign);
binop_trait!("sub" Sub sub, "sub_assign" SubAssign sub_assign);
binop_trait!("mul" Mul mul, "mul_assign" MulAssign mul_assign);
binop_trait!("div" Div div, "div_assign" DivAssign div_assign);
binop_trait!("rem" Rem rem, "rem_assign" RemAssign rem_assign);

#[lang = "neg"]
pub trait Neg {
    type Output;
    fn neg(self) -> Self::Output;
}

macro_rules! arith_impls {
    ($($t:ty)*) => {
        $(
            impl Add for $t {
                type Output = $t;
                #[inline]
                #[rustc_inherit_overflow_checks]
                fn add(self, rhs: $t) -> $t { self + rhs }
            }
            impl Sub for $t {
                type Output = $t;
                #[inline]
                #[rustc_inherit_overflow_checks]
                fn sub(self, rhs: $t) -> $t { self - rhs }
            }
            impl Mul for $t {
                type Output = $t;
                #[inline]
                #[rustc_inherit_overflow_checks]
                fn mul(self, rhs: $t) -> $t { self * rhs }
            }
            impl Div for $t {
                type Output = $t;
                #[inline]
                fn div(self, rhs: $t) -> $t { self / rhs }
            }
            impl Rem for $t {
                type Output = $t;
                #[inline]
                fn rem(self, rhs: $t) -> $t { self % rhs }
            }
            impl AddAssign for $t {
                #[inline]
                #[rustc_inherit_overflow_checks]
                fn add_assign(&mut self, rhs: $t) { *self += rhs }
            }
            impl SubAssign for $t {
                #[inline]
                #[rustc_inherit_overflow_checks]
                fn sub_assign(&mut self, rhs: $t) { *self -= rhs }
            }
            impl MulAssign for $t {
                #[inline]
                #[rustc_inherit_overflow_checks]
                fn mul_assign(&mut self, rhs: $t) { *self *= rhs }
            }
            impl DivAssign for $t {
                #[inline]
                fn div_assign(&mut self, rhs: $t) { *self /= rhs }
            }
            impl RemAssign for $t {
                #[inline]
                fn rem_assign(&mut self, rhs: $t) { *self %= rhs }
            }
        )*
    };
}

arith_impls! { u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize f32 f64 }

/// `&a + b`, `a + &b`, `&a + &b` and `a += &b` for a primitive `op`.
macro_rules! forward_ref_binop {
    ($Trait:ident $method:ident, $TraitAssign:ident $method_assign:ident; $($t:ty)*) => {
        $(
            impl<'a> $Trait<$t> for &'a $t {
                type Output = $t;
                #[inline]
                #[track_caller]
                #[rustc_inherit_overflow_checks]
                fn $method(self, rhs: $t) -> $t { $Trait::$method(*self, rhs) }
            }
            impl<'a> $Trait<&'a $t> for $t {
                type Output = $t;
                #[inline]
                #[track_caller]
                #[rustc_inherit_overflow_checks]
                fn $method(self, rhs: &'a $t) -> $t { $Trait::$method(self, *rhs) }
            }
            impl<'a, 'b> $Trait<&'a $t> for &'b $t {
                type Output = $t;
                #[inline]
                #[track_caller]
                #[rustc_inherit_overflow_checks]
                fn $method(self, rhs: &'a $t) -> $t { $Trait::$method(*self, *rhs) }
            }
            impl<'a> $TraitAssign<&'a $t> for $t {
                #[inline]
                #[track_caller]
                #[rustc_inherit_overflow_checks]
                fn $method_assign(&mut self, rhs: &'a $t) { $TraitAssign::$method_assign(self, *rhs) }
            }
        )*
    };
}



forward_ref_binop! { Add add, AddAssign add_assign; u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize f32 f64 }
forward_ref_binop! { Sub sub, SubAssign sub_assign; u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize f32 f64 }
forward_ref_binop! { Mul mul, MulAssign mul_assign; u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize f32 f64 }
forward_ref_binop! { Div div, DivAssign div_assign; u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize f32 f64 }
forward_ref_binop! { Rem rem, RemAssign rem_assign; u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize f32 f64 }

macro_rules! neg_impls {
    ($($t:ty)*) => {
        $(
            impl Neg for $t {
                type Output = $t;
                #[inline]
                #[rustc_inherit_overflow_checks]
                fn neg(self) -> $t { -self }
            }
            impl<'a> Neg for &'a $t {
                type Output = $t;
                #[inline]
                #[rustc_inherit_overflow_checks]
                fn neg(self) -> $t { -*self }
            }
        )*
    };
}

neg_impls! { i8 i16 i32 i64 i128 isize f32 f64 }
