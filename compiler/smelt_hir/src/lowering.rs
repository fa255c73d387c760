//! Lowering of the expanded AST to HIR.
