//! How a claim compares with the place found for it in one readout: verbatim, close, altered or
//! not there, and the differences that say why. Meaning-bearing differences (negation, numbers,
//! names, opposites, modality) make a match `altered` however many other words agree.

mod levels;
mod meaning;
mod minor;

pub use levels::{CLOSE, CLOSE_PRECISION, Level, NEARLY_ALL, PASSAGE, TOPIC, knobs};

use super::locate::{Span, Stream};
use super::words::{self, is_common, key};
use crate::analyse::names;
use crate::compare::diff;
use crate::model::check::{Change, Difference};
use crate::model::diff::{Op, Piece};
use crate::text::Word;
use crate::text::lexicon::{self, NEGATIONS};
use levels::{share, share_with};
use meaning::{meaning_differences, month};
use minor::{minor_differences, spelling_variant};
use std::collections::{BTreeMap, HashSet};

/// A claim against its best place in one readout.
#[derive(Debug, Clone)]
pub struct Assessment {
    pub level: Level,
    /// Weighted share of the claim's words the place has.
    pub coverage: f64,
    /// Weighted share of the place's words the claim has.
    pub precision: f64,
    /// Weighted share of the claim's words other than names the place has: whether it is
    /// about the same point.
    pub topic: f64,
    /// 1 for verbatim, else the harmonic mean of coverage and precision.
    pub score: f64,
    /// Meaning-bearing differences first, then minor ones.
    pub differences: Vec<Difference>,
    pub meaning: usize,
    /// Claim (left) against the readout's words (right); parts joined by an equal `…`.
    pub diff: Vec<Piece>,
    /// The readout's words as written; parts joined by ` … `.
    pub quote: String,
    /// Indexes of the statements the place covers.
    pub statements: Vec<usize>,
    /// The place as `(statement, byte start, byte end)` pieces of statement texts.
    pub pieces: Vec<(usize, usize, usize)>,
}

/// What the meaning checks need to know beyond the two texts.
pub struct Context {
    /// The words the readouts write as names (see [`crate::analyse::names`]). A capitalised
    /// first word of a sentence counts as a name only if it is one of these.
    pub names: HashSet<&'static str>,
    /// Every word the readouts use (by key): a claim word the readouts use elsewhere, put for
    /// one of theirs, names another thing they speak of.
    pub keys: HashSet<&'static str>,
    /// The folded words of the people the readouts name (see [`crate::analyse::people`]): a
    /// person's name against a country's is not one name put for another.
    pub persons: HashSet<String>,
}

impl Context {
    pub fn new<'a, 't: 'a>(statements: impl Iterator<Item = &'a [Word<'t>]>) -> Context {
        let all: Vec<Word<'t>> = statements.flatten().cloned().collect();
        Context {
            names: names::names(all.iter()).into_iter().collect(),
            keys: all.iter().map(key).collect(),
            persons: HashSet::new(),
        }
    }

    /// Whether the word is part of a person's name the readouts give.
    fn is_person(&self, w: &Word) -> bool {
        self.persons.contains(w.form.lower)
    }

    fn is_name(&self, w: &Word) -> bool {
        self.could_be_name(w) && (!w.sentence_start() || self.names.contains(w.form.lower))
    }

    /// Capitalised and not a function word, title, month or other time (`Wednesday`), modal or
    /// negation: a name if it stands where the other text has one, even first in its sentence.
    fn could_be_name(&self, w: &Word) -> bool {
        w.form.capital
            && !words::is_stop(w)
            && !is_common(w)
            && month(w).is_none()
            && lexicon::time_class(w.form.lower).is_none()
            && lexicon::modal_class(w.form.lower).is_none()
            && !NEGATIONS.contains(&w.form.lower)
            && !key(w).starts_with(|c: char| c.is_ascii_digit())
    }
}

/// A stretch where claim and readout differ: claim words `c`, readout words `s` (indexes into
/// the joined word lists of all parts).
#[derive(Debug, Clone)]
struct Region {
    c: std::ops::Range<usize>,
    s: std::ops::Range<usize>,
}

