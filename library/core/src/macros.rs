//! `core`'s macros: the compiler's built-ins (declared here, implemented in smelt) and the
//! ones written in Rust.

#[rustc_builtin_macro]
#[macro_export]
macro_rules! format_args { ($($t:tt)*) => {}; }
#[rustc_builtin_macro]
#[macro_export]
macro_rules! format_args_nl { ($($t:tt)*) => {}; }
#[rustc_builtin_macro]
#[macro_export]
macro_rules! const_format_args { ($($t:tt)*) => {}; }
#[rustc_builtin_macro]
#[macro_export]
macro_rules! panic { ($($t:tt)*) => {}; }
#[rustc_builtin_macro]
#[macro_export]
macro_rules! unreachable { ($($t:tt)*) => {}; }
#[rustc_builtin_macro]
#[macro_export]
macro_rules! assert { ($($t:tt)*) => {}; }
#[rustc_builtin_macro]
#[macro_export]
macro_rules! concat { ($($t:tt)*) => {}; }
#[rustc_builtin_macro]
#[macro_export]
macro_rules! stringify { ($($t:tt)*) => {}; }
#[rustc_builtin_macro]
#[macro_export]
macro_rules! line { ($($t:tt)*) => {}; }
#[rustc_builtin_macro]
#[macro_export]
macro_rules! column { ($($t:tt)*) => {}; }
#[rustc_builtin_macro]
#[macro_export]
macro_rules! file { ($($t:tt)*) => {}; }
#[rustc_builtin_macro]
#[macro_export]
macro_rules! module_path { ($($t:tt)*) => {}; }
#[rustc_builtin_macro]
#[macro_export]
macro_rules! include { ($($t:tt)*) => {}; }
#[rustc_builtin_macro]
#[macro_export]
macro_rules! include_str { ($($t:tt)*) => {}; }
#[rustc_builtin_macro]
#[macro_export]
macro_rules! include_bytes { ($($t:tt)*) => {}; }
#[rustc_builtin_macro]
#[macro_export]
macro_rules! env { ($($t:tt)*) => {}; }
#[rustc_builtin_macro]
#[macro_export]
macro_rules! option_env { ($($t:tt)*) => {}; }
#[rustc_builtin_macro]
#[macro_export]
macro_rules! compile_error { ($($t:tt)*) => {}; }
#[rustc_builtin_macro]
#[macro_export]
macro_rules! cfg { ($($t:tt)*) => {}; }
#[rustc_builtin_macro]
#[macro_export]
macro_rules! concat_idents { ($($t:tt)*) => {}; }
#[rustc_builtin_macro]
#[macro_export]
macro_rules! trace_macros { ($($t:tt)*) => {}; }
#[rustc_builtin_macro]
#[macro_export]
macro_rules! log_syntax { ($($t:tt)*) => {}; }
#[rustc_builtin_macro]
#[macro_export]
macro_rules! asm { ($($t:tt)*) => {}; }
#[rustc_builtin_macro]
#[macro_export]
macro_rules! global_asm { ($($t:tt)*) => {}; }

/// `panic!` in code of editions 2015 and 2018.
#[macro_export]
macro_rules! panic_2015 {
    () => (
        $crate::panicking::panic("explicit panic")
    );
    ($msg:literal $(,)?) => (
        $crate::panicking::panic($msg)
    );
    ($msg:expr $(,)?) => (
        $crate::panicking::panic_display(&$msg)
    );
    ($fmt:expr, $($arg:tt)+) => (
        $crate::panicking::panic_fmt($crate::const_format_args!($fmt, $($arg)+))
    );
}

/// `panic!` in code of edition 2021 and later.
#[macro_export]
macro_rules! panic_2021 {
    () => (
        $crate::panicking::panic("explicit panic")
    );
    ($($t:tt)+) => (
        $crate::panicking::panic_fmt($crate::const_format_args!($($t)+))
    );
}

#[macro_export]
macro_rules! unreachable_2015 {
    () => (
        $crate::panicking::panic("internal error: entered unreachable code")
    );
    ($msg:expr $(,)?) => (
        $crate::panicking::unreachable_display(&$msg)
    );
    ($fmt:expr, $($arg:tt)*) => (
        $crate::panic!($crate::concat!("internal error: entered unreachable code: ", $fmt), $($arg)*)
    );
}

