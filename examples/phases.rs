//! Developer aid: times each phase of `compare` on two readouts (load and segment, analysis,
//! align, the whole comparison, JSON). Usage: cargo run --release --example phases -- A B
use readout::analyse::analyse;
use readout::compare::{self, align};
use readout::load::load_all;
use readout::render;
use readout::terms::watchlist;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let t = Instant::now();
    let loaded = load_all(&args).unwrap_or_else(|e| panic!("{e}"));
    eprintln!("load+segment {:?}", t.elapsed());
    let t = Instant::now();
    let read = analyse(&loaded.readouts, None);
    eprintln!("analyse      {:?}", t.elapsed());
    let t = Instant::now();
    let a = align::align(&read.readouts[0], &read.readouts[1], &read.people, align::tuning());
    eprintln!("align        {:?} ({} links)", t.elapsed(), a.links.len());
    drop(read);
    let list = watchlist::load(None).unwrap_or_else(|e| panic!("{e}"));
    let t = Instant::now();
    let rep =
        compare::compare(loaded.readouts.clone(), None, readout::compare::align::tuning(), &list);
    eprintln!("compare all  {:?}", t.elapsed());
    let t = Instant::now();
    let s = render::json::compare(&rep, render::json::Layout::Compact);
    eprintln!("json         {:?} ({} bytes)", t.elapsed(), s.len());
}