/// Where the two word lists differ, by exact form; changes separated only by one or two
/// function words are one region ("[did not welcome] vs [welcomed]").
fn regions(
    c: &[Word],
    s: &[Word],
    c0: usize,
    s0: usize,
    fine: &mut Vec<Region>,
    out: &mut Vec<Region>,
) {
    let ck: Vec<&str> = c.iter().map(|w| w.form.exact).collect();
    let sk: Vec<&str> = s.iter().map(|w| w.form.exact).collect();
    let local = diff::regions(&ck, &sk);
    let shift = |r: &diff::Region| Region {
        c: r.l.start + c0..r.l.end + c0,
        s: r.r.start + s0..r.r.end + s0,
    };
    fine.extend(local.iter().filter(|r| !r.equal).map(shift));
    let merged = diff::join_stranded(
        local,
        2,
        |gap| c[gap.l.clone()].iter().all(words::is_stop),
        |r| !r.equal,
    );
    out.extend(merged.iter().filter(|r| !r.equal).map(shift));
}

fn counts<'a>(keys: impl Iterator<Item = &'a str>) -> BTreeMap<&'a str, usize> {
    let mut m = BTreeMap::new();
    for k in keys {
        *m.entry(k).or_insert(0) += 1;
    }
    m
}

/// Words as written for a difference; parts of a hyphenated word are shown as the whole word
/// (`30-day`, not `30`).
fn run(ws: &[Word]) -> String {
    let mut out: Vec<&str> = Vec::new();
    let mut last = None;
    for w in ws {
        if last.is_none_or(|l: &Word| !l.same_whole(w)) {
            out.push(w.whole);
            last = Some(w);
        }
    }
    out.join(" ")
}

