//! Who a readout says is speaking in a statement, as reports show it.

/// A statement's speaker as reports show it: who, named as the event names them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    pub kind: Kind,
    /// The person's full name (the event file's name for a participant), or the side.
    pub name: Option<String>,
    /// How the statement names them ("President Xi", "The Chinese side").
    pub written: Option<String>,
    /// The country or side they speak for, where known: how attributions are compared.
    pub party: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Person,
    Side,
    Both,
    Unattributed,
}

impl Attribution {
    pub fn unattributed() -> Self {
        Attribution { kind: Kind::Unattributed, name: None, written: None, party: None }
    }

    /// Whether two readouts give a point to the same speaker: the same person, or a person and
    /// their own side, or both sides, or no one in both.
    pub fn same_as(&self, o: &Attribution) -> bool {
        match (self.kind, o.kind) {
            (Kind::Person, Kind::Person) => self.name == o.name,
            (Kind::Person | Kind::Side, Kind::Person | Kind::Side) => {
                self.party.is_some() && self.party == o.party
            }
            (a, b) => a == b,
        }
    }

    /// A short name for reports: the person or side, "both sides", or "unattributed".
    pub fn display(&self) -> String {
        match self.kind {
            Kind::Person | Kind::Side => self.name.clone().unwrap_or_default(),
            Kind::Both => "both sides".to_string(),
            Kind::Unattributed => "unattributed".to_string(),
        }
    }
}
