//! Scores the blind readers' answers with the app's own scoring (issue 27,
//! `docs/habits.md`): `cargo run --example blind_score -- docs/blind/<round>`.
//! The folder holds `key.json` (from `examples/questionnaire.rs`) and
//! `answers/*.json`, one file per person and mode as the readers wrote them:
//! `{"person": "...", "mode": "honest" | "good", "answers": {"Q1": "B", ...}}`.
//! Prints each reader's style and habits, the look-good shifts, the targets,
//! and Cronbach's alpha per habit over the readers' keyed item scores.

use std::collections::BTreeMap;

use netstyle::domain::content::tips::weakest_habits;
use netstyle::domain::quiz::bank::{any_item, Item, ItemKind};
use netstyle::domain::quiz::scoring::{
    habit_levels_in, keyed_scores_in, practice_picks_in, score_in, Answers, Outcome, MIN_SCENES,
};
use netstyle::domain::quiz::simulation::cronbach_alpha as alpha;
use netstyle::domain::{Answer, Habit};

#[derive(serde::Deserialize)]
struct KeyEntry {
    q: String,
    id: String,
    answers: BTreeMap<String, Answer>,
}

#[derive(serde::Deserialize)]
struct Reading {
    person: String,
    mode: String,
    answers: BTreeMap<String, String>,
}