/// Compares a claim (its parts, words and weights) with one combination of places in a stream.
pub fn assess(
    stream: &Stream,
    part_texts: &[String],
    part_words: &[Vec<Word>],
    part_weights: &[Vec<f64>],
    combo: &[Option<Span>],
    ctx: &Context,
) -> Assessment {
    let mut claim: Vec<Word> = Vec::new();
    let mut cw: Vec<f64> = Vec::new();
    let mut src: Vec<Word> = Vec::new();
    let mut sw: Vec<f64> = Vec::new();
    let mut regs: Vec<Region> = Vec::new();
    let mut fine: Vec<Region> = Vec::new();
    let mut pieces: Vec<Piece> = Vec::new();
    let mut quotes: Vec<String> = Vec::new();
    let mut statements: Vec<usize> = Vec::new();
    let mut places: Vec<(usize, usize, usize)> = Vec::new();
    let mut exact = true;
    for (k, (span, pw)) in combo.iter().zip(part_words).enumerate() {
        if k > 0 {
            pieces.push(Piece { op: Op::Equal, text: "…".to_string() });
        }
        let (c0, s0) = (claim.len(), src.len());
        claim.extend(pw.iter().cloned());
        cw.extend(&part_weights[k]);
        match span {
            Some(sp) => {
                let ws = &stream.words[sp.start..sp.end];
                exact &= ws.len() == pw.len() && ws.iter().zip(pw).all(|(a, b)| a.same_as(b));
                src.extend(ws.iter().cloned());
                sw.extend(&stream.weight[sp.start..sp.end]);
                let text = stream.text(sp.start, sp.end);
                pieces.extend(diff::diff_exact(&part_texts[k], &text));
                quotes.push(text);
                places.extend(stream.pieces(sp.start, sp.end));
                for s in stream.statement_ids(sp.start, sp.end) {
                    if !statements.contains(&s) {
                        statements.push(s);
                    }
                }
                regions(pw, ws, c0, s0, &mut fine, &mut regs);
            }
            None => {
                exact = false;
                pieces.push(Piece { op: Op::Left, text: part_texts[k].clone() });
                let r = Region { c: c0..c0 + pw.len(), s: s0..s0 };
                fine.push(r.clone());
                regs.push(r);
            }
        }
    }
    let quote = quotes.join(" … ");
    if exact {
        return Assessment {
            level: Level::Verbatim,
            coverage: 1.0,
            precision: 1.0,
            topic: 1.0,
            score: 1.0,
            differences: Vec::new(),
            meaning: 0,
            diff: pieces,
            quote,
            statements,
            pieces: places,
        };
    }
    // Words spelt differently ("per cent" / "percent", "ceasefire" / "cease-fire") are the same
    // words: they count as found on both sides.
    let (mut same_c, mut same_s) = (Vec::new(), Vec::new());
    for f in &fine {
        if !f.c.is_empty()
            && !f.s.is_empty()
            && spelling_variant(&claim[f.c.clone()], &src[f.s.clone()])
        {
            same_c.extend(f.c.clone());
            same_s.extend(f.s.clone());
        }
    }
    let coverage = share_with(&claim, &cw, &src, &same_c, &same_s);
    // Whether the place is about the claim's point at all is judged on the claim's core words
    // (not function words, boilerplate or names) against the whole of the statements the place
    // is in: "signed a memorandum on fisheries in the Sarin Strait" shares only a name with the
    // Sarin Strait passage, and "the three leaders agreed to hold a naval exercise" only
    // boilerplate with "the three leaders agreed to meet again".
    let core: Vec<usize> = (0..claim.len())
        .filter(|&i| {
            let w = &claim[i];
            !words::is_stop(w) && !is_common(w) && !ctx.is_name(w) && cw[i] > 0.2
        })
        .collect();
    let context: Vec<Word> =
        statements.iter().flat_map(|&st| stream.statement_words(st).iter().cloned()).collect();
    let topic = if core.is_empty() {
        coverage
    } else {
        let cwds: Vec<Word> = core.iter().map(|&i| claim[i]).collect();
        let cwts: Vec<f64> = core.iter().map(|&i| cw[i]).collect();
        share(&cwds, &cwts, &context)
    };
    let precision = share_with(&src, &sw, &claim, &same_s, &same_c);
    let score = if coverage + precision > 0.0 {
        2.0 * coverage * precision / (coverage + precision)
    } else {
        0.0
    };
    let (meaning, used) = meaning_differences(&claim, &src, &regs, ctx);
    let n_meaning = meaning.len();
    let mut differences = meaning;
    // Minor differences are listed change by change; those inside a region that a meaning
    // check explained are not listed again.
    let overlaps = |a: &Region, b: &Region| {
        (a.c.start < b.c.end && b.c.start < a.c.end) || (a.s.start < b.s.end && b.s.start < a.s.end)
    };
    let used_fine: HashSet<usize> = fine
        .iter()
        .enumerate()
        .filter(|(_, f)| used.iter().any(|&u| overlaps(f, &regs[u])))
        .map(|(k, _)| k)
        .collect();
    let minor = minor_differences(&claim, &src, &fine, &used_fine);
    // Words a meaning check explained stand in their place ("accepted" for "rejected"): the
    // place is the claim's, changed, however short the claim. Only a local change counts so: a
    // negation found in a stretch of other words explains none of them.
    let explained: Vec<usize> = used
        .iter()
        .filter(|&&u| regs[u].c.len() <= knobs().rewording_words)
        .flat_map(|&u| regs[u].c.clone())
        .collect();
    let explained_weight: f64 = explained.iter().map(|&i| cw[i]).sum();
    let total_weight: f64 = cw.iter().sum();
    let near = if total_weight > 0.0 && n_meaning > 0 {
        coverage + explained_weight / total_weight >= PASSAGE
    } else {
        false
    };
    let level =
        if topic < TOPIC && coverage < PASSAGE && !near && !levels::ordered_part(&claim, &src, &cw)
        {
            Level::None
        } else if n_meaning > 0 {
            Level::Altered
        } else if (coverage >= CLOSE && (precision >= CLOSE_PRECISION || coverage >= NEARLY_ALL))
            || (coverage >= knobs().retranslation
                && precision >= CLOSE_PRECISION
                && levels::rewording_only(&minor))
        {
            Level::Close
        } else {
            let change = if coverage < CLOSE {
                Change::WordingDiffers { share: coverage }
            } else {
                Change::Spread { share: precision }
            };
            differences.push(Difference::new(change, Vec::new(), Vec::new()));
            Level::Altered
        };
    differences.extend(minor);
    Assessment {
        level,
        coverage,
        precision,
        topic,
        score,
        differences,
        meaning: n_meaning,
        diff: pieces,
        quote,
        statements,
        pieces: places,
    }
}

#[cfg(test)]
mod tests {
    use super::super::locate::Stream;
    use super::super::words::{Weights, words};
    use super::*;
    use crate::model::Readout;

