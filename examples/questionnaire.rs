//! Writes the blind questionnaire for readers (issue 27, `docs/habits.md`):
//! the bank's items in quiz order with neutral numbers, scene options in a
//! seeded shuffle and lettered, no ids, styles, habits or keys; and beside it
//! the key that turns a reader's letters back into the app's answers.
//! `cargo run --example questionnaire -- <questionnaire.md> <key.json> [seed]`

use netstyle::domain::quiz::bank::{items, ItemKind};
use netstyle::domain::quiz::shuffle::option_order;
use netstyle::domain::Answer;
use netstyle::i18n::bank as words;

const LETTERS: [char; 8] = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(text_path), Some(key_path)) = (args.next(), args.next()) else {
        eprintln!("usage: questionnaire <questionnaire.md> <key.json> [seed]");
        std::process::exit(2);
    };
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(27);
    let mut text = String::from(
        "# Questionnaire: going to networking events\n\n\
         Answer each question by choosing exactly one letter.\n\n",
    );
    let mut key = Vec::new();
    for (n, item) in items().iter().enumerate() {
        let q = format!("Q{}", n + 1);
        let options: Vec<(Answer, String)> = match &item.kind {
            ItemKind::Scene(_) | ItemKind::Practice(_) => {
                let answers = words::answers(item);
                option_order(seed, item.id, answers.len())
                    .into_iter()
                    .map(|i| answers[usize::from(i)].clone())
                    .collect()
            }
            ItemKind::Statement(_) | ItemKind::Count(_) => words::answers(item),
        };
        text.push_str(&format!("**{q}.** {}\n\n", words::prompt(item)));
        for (letter, (_, label)) in LETTERS.iter().zip(&options) {
            text.push_str(&format!("- {letter}. {label}\n"));
        }
        text.push('\n');
        let answers: serde_json::Map<String, serde_json::Value> = LETTERS
            .iter()
            .zip(&options)
            .map(|(l, (a, _))| (l.to_string(), serde_json::to_value(a).unwrap_or_default()))
            .collect();
        key.push(serde_json::json!({ "q": q, "id": item.id, "answers": answers }));
    }
    let key = serde_json::to_string_pretty(&key).unwrap_or_default();
    if let Err(e) = std::fs::write(&text_path, text).and_then(|_| std::fs::write(&key_path, key)) {
        eprintln!("could not write: {e}");
        std::process::exit(1);
    }
}
