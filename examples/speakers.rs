//! Developer aid: prints the speaker detected for every statement of the given readouts and the
//! country each is taken to speak for. Usage: cargo run --example speakers -- READOUT...
use readout::analyse::analyse;
use readout::load::load_all;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let loaded = load_all(&args).unwrap_or_else(|e| panic!("{e}"));
    let read = analyse(&loaded.readouts, loaded.event.as_ref());
    for (r, statements) in loaded.readouts.iter().zip(&read.readouts) {
        for (st, a) in r.statements.iter().zip(statements) {
            let c = read.people.country_of(&a.speaker).unwrap_or_default();
            println!(
                "{:<5} {:<28} {:<8} {}",
                st.id,
                format!("{:?}", a.speaker).chars().take(28).collect::<String>(),
                c,
                &st.text.chars().take(70).collect::<String>()
            );
        }
    }
}