    /// Other statements of the readout, so that word weights are those of a real readout.
    const BACKGROUND: &[&str] = &[
        "The two leaders held talks on Wednesday.",
        "Both sides discussed trade, energy and security in the region.",
        "Talks between Norland and Ostravia will go on.",
        "The ministers exchanged views on regional and international issues.",
        "They also discussed the situation in Lower Vessa and Kalvaria.",
        "The presidents agreed to meet again next year.",
    ];

    fn readout(text: &str) -> Readout {
        let texts: Vec<&str> = std::iter::once(text).chain(BACKGROUND.iter().copied()).collect();
        Readout::of("S", "S", &texts)
    }

    /// Assesses `claim` against the first statement, `text`, of a readout.
    fn check(claim: &str, text: &str) -> Assessment {
        let r = readout(text);
        let sw: Vec<Vec<Word>> = r.statements.iter().map(|s| words(&s.text)).collect();
        let wt = Weights::new(sw.iter().map(|v| v.as_slice()));
        let st = Stream::new(&r, &sw, &wt);
        let cwords = words(claim);
        let cw: Vec<f64> = cwords.iter().map(|w| wt.of(w)).collect();
        let ctx = Context::new(sw.iter().map(|v| v.as_slice()));
        let span = Span { start: 0, end: sw[0].len(), score: 1.0 };
        assess(&st, &[claim.to_string()], &[cwords], &[cw], &[Some(span)], &ctx)
    }

    fn has(a: &Assessment, what: &str) -> bool {
        a.differences.iter().any(|d| crate::render::view::check::phrase(d).contains(what))
    }

    #[test]
    fn the_same_words_in_other_quote_styles_are_verbatim() {
        let a = check(
            "“Our partnership is not directed,” Orlev said",
            "\"Our partnership is not directed,\" Orlev said",
        );
        assert_eq!(a.level, Level::Verbatim);
    }

    #[test]
    fn spelling_variants_are_close_and_listed() {
        let a = check(
            "it supports a 30-day ceasefire under US auspices",
            "it supports a 30-day cease-fire under U.S. auspices",
        );
        assert_eq!(a.level, Level::Close, "{:?}", a.differences);
        assert!(has(&a, "'ceasefire' vs 'cease-fire' (spelling)"), "{:?}", a.differences);
        assert!(has(&a, "'US' vs 'U.S.'"), "{:?}", a.differences);
        let a = check("supports a thirty-day cease-fire now", "supports a 30-day cease-fire now");
        assert_eq!(a.level, Level::Close, "{:?}", a.differences);
    }

    #[test]
    fn a_dropped_negation_alters() {
        let a = check(
            "Our partnership is directed against third countries",
            "Our partnership is not directed against third countries",
        );
        assert_eq!(a.level, Level::Altered);
        assert!(has(&a, "negation dropped"), "{:?}", a.differences);
        let a = check(
            "Halloway did not welcome the decision to restore flights",
            "Halloway welcomed the decision to restore flights",
        );
        assert!(has(&a, "negation added"), "{:?}", a.differences);
        let a = check(
            "Beijing refused to sign the trade deal",
            "Beijing agreed to sign the trade deal",
        );
        assert_eq!(a.level, Level::Altered, "{:?}", a.differences);
    }

    #[test]
    fn changed_numbers_and_dates_alter() {
        let a = check(
            "supports a 60-day cease-fire as a first step",
            "supports a 30-day cease-fire as a first step",
        );
        assert_eq!(a.level, Level::Altered);
        assert!(has(&a, "number changed: '60-day' vs '30-day'"), "{:?}", a.differences);
        let a = check(
            "detained since Oct. 2, 2024 in the north",
            "detained since Oct. 2, 2025 in the north",
        );
        assert!(has(&a, "'2024' vs '2025'"), "{:?}", a.differences);
        let a =
            check("the group meets in November each year", "the group meets in October each year");
        assert_eq!(a.level, Level::Altered, "{:?}", a.differences);
    }

    #[test]
    fn a_changed_part_of_a_longer_name_alters() {
        let a = check(
            "Orlev briefed Sarkander on the situation in Upper Vessa",
            "Orlev briefed Sarkander on the situation in Lower Vessa.",
        );
        assert!(has(&a, "name changed: 'Upper' vs 'Lower'"), "{:?}", a.differences);
    }

