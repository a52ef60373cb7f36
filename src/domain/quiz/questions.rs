//! The question bank as data: every item the quiz asks, in quiz order, and
//! the items it no longer asks, each with its kind and what its answers
//! measure. The words are in the catalogs (`locales/<lang>/bank.ftl` and
//! `bank-retired.ftl`): an item's question is the message `q-<id>`, its
//! `n`-th option (1-based, in the order here) `q-<id>-<n>`
//! (`crate::i18n::bank`). Written for netstyle from the ideas of the essay
//! in `shared/seed/`; no sentence is copied from it. Why each scene's four
//! options are comparably attractive is argued in `docs/scenes.md`.

use super::item::{Anchors, Count, Item, ItemKind, PracticeOption, Scale, SceneOption, Statement};
use crate::domain::model::{Habit, Style};

const fn option(style: Style) -> SceneOption {
    SceneOption { style }
}

const fn practice(habit: Habit) -> PracticeOption {
    PracticeOption { habit }
}

const fn statement(scale: Scale, habit: Habit, reversed: bool, lean: Option<Style>) -> ItemKind {
    ItemKind::Statement(Statement {
        scale,
        habit,
        reversed,
        lean,
    })
}

const fn count(anchors: Anchors, habit: Habit, reversed: bool, lean: Option<Style>) -> ItemKind {
    ItemKind::Count(Count {
        anchors,
        habit,
        reversed,
        lean,
    })
}

use Anchors::*;
use Habit::*;
use Scale::*;
use Style::*;

