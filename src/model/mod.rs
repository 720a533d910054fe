//! Plain data that flows between the stages: readouts and statements, who speaks, the comparison
//! report, the check report, the loaded terms. No stage's logic lives here.

pub mod check;
pub mod compare;
pub mod diff;
pub mod points;
pub mod readout;
pub mod speaker;
pub mod terms;

pub use readout::{Event, Loaded, Participant, Readout, Statement};