    #[test]
    fn a_quote_shortened_in_the_middle_is_close() {
        let a = check(
            "Sarkander noted that relations have kept a steady momentum",
            "Sarkander noted that this year marks the anniversary of the treaty between the two \
             countries, and that relations between them have kept a steady momentum",
        );
        assert_eq!(a.level, Level::Close, "{} {:?}", a.precision, a.differences);
    }

    #[test]
    fn the_same_figure_in_another_unit_alters() {
        let a = check("extend the accord for 30 weeks", "extend the accord for 30 days");
        assert!(has(&a, "unit changed: '30 weeks' vs '30 days'"), "{:?}", a.differences);
        let a = check(
            "raise trade to 60 billion euros by 2030",
            "raise trade to 60 billion U.S. dollars by 2030",
        );
        assert_eq!(a.level, Level::Altered, "{:?}", a.differences);
        let a = check("grew by 12.5 per cent last year", "grew by 12.5 percent last year");
        assert_eq!(a.level, Level::Close, "{:?}", a.differences);
    }

    #[test]
    fn swapped_names_alter_but_longer_names_do_not() {
        let a = check(
            "Ostravia forms its position on the basis of the facts",
            "Norland forms its position on the basis of the facts",
        );
        assert_eq!(a.level, Level::Altered, "{:?}", a.differences);
        assert!(has(&a, "name changed: 'Ostravia' vs 'Norland'"), "{:?}", a.differences);
        let a = check(
            "Wang said the congress was a success for the party",
            "Wang Yi said the congress was a success for the party",
        );
        assert_eq!(a.level, Level::Close, "{:?}", a.differences);
        let a =
            check("talks with Moscow on energy supplies", "talks with Russia on energy supplies");
        assert_ne!(a.level, Level::Altered, "{:?}", a.differences);
    }

    #[test]
    fn a_swapped_side_is_caught_when_the_place_names_both() {
        // The place starts where its statement does, so it also has the left-out "Norlandic"
        // the claim puts in place of "Ostravian": the swap is still one name for another.
        let a = check(
            "Sarkander held a telephone conversation with Orlev at the request of the Norlandic side",
            "Norlandic President Edvin Sarkander held a telephone conversation with Ostravian \
             President Casimir Orlev on Wednesday at the request of the Ostravian side.",
        );
        assert_eq!(a.level, Level::Altered, "{:?}", a.differences);
        assert!(has(&a, "name changed: 'Norlandic' vs 'Ostravian'"), "{:?}", a.differences);
        // A name the claim only moves is no swap.
        let a = check(
            "at the request of the Ostravian side, Sarkander held a telephone conversation",
            "Sarkander held a telephone conversation at the request of the Ostravian side.",
        );
        assert_ne!(a.level, Level::Altered, "{:?}", a.differences);
    }

    #[test]
    fn another_item_in_a_list_alters() {
        let a = check(
            "deepen practical cooperation in energy, agriculture, defence and connectivity",
            "deepen practical cooperation in energy, agriculture, finance and connectivity",
        );
        assert_eq!(a.level, Level::Altered, "{:?}", a.differences);
        assert!(has(&a, "object changed: 'defence' vs 'finance'"), "{:?}", a.differences);
        let a = check(
            "deepen practical cooperation in energy, agriculture, finance and tourism",
            "deepen practical cooperation in energy, agriculture, finance and connectivity",
        );
        assert!(has(&a, "object changed: 'tourism' vs 'connectivity'"), "{:?}", a.differences);
        // A word put for another outside a list is a re-wording, and so is another form of the
        // same item.
        let a = check(
            "deepen practical cooperation in energy and expand it in agriculture",
            "deepen practical cooperation in energy and broaden it in agriculture",
        );
        assert_eq!(a.level, Level::Close, "{:?}", a.differences);
        let a = check(
            "deepen practical cooperation in energy, agriculture, financial and connectivity",
            "deepen practical cooperation in energy, agriculture, finance and connectivity",
        );
        assert_eq!(a.level, Level::Close, "{:?}", a.differences);
    }

