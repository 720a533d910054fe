//! Developer aid: prints each left statement's candidate partners and scores, and the links
//! chosen; with --json, the statements and candidates as JSON for analysis scripts.
//! Usage: cargo run --example align_debug -- [--json] LEFT RIGHT
use readout::analyse::analyse;
use readout::compare::align;
use readout::load::load_all;
use readout::model::Readout;

fn ids(v: &[usize], rd: &Readout) -> String {
    v.iter().map(|&i| rd.statements[i].id.clone()).collect::<Vec<_>>().join("+")
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().is_some_and(|a| a == "--pairs") {
        let loaded = load_all(&args[1..]).unwrap_or_else(|e| panic!("{e}"));
        let read = analyse(&loaded.readouts, loaded.event.as_ref());
        let t = align::pair_table(&read.readouts[0], &read.readouts[1], &read.people);
        println!("{t}");
        return;
    }
    let json = args.first().is_some_and(|a| a == "--json");
    if json {
        args.remove(0);
    }
    let loaded = load_all(&args).unwrap_or_else(|e| panic!("{e}"));
    let read = analyse(&loaded.readouts, loaded.event.as_ref());
    let (l, r) = (&loaded.readouts[0], &loaded.readouts[1]);
    let (la, ra) = (&read.readouts[0], &read.readouts[1]);
    let cands = align::explain(la, ra, &read.people);
    let a = align::align(la, ra, &read.people, align::tuning());
    let texts = |rd: &Readout| rd.statements.iter().map(|s| s.text.clone()).collect::<Vec<_>>();
    if json {
        let links: Vec<(Vec<usize>, Vec<usize>, f32, f32)> =
            a.links.iter().map(|k| (k.left.clone(), k.right.clone(), k.score, k.likely)).collect();
        println!(
            "{}",
            serde_json::json!({"left": texts(l), "right": texts(r), "cands": cands, "links": links})
        );
        return;
    }
    for (i, cs) in cands.iter().enumerate() {
        let top: Vec<String> =
            cs.iter().take(4).map(|(j, s)| format!("{}:{s:.2}", r.statements[*j].id)).collect();
        let text: String = l.statements[i].text.chars().take(60).collect();
        println!("{:<5} {}  | {text}", l.statements[i].id, top.join(" "));
    }
    for k in &a.links {
        println!(
            "link {} - {} {:.2}{}",
            ids(&k.left, l),
            ids(&k.right, r),
            k.score,
            if k.moved { " moved" } else { "" }
        );
    }
}
