//! Lang items: library definitions the compiler itself relies on (`Sized`, `Add`, `Option`,
//! the panic functions), marked `#[lang = "name"]` in smelt's library, as in rustc's.

use rustc_hash::FxHashMap;

use crate::def::DefId;

macro_rules! language_items {
    ($($variant:ident = $name:literal,)*) => {
        #[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
        pub enum LangItem {
            $($variant,)*
        }

        impl LangItem {
            pub const ALL: &'static [LangItem] = &[$(LangItem::$variant,)*];

            /// The name written in `#[lang = "..."]`.
            pub fn name(self) -> &'static str {
                match self {
                    $(LangItem::$variant => $name,)*
                }
            }

            pub fn from_name(name: &str) -> Option<LangItem> {
                match name {
                    $($name => Some(LangItem::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

language_items! {
    // Marker and core traits.
    Sized = "sized",
    Copy = "copy",
    Clone = "clone",
    CloneFn = "clone_fn",
    Sync = "sync",
    Send = "send",
    Unpin = "unpin",
    Drop = "drop",
    Destruct = "destruct",
    Unsize = "unsize",
    CoerceUnsized = "coerce_unsized",
    DispatchFromDyn = "dispatch_from_dyn",
    StructuralPeq = "structural_peq",
    Tuple = "tuple_trait",
    PhantomData = "phantom_data",
    ManuallyDrop = "manually_drop",
    UnsafeCell = "unsafe_cell",
    DiscriminantKind = "discriminant_kind",
    PointeeTrait = "pointee_trait",
    // Operators.
    Add = "add",
    Sub = "sub",
    Mul = "mul",
    Div = "div",
    Rem = "rem",
    Neg = "neg",
    Not = "not",
    BitXor = "bitxor",
    BitAnd = "bitand",
    BitOr = "bitor",
    Shl = "shl",
    Shr = "shr",
    AddAssign = "add_assign",
    SubAssign = "sub_assign",
    MulAssign = "mul_assign",
    DivAssign = "div_assign",
    RemAssign = "rem_assign",
    BitXorAssign = "bitxor_assign",
    BitAndAssign = "bitand_assign",
    BitOrAssign = "bitor_assign",
    ShlAssign = "shl_assign",
    ShrAssign = "shr_assign",
    Index = "index",
    IndexMut = "index_mut",
    Deref = "deref",
    DerefMut = "deref_mut",
    DerefTarget = "deref_target",
    Receiver = "receiver",
    PartialEq = "eq",
    PartialOrd = "partial_ord",
    // Closures and calls.
    Fn = "fn",
    FnMut = "fn_mut",
    FnOnce = "fn_once",
    FnOnceOutput = "fn_once_output",
    // Iteration, ranges and `?`.
    Iterator = "iterator",
    IteratorNext = "next",
    IntoIterIntoIter = "into_iter",
    IntoIterator = "IntoIterator",
    Range = "Range",
    RangeFrom = "RangeFrom",
    RangeTo = "RangeTo",
    RangeFull = "RangeFull",
    RangeInclusiveStruct = "RangeInclusive",
    RangeInclusiveNew = "range_inclusive_new",
    RangeToInclusive = "RangeToInclusive",
    OptionSome = "Some",
    OptionNone = "None",
    Option = "Option",
    ResultOk = "Ok",
    ResultErr = "Err",
    TryTraitBranch = "branch",
    TryTraitFromOutput = "from_output",
    TryTraitFromResidual = "from_residual",
    ControlFlowContinue = "Continue",
    ControlFlowBreak = "Break",
    // Formatting.
    FormatArguments = "format_arguments",
    FormatArgument = "format_argument",
    FormatPlaceholder = "format_placeholder",
    FormatCount = "format_count",
    FormatAlignment = "format_alignment",
    FormatUnsafeArg = "format_unsafe_arg",
    // Panics.
    Panic = "panic",
    PanicFmt = "panic_fmt",
    PanicDisplay = "panic_display",
    PanicBoundsCheck = "panic_bounds_check",
    PanicMisalignedPointerDereference = "panic_misaligned_pointer_dereference",
    PanicLocation = "panic_location",
    PanicNounwind = "panic_nounwind",
    PanicCannotUnwind = "panic_cannot_unwind",
    PanicConstAddOverflow = "panic_const_add_overflow",
    PanicConstSubOverflow = "panic_const_sub_overflow",
    PanicConstMulOverflow = "panic_const_mul_overflow",
    PanicConstDivOverflow = "panic_const_div_overflow",
    PanicConstRemOverflow = "panic_const_rem_overflow",
    PanicConstNegOverflow = "panic_const_neg_overflow",
    PanicConstShrOverflow = "panic_const_shr_overflow",
    PanicConstShlOverflow = "panic_const_shl_overflow",
    PanicConstDivByZero = "panic_const_div_by_zero",
    PanicConstRemByZero = "panic_const_rem_by_zero",
    // Runtime.
    Start = "start",
    Termination = "termination",
    EhPersonality = "eh_personality",
    // Allocation and boxes.
    OwnedBox = "owned_box",
    ExchangeMalloc = "exchange_malloc",
    BoxFree = "box_free",
    DropInPlace = "drop_in_place",
    String = "String",
    // Primitive types' inherent impls live in the library; these mark nothing in smelt.
    Str = "str",
    Slice = "slice",
    CStr = "CStr",
}

/// The lang items of the session, found by collecting `#[lang]` attributes of every crate.
#[derive(Default, Debug, Clone)]
pub struct LangItems {
    items: FxHashMap<LangItem, DefId>,
    /// Reverse map, for "is this def a lang item" questions.
    by_def: FxHashMap<DefId, LangItem>,
}

impl LangItems {
    /// Records `def` as `item`; returns the previous definition if there was one.
    pub fn set(&mut self, item: LangItem, def: DefId) -> Option<DefId> {
        self.by_def.insert(def, item);
        self.items.insert(item, def)
    }

    pub fn get(&self, item: LangItem) -> Option<DefId> {
        self.items.get(&item).copied()
    }

    pub fn of_def(&self, def: DefId) -> Option<LangItem> {
        self.by_def.get(&def).copied()
    }

    pub fn is(&self, def: DefId, item: LangItem) -> bool {
        self.get(item) == Some(def)
    }
}