    #[test]
    fn another_time_alters() {
        let a = check(
            "planned to hold a theater commander telephone call next year",
            "planned to hold a theater commander telephone call in the near future.",
        );
        assert_eq!(a.level, Level::Altered, "{:?}", a.differences);
        assert!(
            has(&a, "time changed: 'next year' vs 'in the near future'"),
            "{:?}",
            a.differences
        );
        let a = check(
            "the ministers will meet again next week in the capital",
            "the ministers will meet again last week in the capital",
        );
        assert!(has(&a, "time changed: 'next' vs 'last'"), "{:?}", a.differences);
        // A weekday is a time, not a name put for another.
        let a = check(
            "the two ministers met in the capital on Thursday for talks",
            "the two ministers met in the capital on Wednesday for talks",
        );
        assert!(has(&a, "time changed: 'Thursday' vs 'Wednesday'"), "{:?}", a.differences);
        assert!(!has(&a, "name changed"), "{:?}", a.differences);
        // The same time in other words is no change.
        let a = check(
            "the ministers will meet again in the coming weeks in the capital",
            "the ministers will meet again in the next weeks in the capital",
        );
        assert_eq!(a.level, Level::Close, "{:?}", a.differences);
    }

    #[test]
    fn names_trading_places_alter_but_list_order_does_not() {
        let a = check(
            "the need for Ostravia to end its war against Kalvaria at once",
            "the need for Kalvaria to end its war against Ostravia at once",
        );
        assert_eq!(a.level, Level::Altered, "{:?}", a.differences);
        assert!(
            has(&a, "names trade places: 'Ostravia' … 'Kalvaria' vs 'Kalvaria' … 'Ostravia'"),
            "{:?}",
            a.differences
        );
        for (claim, text) in [
            (
                "the treaty between Ostravia and Kalvaria was renewed",
                "the treaty between Kalvaria and Ostravia was renewed",
            ),
            (
                "talks on Kalvaria, Ostravia and the canal",
                "talks on Ostravia, Kalvaria and the canal",
            ),
        ] {
            let a = check(claim, text);
            assert_ne!(a.level, Level::Altered, "{claim}: {:?}", a.differences);
        }
    }

    #[test]
    fn russian_and_chinese_opposites_and_seasons_alter() {
        for (claim, text, why) in [
            (
                "Стороны договорились сократить поставки сельскохозяйственной продукции",
                "Стороны договорились увеличить поставки сельскохозяйственной продукции",
                "opposite sense: 'сократить' vs 'увеличить'",
            ),
            (
                "Министры условились провести следующую встречу весной в столице",
                "Министры условились провести следующую встречу осенью в столице",
                "time changed: 'весной' vs 'осенью'",
            ),
            (
                "双方同意减少农产品和机械设备贸易",
                "双方同意扩大农产品和机械设备贸易",
                "opposite sense",
            ),
            (
                "两国外长同意今年春天在首都再次会晤",
                "两国外长同意今年秋天在首都再次会晤",
                "time changed",
            ),
        ] {
            let a = check(claim, text);
            assert_eq!(a.level, Level::Altered, "{claim}: {:?}", a.differences);
            assert!(has(&a, why), "{claim}: {:?}", a.differences);
        }
    }

