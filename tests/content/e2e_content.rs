//! The app's content as data for the end-to-end suite: this test writes the
//! bank, the tips, the labels and the notice texts to `e2e/content.json`,
//! which `e2e/content.ts` reads, and fails when the committed file is stale.
//! After changing content, rewrite it with
//! `NETSTYLE_WRITE_CONTENT=1 cargo test --test content e2e_content`.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use netstyle::domain::content::tip::{Phase, Tip};
use netstyle::domain::content::tip_texts::{HABIT_TIPS, KEEP_TIPS, STYLE_TIPS};
use netstyle::domain::documents::notice::Notice;
use netstyle::domain::quiz::bank::{items, retired, Item, ItemKind, Scale};
use netstyle::domain::quiz::scoring::{
    BLEND_POINTS, LEAN_POINTS, MIN_HABIT_ITEMS, MIN_PRACTICE, MIN_SCENES, SCENE_POINTS,
    STRONG_HABIT,
};
use netstyle::domain::{Habit, Style};
use netstyle::i18n::bank as words;
use netstyle::i18n::messages as t;
use netstyle::i18n::names::{pair_tips, tip};
use serde_json::{json, Map, Value};

fn scale_name(scale: Scale) -> &'static str {
    match scale {
        Scale::Agreement => "Agreement",
        Scale::Frequency => "Frequency",
    }
}

fn phase_name(phase: Phase) -> &'static str {
    match phase {
        Phase::Before => "Before",
        Phase::At => "At",
        Phase::After => "After",
    }
}

/// An item with its words from the English catalog (`locales/en/bank.ftl`).
fn item_json(item: &Item) -> Value {
    let prompt = words::prompt(item);
    match &item.kind {
        ItemKind::Scene(options) => {
            let by_style: Map<String, Value> = options
                .iter()
                .enumerate()
                .map(|(i, o)| (o.style.name().to_owned(), json!(words::option(item, i))))
                .collect();
            json!({ "kind": "scene", "id": item.id, "prompt": prompt, "options": by_style })
        }
        ItemKind::Practice(options) => {
            let by_habit: Map<String, Value> = options
                .iter()
                .enumerate()
                .map(|(i, o)| (o.habit.name().to_owned(), json!(words::option(item, i))))
                .collect();
            json!({ "kind": "practice", "id": item.id, "prompt": prompt, "options": by_habit })
        }
        ItemKind::Count(c) => json!({
            "kind": "count",
            "id": item.id,
            "prompt": prompt,
            "labels": words::count_labels(c.anchors),
            "noEvent": t::answer_no_event(),
            "habit": c.habit.name(),
            "reversed": c.reversed,
            "lean": c.lean.map(Style::name),
        }),
        ItemKind::Statement(st) => json!({
            "kind": "statement",
            "id": item.id,
            "prompt": prompt,
            "scale": scale_name(st.scale),
            "labels": words::scale_labels(st.scale),
            "habit": st.habit.name(),
            "reversed": st.reversed,
            "lean": st.lean.map(Style::name),
        }),
    }
}

fn tips_json(tips: &[Tip]) -> Value {
    tips.iter()
        .map(|t| json!({ "id": t.id, "phase": phase_name(t.phase), "text": tip(t.id) }))
        .collect()
}

fn content() -> Value {
    let notices = [
        ("unavailable", Notice::Unavailable),
        ("saveFailed", Notice::SaveFailed),
        ("corrupt", Notice::Corrupt),
        ("newer", Notice::Newer),
        ("questionsChanged", Notice::QuestionsChanged),
    ];
    json!({
        "note": "Written by tests/content/e2e_content.rs from the app's own data; do not edit.",
        "styles": Style::ALL.map(|s| json!({
            "name": s.name(),
            "withArticle": t::style_with_article(s),
            "tagline": t::style_tagline(s),
            "gloss": t::style_gloss(s),
            "trap": t::style_trap(s),
        })),
        "habits": Habit::ALL.map(|h| json!({ "name": t::habit_name(h), "meaning": t::habit_meaning(h) })),
        "phases": Phase::ALL.map(|p| json!({ "name": phase_name(p), "heading": t::checklist_phase(p) })),
        "scales": {
            "Agreement": words::scale_labels(Scale::Agreement),
            "Frequency": words::scale_labels(Scale::Frequency),
        },
        "scoring": {
            "scenePoints": SCENE_POINTS,
            "leanPoints": LEAN_POINTS,
            "blendPoints": BLEND_POINTS,
            "minScenes": MIN_SCENES,
            "minHabitItems": MIN_HABIT_ITEMS,
            "minPractice": MIN_PRACTICE,
            "strongHabit": STRONG_HABIT,
        },
        "items": items().iter().map(item_json).collect::<Vec<_>>(),
        "retired": retired().iter().map(item_json).collect::<Vec<_>>(),
        "styleTips": STYLE_TIPS.iter().map(|t| tips_json(t)).collect::<Vec<_>>(),
        "habitTips": HABIT_TIPS.iter().map(|t| tips_json(t)).collect::<Vec<_>>(),
        "keepTips": tips_json(KEEP_TIPS),
        "pairTips": Style::ALL
            .iter()
            .enumerate()
            .flat_map(|(i, &a)| Style::ALL[i..].iter().map(move |&b| json!({
                "styles": [a.name(), b.name()],
                "tips": pair_tips(a, b),
            })))
            .collect::<Vec<_>>(),
        "notices": notices
            .iter()
            .map(|(key, n)| ((*key).to_owned(), json!(netstyle::i18n::names::notice(*n))))
            .collect::<Map<String, Value>>(),
    })
}

#[test]
fn e2e_content_json_is_up_to_date() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("e2e/content.json");
    let fresh = serde_json::to_string_pretty(&content()).unwrap() + "\n";
    if std::env::var_os("NETSTYLE_WRITE_CONTENT").is_some() {
        std::fs::write(&path, &fresh).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "e2e/content.json is stale: the app's content changed. Rewrite it with \
         NETSTYLE_WRITE_CONTENT=1 cargo test --test content e2e_content"
    );
}
