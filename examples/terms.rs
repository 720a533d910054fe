//! Developer aid: prints the content terms the matcher sees in each statement of a readout.
//! Usage: cargo run --example terms -- READOUT
use readout::load::load_all;
use readout::text;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let loaded = load_all(&args).unwrap_or_else(|e| panic!("{e}"));
    for r in &loaded.readouts {
        for s in &r.statements {
            let keys: Vec<String> = text::terms(&s.text, &|_| false)
                .into_iter()
                .map(|t| {
                    format!(
                        "{}{}{}",
                        t.key,
                        if t.number { "#" } else { "" },
                        if t.common { "~" } else { "" }
                    )
                })
                .collect();
            println!("{:<5} {}", s.id, keys.join(" "));
        }
    }
}
