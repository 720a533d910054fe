//! The readouts and their statements as every JSON document writes them, with the event.

use crate::model;
use crate::model::speaker::Kind;
use serde::Serialize;

#[derive(Serialize)]
pub(super) struct Readout<'a> {
    source: &'a str,
    title: Option<&'a str>,
    date: Option<&'a str>,
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'a str>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    aliases: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    fetched: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sha256: Option<&'a str>,
    path: &'a str,
    /// `false` when the statements carry speakers (compare) but none were read: the readout's
    /// language is not one the speaker patterns read (English).
    #[serde(skip_serializing_if = "Option::is_none")]
    speakers_detected: Option<bool>,
    statements: Vec<Statement<'a>>,
}

impl<'a> Readout<'a> {
    pub(super) fn of(r: &'a model::Readout) -> Self {
        Readout {
            source: &r.source,
            title: r.title.as_deref(),
            date: r.date.as_deref(),
            url: r.url.as_deref(),
            language: r.language.as_deref(),
            aliases: &r.aliases,
            fetched: r.fetched.as_deref(),
            sha256: r.sha256.as_deref(),
            path: &r.path,
            speakers_detected: crate::render::view::said::undetected(r).map(|_| false),
            statements: r.statements.iter().map(Statement::of).collect(),
        }
    }
}

#[derive(Serialize)]
struct Statement<'a> {
    id: &'a str,
    text: &'a str,
    paragraph: usize,
    start: usize,
    end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker: Option<Speaker<'a>>,
}

impl<'a> Statement<'a> {
    fn of(s: &'a model::Statement) -> Self {
        Statement {
            id: &s.id,
            text: &s.text,
            paragraph: s.paragraph,
            start: s.start,
            end: s.end,
            speaker: s.speaker.as_ref().map(Speaker::of),
        }
    }
}

#[derive(Serialize)]
struct Speaker<'a> {
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    written: Option<&'a str>,
    /// A group's members, each a person or a side.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    members: Vec<Speaker<'a>>,
}

impl<'a> Speaker<'a> {
    fn of(a: &'a crate::model::speaker::Attribution) -> Self {
        Speaker {
            kind: match a.kind {
                Kind::Person => "person",
                Kind::Side => "side",
                Kind::Both => "both",
                Kind::Group => "group",
                Kind::Unattributed => "unattributed",
            },
            name: a.name.as_deref(),
            written: a.written.as_deref(),
            members: a.members.iter().map(Speaker::of).collect(),
        }
    }
}

#[derive(Serialize)]
pub(super) struct Event<'a> {
    title: Option<&'a str>,
    date: Option<&'a str>,
    participants: Vec<Participant<'a>>,
}

impl<'a> Event<'a> {
    pub(super) fn of(e: &'a model::Event) -> Self {
        Event {
            title: e.title.as_deref(),
            date: e.date.as_deref(),
            participants: e
                .participants
                .iter()
                .map(|p| Participant {
                    name: &p.name,
                    side: p.side.as_deref(),
                    aliases: &p.aliases,
                })
                .collect(),
        }
    }
}

#[derive(Serialize)]
struct Participant<'a> {
    name: &'a str,
    side: Option<&'a str>,
    aliases: &'a [String],
}

#[derive(Serialize)]
pub(super) struct Piece<'a> {
    op: &'static str,
    text: &'a str,
}

impl<'a> Piece<'a> {
    pub(super) fn all(pieces: &'a [model::diff::Piece]) -> Vec<Piece<'a>> {
        use model::diff::Op;
        pieces
            .iter()
            .map(|p| Piece {
                op: match p.op {
                    Op::Equal => "equal",
                    Op::Left => "left",
                    Op::Right => "right",
                },
                text: &p.text,
            })
            .collect()
    }
}