    #[test]
    fn opposite_words_alter() {
        let a = check(
            "Bilateral trade turnover fell by 12.5 percent",
            "Bilateral trade turnover rose by 12.5 percent",
        );
        assert!(has(&a, "opposite sense: 'fell' vs 'rose'"), "{:?}", a.differences);
        let a = check(
            "The number is expected to decrease to 20",
            "The number is expected to increase to 20",
        );
        assert_eq!(a.level, Level::Altered);
        let a = check(
            "the sanctions are legitimate and fair",
            "the sanctions are illegitimate and fair",
        );
        assert_eq!(a.level, Level::Altered);
        for (claim, text, why) in [
            (
                "urged the United States to end its support of China in the trade field",
                "urged the United States to end its suppression of China in the trade field",
                "'support' vs 'suppression'",
            ),
            (
                "reaffirmed the commitment to abandoning its allies in the region",
                "reaffirmed the commitment to defending its allies in the region",
                "'abandoning' vs 'defending'",
            ),
            (
                "called on all parties to lift the sanctions on fertiliser exports",
                "called on all parties to impose the sanctions on fertiliser exports",
                "'lift' vs 'impose'",
            ),
            (
                "the two ministers condemned the decision to restore the flights",
                "the two ministers welcomed the decision to restore the flights",
                "'condemned' vs 'welcomed'",
            ),
            (
                "said that the global economic outlook remains fragile this year",
                "said that the global economic outlook remains resilient this year",
                "'fragile' vs 'resilient'",
            ),
            (
                "she praised the breadth and scale of the subsidies for shipyards",
                "she raised concerns about the breadth and scale of the subsidies for shipyards",
                "'praised' vs 'concerns'",
            ),
            (
                "seeks a healthy economic relationship that benefits only the United States",
                "seeks a healthy economic relationship that benefits both countries over time",
                "'only' vs 'both'",
            ),
            (
                "she added that the other side has abandoned its one-Arvenia policy",
                "she added that the other side adheres to its one-Arvenia policy",
                "'abandoned' vs 'adheres'",
            ),
            (
                "the two sides should close channels of communication at all levels",
                "the two sides should keep channels of communication at all levels",
                "'close' vs 'keep'",
            ),
            (
                "Russia and China act from very different positions on these issues",
                "Russia and China act from very close positions on these issues",
                "'different' vs 'close'",
            ),
            (
                "strive to build a truly unipolar and fair system of international relations",
                "strive to build a truly multipolar and fair system of international relations",
                "'unipolar' vs 'multipolar'",
            ),
            (
                "a brief exchange of views was held on a wide range of issues",
                "a thorough exchange of views was held on a wide range of issues",
                "'brief' vs 'thorough'",
            ),
        ] {
            let a = check(claim, text);
            assert_eq!(a.level, Level::Altered, "{claim}: {:?}", a.differences);
            assert!(has(&a, &format!("opposite sense: {why}")), "{claim}: {:?}", a.differences);
        }
        let a = check(
            "a settlement reached without outside help",
            "a settlement reached with outside help",
        );
        assert_eq!(a.level, Level::Altered, "{:?}", a.differences);
    }

    #[test]
    fn a_negative_prefix_alters_even_a_short_quote() {
        let a = check(
            "noted the illegitimacy of the actions taken by Russia",
            "noted the legitimacy of the actions taken by Russia to protect its interests",
        );
        assert_eq!(a.level, Level::Altered, "{:?}", a.differences);
        assert!(has(&a, "opposite sense: 'illegitimacy' vs 'legitimacy'"), "{:?}", a.differences);
    }

    #[test]
    fn changed_modality_alters_but_will_would_does_not() {
        let a = check(
            "concerns of all countries should be taken seriously",
            "concerns of all countries must be taken seriously",
        );
        assert!(has(&a, "modality changed: 'should' vs 'must'"), "{:?}", a.differences);
        let a = check(
            "Mirava may increase its purchases of grain",
            "Mirava will increase its purchases of grain",
        );
        assert_eq!(a.level, Level::Altered);
        let a = check(
            "they agreed Mirava would increase its purchases of grain",
            "they agreed Mirava will increase its purchases of grain",
        );
        assert_eq!(a.level, Level::Close, "{:?}", a.differences);
    }

    #[test]
    fn moved_and_dropped_words_are_close() {
        let a = check(
            "agreed to expand cooperation in energy, finance, industry and transport",
            "agreed to expand cooperation in energy, industry, finance and transport",
        );
        assert_eq!(a.level, Level::Close);
        assert!(has(&a, "moved"), "{:?}", a.differences);
        let a = check(
            "should support each other on issues of sovereignty and territorial integrity",
            "should support each other on issues of sovereignty, security and territorial integrity",
        );
        assert_eq!(a.level, Level::Close);
        assert!(has(&a, "'security' left out"), "{:?}", a.differences);
    }

    #[test]
    fn different_content_is_altered_or_nothing() {
        let a = check(
            "the leaders discussed energy supplies and agreed on a railway link",
            "the leaders discussed energy supplies and agreed on a fisheries memorandum",
        );
        assert_eq!(a.level, Level::Altered, "{} {:?}", a.coverage, a.differences);
        assert!(has(&a, "much of the wording differs"));
        let a =
            check("a joint naval exercise next spring", "the leaders discussed energy supplies");
        assert_eq!(a.level, Level::None);
    }
}
