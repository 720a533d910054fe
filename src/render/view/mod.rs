//! What several output formats show alike, worked out once: the marked sides of a link, who
//! said what, the points table's rows, each claim in context, the terms tables' cells.

pub(crate) mod check;
pub(crate) mod points;
pub(crate) mod said;
pub(crate) mod sides;
pub(crate) mod terms;