fn read<T: serde::de::DeserializeOwned>(path: &std::path::Path) -> T {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A reader's letters as the app's answers; an unknown letter is a skip.
fn to_answers(key: &[KeyEntry], reading: &Reading) -> Answers {
    key.iter()
        .filter_map(|k| {
            let letter = reading.answers.get(&k.q)?.trim().to_uppercase();
            Some((k.id.clone(), *k.answers.get(&letter)?))
        })
        .collect()
}

/// The keyed score 0-4 of each answered habit item, by habit and id.
fn keyed(bank: &[&'static Item], answers: &Answers) -> BTreeMap<(Habit, String), f64> {
    keyed_scores_in(bank.iter().copied(), answers)
        .into_iter()
        .map(|(habit, id, score)| ((habit, id.to_owned()), f64::from(score)))
        .collect()
}

fn habits_text(o: &Outcome) -> String {
    Habit::ALL
        .iter()
        .map(|h| o.habits[h.index()].map_or("-".into(), |v| v.to_string()))
        .collect::<Vec<_>>()
        .join(" | ")
}

fn main() {
    let dir =
        std::path::PathBuf::from(std::env::args().nth(1).unwrap_or("docs/blind/after".into()));
    let key: Vec<KeyEntry> = read(&dir.join("key.json"));
    // The bank the questionnaire was made from, current or retired: the
    // answers are scored as that bank scores them.
    let bank: Vec<&'static Item> = key
        .iter()
        .map(|k| any_item(&k.id).unwrap_or_else(|| panic!("no item {}", k.id)))
        .collect();
    let scenes = |a: &Answers| {
        bank.iter()
            .filter(|i| matches!(i.kind, ItemKind::Scene(_)) && a.contains_key(i.id))
            .count()
    };
    let mut files: Vec<_> = std::fs::read_dir(dir.join("answers"))
        .expect("an answers folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut results: BTreeMap<(String, String), (Outcome, Answers)> = BTreeMap::new();
    println!(
        "| person | mode | style | {} | two weakest |",
        Habit::ALL.map(|h| h.name()).join(" | ")
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    for path in &files {
        let reading: Reading = read(path);
        let answers = to_answers(&key, &reading);
        if scenes(&answers) < MIN_SCENES {
            println!(
                "| {} | {} | not enough answers |",
                reading.person, reading.mode
            );
            continue;
        }
        let outcome = score_in(bank.iter().copied(), &answers);
        let weak = weakest_habits(&outcome);
        println!(
            "| {} | {} | {} | {} | {}, {} |",
            reading.person,
            reading.mode,
            netstyle::i18n::names::blend_label(&outcome),
            habits_text(&outcome),
            weak[0].name(),
            weak[1].name()
        );
        results.insert((reading.person, reading.mode), (outcome, answers));
    }

    // The practice picks, which only order habits with equal levels, and
    // the order they give, where the bank has practice items.
    if bank.iter().any(|i| i.practice().is_some()) {
        println!(
            "\npractice picks per habit ({}) and the habits from the weakest:",
            Habit::ALL.map(|h| h.name()).join(", ")
        );
        for ((person, mode), (outcome, answers)) in &results {
            let (answered, picks) = practice_picks_in(bank.iter().copied(), answers);
            let levels = habit_levels_in(bank.iter().copied(), answers);
            println!(
                "- {person} {mode}: picks {picks:?} of {answered}; order {}{}",
                outcome.habit_order().map(|h| h.name()).join(" < "),
                if levels == outcome.habits {
                    ""
                } else {
                    " (levels differ from the counts!)"
                }
            );
        }
    }

    println!("\nlook good minus honest, per habit:");
    let (mut same_weak, mut same_style, mut people, mut worst) = (0, 0, 0, i32::MIN);
    let persons: Vec<String> = results.keys().map(|(p, _)| p.clone()).collect();
    let mut seen = Vec::new();
    for person in persons {
        if seen.contains(&person) {
            continue;
        }
        seen.push(person.clone());
        let (Some((honest, _)), Some((good, _))) = (
            results.get(&(person.clone(), "honest".into())),
            results.get(&(person.clone(), "good".into())),
        ) else {
            continue;
        };
        people += 1;
        let shifts: Vec<i32> = Habit::ALL
            .iter()
            .map(|h| {
                let (a, b) = (honest.habits[h.index()], good.habits[h.index()]);
                i32::from(b.unwrap_or(0)) - i32::from(a.unwrap_or(0))
            })
            .collect();
        worst = worst.max(*shifts.iter().max().unwrap_or(&0));
        let mut hw = weakest_habits(honest);
        let mut gw = weakest_habits(good);
        hw.sort();
        gw.sort();
        same_weak += usize::from(hw == gw);
        same_style += usize::from(honest.styles() == good.styles());
        println!(
            "- {person}: {} (mean {:+.1}); weakest two {}; style {} -> {}",
            Habit::ALL
                .iter()
                .zip(&shifts)
                .map(|(h, s)| format!("{} {s:+}", h.name()))
                .collect::<Vec<_>>()
                .join(", "),
            shifts.iter().sum::<i32>() as f64 / 5.0,
            if hw == gw { "the same" } else { "differ" },
            netstyle::i18n::names::headline(honest),
            netstyle::i18n::names::headline(good)
        );
    }
    println!(
        "\ntargets: largest rise {worst:+} (at most +10); same two weakest {same_weak} of {people} (at least 4); same style {same_style} of {people} (all)"
    );

    println!("\nCronbach's alpha per habit over the readers' answers (respondents with every item of the habit answered):");
    for mode in ["honest", "good", "both"] {
        let mut line = format!("- {mode}:");
        for h in Habit::ALL {
            let sets: Vec<BTreeMap<(Habit, String), f64>> = results
                .iter()
                .filter(|((_, m), _)| mode == "both" || m == mode)
                .map(|(_, (_, a))| keyed(&bank, a))
                .collect();
            let ids: Vec<String> = key
                .iter()
                .filter(|k| sets.iter().any(|s| s.contains_key(&(h, k.id.clone()))))
                .map(|k| k.id.clone())
                .collect();
            let rows: Vec<Vec<f64>> = sets
                .iter()
                .filter_map(|s| {
                    ids.iter()
                        .map(|id| s.get(&(h, id.clone())).copied())
                        .collect()
                })
                .collect();
            let a = alpha(&rows).map_or("-".into(), |a| format!("{a:.2}"));
            line.push_str(&format!(
                " {} {a} (n={}, k={});",
                h.name(),
                rows.len(),
                ids.len()
            ));
        }
        println!("{line}");
    }
}
