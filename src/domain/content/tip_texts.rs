//! Every tip on the checklist, as data: per style, per habit, and for
//! keeping strong habits; each tip's words are the message `tip-<id>` in
//! `locales/<lang>/tips.ftl` (with the tips for each pair of styles).
//! Written for netstyle from the ideas of the essay in `shared/seed/`; no
//! sentence is copied from it.

use super::tip::{Phase, Tip};

const fn tip(id: &'static str, phase: Phase) -> Tip {
    Tip { id, phase }
}

use Phase::*;

/// Tips for each style, indexed by [`crate::domain::Style::index`].
pub static STYLE_TIPS: [&[Tip]; 4] = [
    &[
        tip("pro-three", Before),
        tip("pro-linger", At),
        tip("pro-their-goals", At),
        tip("pro-next-step", After),
        tip("pro-prune", After),
    ],
    &[
        tip("rookie-one-sentence", Before),
        tip("rookie-opener", Before),
        tip("rookie-fewer-cards", At),
        tip("rookie-notes", At),
        tip("rookie-best-three", After),
    ],
    &[
        tip("imposter-worth-it", Before),
        tip("imposter-target", Before),
        tip("imposter-queue", At),
        tip("imposter-answer", At),
        tip("imposter-swap", After),
    ],
    &[
        tip("mensch-two-sentences", Before),
        tip("mensch-research", Before),
        tip("mensch-specific", At),
        tip("mensch-give", At),
        tip("mensch-coffee-first", After),
    ],
];

/// Tips for each habit, indexed by [`Habit::index`].
pub static HABIT_TIPS: [&[Tip]; 5] = [
    &[
        tip("expect-outcome", Before),
        tip("expect-learn", At),
        tip("expect-judge", After),
        tip("expect-maybe-lead", At),
        tip("expect-one-lead", Before),
    ],
    &[
        tip("followup-block", Before),
        tip("followup-date", At),
        tip("followup-48h", After),
        tip("followup-prepared", After),
    ],
    &[
        tip("giving-two", Before),
        tip("giving-listen", At),
        tip("giving-first", After),
    ],
    &[
        tip("choice-check", Before),
        tip("choice-managed", Before),
        tip("choice-drop", After),
        tip("choice-paid-try", Before),
        tip("choice-keep-going", After),
    ],
    &[
        tip("goal-one", Before),
        tip("goal-ask", At),
        tip("goal-log", After),
        tip("goal-customers", After),
    ],
];

/// Tips for keeping strong habits, on the checklist instead of the weakest
/// habits' tips when every habit is strong ([`super::scoring::habits_strong`]).
pub static KEEP_TIPS: &[Tip] = &[
    tip("keep-review", Before),
    tip("keep-one-goal", Before),
    tip("keep-give", At),
    tip("keep-slot", After),
    tip("keep-journal", After),
];
