//! Developer aid: prints the content terms the matcher sees in each statement of a readout
//! (`#` a number in digits, `~` boilerplate, `*` a name).
//! Usage: cargo run --example terms -- READOUT
use readout::analyse;
use readout::compare::align::terms::terms;
use readout::load::load_all;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let loaded = load_all(&args).unwrap_or_else(|e| panic!("{e}"));
    for r in &loaded.readouts {
        for (s, a) in r.statements.iter().zip(analyse::words(r)) {
            let keys: Vec<String> = terms(&a.words, &|_| false)
                .into_iter()
                .map(|t| {
                    let marks = [(t.number, "#"), (t.common, "~"), (t.proper, "*")];
                    let m: String = marks.iter().filter(|m| m.0).map(|m| m.1).collect();
                    format!("{}{m}", t.key)
                })
                .collect();
            println!("{:<5} {}", s.id, keys.join(" "));
        }
    }
}
