//! The catalog's words for the domain's values: a style's or a habit's
//! name, a result's headline and blend, a notice, a profile's shares.

use super::arg::Arg;
use super::messages as t;
use crate::domain::documents::notice::Notice;
use crate::domain::quiz::scoring::Outcome;
use crate::domain::{Habit, Style};

impl From<Habit> for Arg<'_> {
    /// A habit selects its variant by its key: `expectations`, `follow-up`,
    /// `giving-first`, `event-choice`, `goal-roi`.
    fn from(h: Habit) -> Self {
        Arg::Str(match h {
            Habit::Expectations => "expectations",
            Habit::FollowUp => "follow-up",
            Habit::GivingFirst => "giving-first",
            Habit::EventChoice => "event-choice",
            Habit::GoalRoi => "goal-roi",
        })
    }
}

/// The names of a result's styles: the primary, or every tied style.
pub fn style_names(outcome: &Outcome) -> Vec<String> {
    outcome.styles().into_iter().map(t::style_name).collect()
}

/// The style as a page title: "Mensch", or "Pro and Mensch" in a tie.
pub fn headline(outcome: &Outcome) -> String {
    t::result_headline(&style_names(outcome))
}

/// "Mensch with a Pro streak", "Equal parts Pro and Mensch", or "Mensch".
pub fn blend_label(outcome: &Outcome) -> String {
    if outcome.is_tie() {
        return t::result_blend_tie(&style_names(outcome));
    }
    match outcome.secondary {
        Some(second) => t::result_blend(outcome.primary, second),
        None => t::style_name(outcome.primary),
    }
}

/// Each style with its share: "Pro 25%", ...
pub fn profile_shares(profile: &[u8; 4]) -> Vec<String> {
    Style::ALL
        .iter()
        .map(|&s| t::profile_share(f64::from(profile[s.index()]) / 100.0, s))
        .collect()
}

/// What a notice says.
pub fn notice(n: Notice) -> String {
    match n {
        Notice::Unavailable => t::notice_unavailable(),
        Notice::SaveFailed => t::notice_save_failed(),
        Notice::Corrupt => t::notice_corrupt(),
        Notice::Newer => t::notice_newer(),
        Notice::QuestionsChanged => t::notice_questions_changed(),
    }
}
