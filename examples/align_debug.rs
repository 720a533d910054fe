//! Developer aid: prints each left statement's candidate partners and scores, and the links
//! chosen; with --json, the statements and candidates as JSON for analysis scripts.
//! Usage: cargo run --example align_debug -- [--json] LEFT RIGHT
use readout::compare::align;
use readout::load::load_all;
use readout::model::Readout;

fn ids(v: &[usize], rd: &Readout) -> String {
    v.iter().map(|&i| rd.statements[i].id.clone()).collect::<Vec<_>>().join("+")
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.first().is_some_and(|a| a == "--json");
    if json {
        args.remove(0);
    }
    let loaded = load_all(&args).unwrap_or_else(|e| panic!("{e}"));
    let (l, r) = (&loaded.readouts[0], &loaded.readouts[1]);
    let (li, ri) = (readout::compare::align_input(l), readout::compare::align_input(r));
    let (lt, rt) = (&li.texts, &ri.texts);
    let people = readout::analyse::speaker::People::learn(&[lt.as_slice(), rt.as_slice()].concat());
    let cands = align::explain(&li, &ri, &people);
    let a = align::align(&li, &ri, &people, &align::Options::default());
    if json {
        let links: Vec<(Vec<usize>, Vec<usize>, f32)> =
            a.links.iter().map(|k| (k.left.clone(), k.right.clone(), k.score)).collect();
        println!(
            "{}",
            serde_json::json!({"left": lt, "right": rt, "cands": cands, "links": links})
        );
        return;
    }
    for (i, cs) in cands.iter().enumerate() {
        let top: Vec<String> =
            cs.iter().take(4).map(|(j, s)| format!("{}:{s:.2}", r.statements[*j].id)).collect();
        println!(
            "{:<5} {}  | {}",
            l.statements[i].id,
            top.join(" "),
            &lt[i][..lt[i].len().min(60)]
        );
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
