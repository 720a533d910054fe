//! The shape of links on the built binary: a point one side splits is one statement against
//! several, never several against several, even when the statements chain through a shared
//! partner; the statement the cut leaves out is listed as only-in, with its closest partner.

use crate::common::*;
use serde_json::Value;

/// One side of a ministers' meeting, illustrative text written for this test (with no front
/// matter, its heading is statement E1). E3 (the presidents' call) and E4 (the armed forces, the
/// fleet commanders' call) chain through F3, which reports both the presidents' call and the
/// armed forces' contacts.
const LEFT: &str = "\
# Norland ministry readout (illustration, not an official text)

Foreign Minister Ada Lind met Kastell's Foreign Minister Piet Oren in Tarvo on Monday.

Both ministers welcomed preparations for a telephone call between the two presidents in the coming weeks. They welcomed regular contacts between the armed forces and planned a video call between the northern fleet commanders. Lind and Oren discussed next steps to curb the smuggling of synthetic opioids across the Lesk border.

Lind raised concern about the detention of Norlandic journalists.
";

/// The other side, illustrative text written for this test.
const RIGHT: &str = "\
# Kastell foreign office readout (illustration, not an official text)

Piet Oren held talks with Ada Lind in Tarvo.

The two sides discussed the next telephone call between the presidents and regular contacts between the armed forces. They agreed to arrange a video call between the northern fleet commanders. The ministers agreed to fight opioid smuggling on the Lesk border together.

Oren said Kastell opposes any interference in its internal affairs.
";

fn ids(v: &Value) -> Vec<String> {
    v.as_array().expect("id list").iter().map(|x| x.as_str().expect("id").to_string()).collect()
}

fn compare(s: &Scratch, a: &str, b: &str) -> Value {
    let run = s.run(&["compare", a, b, "--format", "json"]);
    run.assert_ok();
    run.json()["comparisons"][0].clone()
}

#[test]
fn statements_chained_through_a_shared_partner_are_cut_into_one_to_many_links() {
    let s = Scratch::new();
    s.write("e.md", LEFT);
    s.write("f.md", RIGHT);
    for (a, b) in [("e.md", "f.md"), ("f.md", "e.md")] {
        let c = compare(&s, a, b);
        let links = c["links"].as_array().expect("links");
        for l in links {
            let (left, right) = (ids(&l["left"]), ids(&l["right"]));
            assert!(left.len() == 1 || right.len() == 1, "several against several: {l}");
        }
        // The commanders' call is linked (in one link with what it chains to), and every
        // statement is either in a link or only-in, with a closest hint when left out.
        let fleet = links.iter().any(|l| {
            let all: Vec<String> = [ids(&l["left"]), ids(&l["right"])].concat();
            all.contains(&"E4".to_string()) && all.contains(&"F3".to_string())
        });
        assert!(fleet, "{c}");
        for (side, n) in [("left", 6), ("right", 6)] {
            let only = ids(&c[format!("only_{side}")]);
            let linked: usize = links.iter().map(|l| ids(&l[side]).len()).sum();
            assert_eq!(linked + only.len(), n, "{side}: {c}");
            for id in &only {
                if id != "E6" && id != "F6" {
                    assert!(c["closest"][id].is_object(), "{id} has no closest hint: {c}");
                }
            }
        }
    }
}