/// The question bank in quiz order. Ids never change once released, and an
/// id is never given to different content: a rewritten item gets a new id.
/// The habits are measured by five practice items (a forced choice between
/// five equally good practices, one per habit, which carries most of each
/// habit's score and cannot raise every habit at once) and by count items
/// about what the person did at their recent events, one per habit counting
/// the wanted behaviour and two the unwanted one (`docs/habits.md`). In
/// each practice item, option `i` belongs to habit `(i + k) mod 5` of
/// [`Habit::ALL`] for the item's number `k`, so the same place everywhere
/// picks every habit once.
pub static ITEMS: &[Item] = &[
    Item {
        id: "scene-first-minutes-v2",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "expect-pitched",
        kind: count(People, Expectations, true, Some(Mensch)),
    },
    Item {
        id: "scene-buffet-open-v2",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "followup-wrote",
        kind: count(People, FollowUp, false, None),
    },
    Item {
        id: "giving-introduced",
        kind: count(Number, GivingFirst, false, None),
    },
    Item {
        id: "scene-card-request-v2",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "choice-checked",
        kind: count(Events, EventChoice, false, None),
    },
    Item {
        id: "practice-before",
        kind: ItemKind::Practice(&[
            practice(Expectations),
            practice(FollowUp),
            practice(GivingFirst),
            practice(EventChoice),
            practice(GoalRoi),
        ]),
    },
    Item {
        id: "scene-guest-talk-v2",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "expect-met-again",
        kind: count(Number, Expectations, false, None),
    },
    Item {
        id: "followup-untouched",
        kind: count(People, FollowUp, true, Some(Rookie)),
    },
    Item {
        id: "scene-what-you-do-v2",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "giving-asked-first",
        kind: count(Number, GivingFirst, true, Some(Mensch)),
    },
    Item {
        id: "choice-free-food",
        kind: count(Events, EventChoice, true, Some(Imposter)),
    },
    Item {
        id: "scene-one-hour-in-v2",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "goal-by-cards",
        kind: count(Events, GoalRoi, true, Some(Pro)),
    },
    Item {
        id: "practice-conversation",
        kind: ItemKind::Practice(&[
            practice(FollowUp),
            practice(GivingFirst),
            practice(EventChoice),
            practice(GoalRoi),
            practice(Expectations),
        ]),
    },
    Item {
        id: "scene-coffee-sometime-v2",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "practice-week-after",
        kind: ItemKind::Practice(&[
            practice(GivingFirst),
            practice(EventChoice),
            practice(GoalRoi),
            practice(Expectations),
            practice(FollowUp),
        ]),
    },
    Item {
        id: "goal-noted-roi",
        kind: count(Events, GoalRoi, false, None),
    },
    Item {
        id: "scene-trade-stand-v2",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "expect-counted-lead",
        kind: count(Number, Expectations, true, Some(Rookie)),
    },
    Item {
        id: "scene-morning-after-v2",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "followup-waiting",
        kind: count(Number, FollowUp, true, Some(Pro)),
    },
    Item {
        id: "practice-choosing",
        kind: ItemKind::Practice(&[
            practice(EventChoice),
            practice(GoalRoi),
            practice(Expectations),
            practice(FollowUp),
            practice(GivingFirst),
        ]),
    },
    Item {
        id: "scene-open-night-v2",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "giving-needs-first",
        kind: count(People, GivingFirst, true, None),
    },
    Item {
        id: "choice-open-mixer",
        kind: count(Events, EventChoice, true, None),
    },
    Item {
        id: "scene-pick-event-v2",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "practice-most",
        kind: ItemKind::Practice(&[
            practice(GoalRoi),
            practice(Expectations),
            practice(FollowUp),
            practice(GivingFirst),
            practice(EventChoice),
        ]),
    },
    Item {
        id: "goal-out-of-habit",
        kind: count(Events, GoalRoi, true, Some(Imposter)),
    },
    Item {
        id: "scene-coffee-meeting-v2",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
];

/// Items from earlier releases that the quiz no longer asks, kept whole so
/// that results made with them still explain themselves (the "why" trace
/// names their ids). Their ids are never used again. The first bank's
/// scenes and `goal-ask` come first, then the second bank's twelve scenes
/// and twenty agree/frequency statements, then five count items of the
/// wanted behaviour that the practice items replaced.
pub static RETIRED: &[Item] = &[
    Item {
        id: "scene-arrival",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "scene-buffet",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "scene-card",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "scene-speaker",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "scene-morning",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "scene-pitch",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "scene-hour",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "scene-coffee",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "scene-invite",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "goal-ask",
        kind: statement(Frequency, GoalRoi, false, None),
    },
    Item {
        id: "scene-first-minutes",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "expect-business",
        kind: statement(Agreement, Expectations, true, Some(Mensch)),
    },
    Item {
        id: "scene-buffet-open",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "followup-thanks",
        kind: statement(Frequency, FollowUp, false, None),
    },
    Item {
        id: "giving-introduce",
        kind: statement(Frequency, GivingFirst, false, None),
    },
    Item {
        id: "scene-card-request",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "choice-free",
        kind: statement(Agreement, EventChoice, true, Some(Imposter)),
    },
    Item {
        id: "goal-target",
        kind: statement(Frequency, GoalRoi, false, None),
    },
    Item {
        id: "scene-guest-talk",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "expect-relationship",
        kind: statement(Agreement, Expectations, false, None),
    },
    Item {
        id: "followup-pile",
        kind: statement(Frequency, FollowUp, true, Some(Rookie)),
    },
    Item {
        id: "scene-what-you-do",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "giving-wait",
        kind: statement(Agreement, GivingFirst, true, None),
    },
    Item {
        id: "choice-check",
        kind: statement(Frequency, EventChoice, false, None),
    },
    Item {
        id: "scene-one-hour-in",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "goal-cards",
        kind: statement(Agreement, GoalRoi, true, Some(Pro)),
    },
    Item {
        id: "followup-coffee",
        kind: statement(Frequency, FollowUp, false, None),
    },
    Item {
        id: "scene-coffee-sometime",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "giving-help-first",
        kind: statement(Frequency, GivingFirst, false, None),
    },
    Item {
        id: "choice-learn",
        kind: statement(Agreement, EventChoice, false, None),
    },
    Item {
        id: "scene-trade-stand",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "expect-hot-lead",
        kind: statement(Agreement, Expectations, true, Some(Rookie)),
    },
    Item {
        id: "scene-morning-after",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "followup-requests",
        kind: statement(Frequency, FollowUp, true, Some(Pro)),
    },
    Item {
        id: "goal-roi",
        kind: statement(Frequency, GoalRoi, false, None),
    },
    Item {
        id: "scene-open-night",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "giving-ask-early",
        kind: statement(Frequency, GivingFirst, true, Some(Mensch)),
    },
    Item {
        id: "choice-paid",
        kind: statement(Agreement, EventChoice, true, None),
    },
    Item {
        id: "scene-pick-event",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "expect-trust",
        kind: statement(Agreement, Expectations, false, None),
    },
    Item {
        id: "goal-habit",
        kind: statement(Agreement, GoalRoi, true, Some(Imposter)),
    },
    Item {
        id: "scene-coffee-meeting",
        kind: ItemKind::Scene(&[
            option(Pro),
            option(Rookie),
            option(Imposter),
            option(Mensch),
        ]),
    },
    Item {
        id: "goal-decided",
        kind: count(Events, GoalRoi, false, None),
    },
    Item {
        id: "followup-coffees",
        kind: count(Number, FollowUp, false, None),
    },
    Item {
        id: "giving-passed-on",
        kind: count(Number, GivingFirst, false, None),
    },
    Item {
        id: "choice-expert",
        kind: count(Events, EventChoice, false, None),
    },
    Item {
        id: "expect-worth-people",
        kind: count(Events, Expectations, false, None),
    },
];
