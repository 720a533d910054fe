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
    /// For a group ("Putin and Xi discussed …"): each named party, a person or a side.
    pub members: Vec<Attribution>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Person,
    Side,
    Both,
    /// Several named parties together (see `members`).
    Group,
    Unattributed,
}

impl Attribution {
    pub fn unattributed() -> Self {
        Attribution {
            kind: Kind::Unattributed,
            name: None,
            written: None,
            party: None,
            members: Vec::new(),
        }
    }

    /// Whether two readouts give a point to the same speaker: the same person, or a person and
    /// their own side, or both sides, or no one in both. A group is the same as the same group,
    /// and as both sides when its members speak for different sides ("Putin and Xi" = "the two
    /// leaders").
    pub fn same_as(&self, o: &Attribution) -> bool {
        match (self.kind, o.kind) {
            (Kind::Group, Kind::Group) => {
                self.members.len() == o.members.len()
                    && self.members.iter().all(|m| o.members.iter().any(|n| m.same_as(n)))
            }
            (Kind::Group, Kind::Both) => self.sides() >= 2,
            (Kind::Both, Kind::Group) => o.sides() >= 2,
            (Kind::Person, Kind::Person) => self.name == o.name,
            (Kind::Person | Kind::Side, Kind::Person | Kind::Side) => {
                self.party.is_some() && self.party == o.party
            }
            (a, b) => a == b,
        }
    }

    /// How many different sides a group's members speak for (a member of unknown side counts
    /// as one of its own).
    fn sides(&self) -> usize {
        let mut seen: Vec<&str> = Vec::new();
        let mut unknown = 0;
        for m in &self.members {
            match &m.party {
                Some(p) if !seen.contains(&p.as_str()) => seen.push(p),
                Some(_) => {}
                None => unknown += 1,
            }
        }
        seen.len() + unknown
    }

    /// Whether the point is given to `who` (a person or side), alone or in a group or as one of
    /// both sides.
    pub fn covers(&self, who: &Attribution) -> bool {
        self.same_as(who)
            || (self.kind == Kind::Group && self.members.iter().any(|m| m.same_as(who)))
    }

    /// A short name for reports: the person or side, the group's members ("Vladimir Putin and
    /// Xi Jinping"), "both sides", or "unattributed".
    pub fn display(&self) -> String {
        match self.kind {
            Kind::Group => {
                let names: Vec<String> = self.members.iter().map(Attribution::display).collect();
                match names.split_last() {
                    Some((last, rest)) if !rest.is_empty() => {
                        format!("{} and {last}", rest.join(", "))
                    }
                    _ => names.join(""),
                }
            }
            Kind::Person | Kind::Side => self.name.clone().unwrap_or_default(),
            Kind::Both => "both sides".to_string(),
            Kind::Unattributed => "unattributed".to_string(),
        }
    }
}
