//! Developer aid: prints the speaker detected for every statement of the given readouts and the
//! country each is taken to speak for. Usage: cargo run --example speakers -- READOUT...
use readout::analyse::speaker::{self, People};
use readout::load::load_all;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let loaded = load_all(&args).unwrap_or_else(|e| panic!("{e}"));
    let all: Vec<&str> =
        loaded.readouts.iter().flat_map(|r| r.statements.iter().map(|s| s.text.as_str())).collect();
    let people = People::learn(&all);
    for r in &loaded.readouts {
        let texts: Vec<&str> = r.statements.iter().map(|s| s.text.as_str()).collect();
        let paras: Vec<usize> = r.statements.iter().map(|s| s.paragraph).collect();
        for (st, sp) in r.statements.iter().zip(speaker::detect(&texts, &paras)) {
            let c = people.country_of(&sp).unwrap_or_default();
            println!(
                "{:<5} {:<28} {:<8} {}",
                st.id,
                format!("{:?}", sp).chars().take(28).collect::<String>(),
                c,
                &st.text.chars().take(70).collect::<String>()
            );
        }
    }
}