#[macro_export]
macro_rules! unreachable_2021 {
    () => (
        $crate::panicking::panic("internal error: entered unreachable code")
    );
    ($($t:tt)+) => (
        $crate::panic!("internal error: entered unreachable code: {}", $crate::format_args!($($t)+))
    );
}

#[macro_export]
macro_rules! assert_eq {
    ($left:expr, $right:expr $(,)?) => {
        match (&$left, &$right) {
            (left_val, right_val) => {
                if !(*left_val == *right_val) {
                    let kind = $crate::panicking::AssertKind::Eq;
                    $crate::panicking::assert_failed(kind, &*left_val, &*right_val, $crate::option::Option::None);
                }
            }
        }
    };
    ($left:expr, $right:expr, $($arg:tt)+) => {
        match (&$left, &$right) {
            (left_val, right_val) => {
                if !(*left_val == *right_val) {
                    let kind = $crate::panicking::AssertKind::Eq;
                    $crate::panicking::assert_failed(kind, &*left_val, &*right_val, $crate::option::Option::Some($crate::format_args!($($arg)+)));
                }
            }
        }
    };
}

#[macro_export]
macro_rules! assert_ne {
    ($left:expr, $right:expr $(,)?) => {
        match (&$left, &$right) {
            (left_val, right_val) => {
                if *left_val == *right_val {
                    let kind = $crate::panicking::AssertKind::Ne;
                    $crate::panicking::assert_failed(kind, &*left_val, &*right_val, $crate::option::Option::None);
                }
            }
        }
    };
    ($left:expr, $right:expr, $($arg:tt)+) => {
        match (&$left, &$right) {
            (left_val, right_val) => {
                if *left_val == *right_val {
                    let kind = $crate::panicking::AssertKind::Ne;
                    $crate::panicking::assert_failed(kind, &*left_val, &*right_val, $crate::option::Option::Some($crate::format_args!($($arg)+)));
                }
            }
        }
    };
}

#[macro_export]
macro_rules! debug_assert {
    ($($arg:tt)*) => {
        if $crate::cfg!(debug_assertions) {
            $crate::assert!($($arg)*);
        }
    };
}

#[macro_export]
macro_rules! debug_assert_eq {
    ($($arg:tt)*) => {
        if $crate::cfg!(debug_assertions) {
            $crate::assert_eq!($($arg)*);
        }
    };
}

#[macro_export]
macro_rules! debug_assert_ne {
    ($($arg:tt)*) => {
        if $crate::cfg!(debug_assertions) {
            $crate::assert_ne!($($arg)*);
        }
    };
}

#[macro_export]
macro_rules! matches {
    ($expression:expr, $pattern:pat $(if $guard:expr)? $(,)?) => {
        match $expression {
            $pattern $(if $guard)? => true,
            _ => false
        }
    };
}

#[macro_export]
macro_rules! write {
    ($dst:expr, $($arg:tt)*) => {
        $dst.write_fmt($crate::format_args!($($arg)*))
    };
}

#[macro_export]
macro_rules! writeln {
    ($dst:expr $(,)?) => {
        $crate::write!($dst, "\n")
    };
    ($dst:expr, $($arg:tt)*) => {
        $dst.write_fmt($crate::format_args_nl!($($arg)*))
    };
}

/// The pre-`?` operator (`try!(expr)` in 2015 code).
#[macro_export]
macro_rules! r#try {
    ($expr:expr $(,)?) => {
        match $expr {
            $crate::result::Result::Ok(val) => val,
            $crate::result::Result::Err(err) => {
                return $crate::result::Result::Err($crate::convert::From::from(err));
            }
        }
    };
}

#[macro_export]
macro_rules! todo {
    () => {
        $crate::panicking::panic("not yet implemented")
    };
    ($($arg:tt)+) => {
        $crate::panic!("not yet implemented: {}", $crate::format_args!($($arg)+))
    };
}

#[macro_export]
macro_rules! unimplemented {
    () => {
        $crate::panicking::panic("not implemented")
    };
    ($($arg:tt)+) => {
        $crate::panic!("not implemented: {}", $crate::format_args!($($arg)+))
    };
}
