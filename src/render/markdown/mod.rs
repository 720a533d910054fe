//! Markdown output for GitHub, GitLab and Obsidian. All input text goes through `escape`, so
//! nothing in it can break a table or mark anything up.

pub mod check;
pub mod compare;
mod page;
mod points;
mod terms;
