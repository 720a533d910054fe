//! Developer aid: times each phase of `compare` on two readouts (load and segment, speakers,
//! align, diff and model, JSON). Usage: cargo run --release --example phases -- A B
use readout::analyse::speaker::People;
use readout::compare::{self, align};
use readout::load::load_all;
use readout::render as report;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let t = Instant::now();
    let loaded = load_all(&args).unwrap_or_else(|e| panic!("{e}"));
    eprintln!("load+segment {:?}", t.elapsed());
    let t = Instant::now();
    let (l, r) =
        (compare::align_input(&loaded.readouts[0]), compare::align_input(&loaded.readouts[1]));
    eprintln!("speakers     {:?}", t.elapsed());
    let t = Instant::now();
    let people = People::learn(&[l.texts.as_slice(), &r.texts].concat());
    eprintln!("people       {:?}", t.elapsed());
    let t = Instant::now();
    let a = align::align(&l, &r, &people, &align::Options::default());
    eprintln!("align        {:?} ({} links)", t.elapsed(), a.links.len());
    let t = Instant::now();
    let rep = compare::compare(loaded.readouts.clone(), None, &align::Options::default());
    eprintln!("compare all  {:?}", t.elapsed());
    let t = Instant::now();
    let s = report::json::compare(&rep);
    eprintln!("json         {:?} ({} bytes)", t.elapsed(), s.len());
}
