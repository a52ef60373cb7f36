//! The catalog's words for the domain's values: a style's or a habit's
//! name, a result's headline and blend, a notice, a profile's shares, the
//! checklist's tips, a damaged link's reason, the result card's lines.

use super::arg::{style_key, Arg};
use super::catalogs;
use super::current::text;
use super::messages as t;
use crate::domain::content::progress::Progress;
use crate::domain::content::tip::{Phase, Source};
use crate::domain::documents::notice::Notice;
use crate::domain::group::code::{GroupCodeError, MAX_CODE_LEN};
use crate::domain::group::mix::MixTip;
use crate::domain::group::{EntryError, Member, GROUP_LIMIT};
use crate::domain::journal::ics;
use crate::domain::journal::roi::{Agreement, Mirror, Shows};
use crate::domain::journal::status::Status;
use crate::domain::journal::{DraftError, Event, EventKind, Person, Promiser, Step};
use crate::domain::quiz::scoring::Outcome;
use crate::domain::share::code::ShareError;
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

impl From<Phase> for Arg<'_> {
    /// A phase selects its variant by its key: `before`, `at`, `after`.
    fn from(p: Phase) -> Self {
        Arg::Str(match p {
            Phase::Before => "before",
            Phase::At => "at",
            Phase::After => "after",
        })
    }
}

/// The index of the message called `name`, if the build lists it among
/// the messages found by name (`catalogs::BY_NAME`: the tips).
fn by_name(name: &str) -> Option<usize> {
    catalogs::BY_NAME
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(_, index)| index)
}

/// The message that holds a tip's text: `tip-<id>` (see `locales/en/tips.ftl`).
pub fn tip_message(id: &str) -> String {
    ["tip-", id].concat()
}

/// A tip's text: the message `tip-<id>`; empty for an id with no message
/// (the tests check that every tip has one).
pub fn tip(id: &str) -> String {
    by_name(&tip_message(id)).map_or_else(String::new, |i| text(i, &[]))
}

/// The messages that hold how two styles work best together, in either
/// order: `pair-tip-<a>-<b>-1` and `-2`, the styles in [`Style::ALL`] order.
pub fn pair_tip_messages(a: Style, b: Style) -> [String; 2] {
    let (low, high) = if a <= b { (a, b) } else { (b, a) };
    let pair = ["pair-tip-", style_key(low), "-", style_key(high), "-"].concat();
    [[&pair, "1"].concat(), [&pair, "2"].concat()]
}

/// How two styles work best together: two tips.
pub fn pair_tips(a: Style, b: Style) -> [String; 2] {
    pair_tip_messages(a, b).map(|m| by_name(&m).map_or_else(String::new, |i| text(i, &[])))
}

/// Under a tip on the checklist: whom or what it is for.
pub fn tip_source(source: Source) -> String {
    match source {
        Source::Style(s) => t::checklist_for_style(s),
        Source::Habit(h) => t::checklist_for_habit(h),
        Source::Keep => t::result_checklist_keep_source(),
    }
}

/// "3 of 12 done".
pub fn progress(p: Progress) -> String {
    t::checklist_progress(p.done, p.total)
}

/// Why a result link could not be read, and what to do.
pub fn share_error(e: &ShareError) -> String {
    match e {
        ShareError::Empty => t::link_empty(),
        ShareError::BadCharacters => t::link_bad_characters(),
        ShareError::WrongLength => t::link_wrong_length(),
        ShareError::BadChecksum => t::link_bad_checksum(),
        ShareError::NewerVersion(format) => t::link_newer_version(*format),
        ShareError::UnknownVersion => t::link_unknown_version(),
        ShareError::OutOfRange => t::link_out_of_range(),
    }
}

/// The line under the card's and the QR view's title, which names no style
/// the title already names: "with a Pro streak", "A tie: equal points for
/// each", or nothing.
pub fn card_subtitle(outcome: &Outcome) -> Option<String> {
    if outcome.is_tie() {
        return Some(t::card_subtitle_tie());
    }
    outcome.secondary.map(t::result_streak)
}

/// The card's one-line portrait: the style's tagline, or for a tie a line
/// that favours none of the tied styles.
pub fn card_tagline(outcome: &Outcome) -> String {
    if outcome.is_tie() {
        t::card_tagline_tie()
    } else {
        t::style_tagline(outcome.primary)
    }
}

/// The card's line about the habits when every habit is strong, else nothing.
pub fn card_habits_line(outcome: &Outcome) -> Option<String> {
    outcome.habits_strong().then(t::card_habits_strong)
}

/// The key a step's variants carry in the catalogs (`step`).
fn step_key(step: Step) -> &'static str {
    match step {
        Step::ThankYouSent => "thank-you-sent",
        Step::MeetingAsked => "meeting-asked",
        Step::MeetingHeld => "meeting-held",
        Step::ReferralGiven => "referral-given",
        Step::ReferralReceived => "referral-received",
    }
}

/// "Open mixer", "Trade show", ...
pub fn event_kind(kind: EventKind) -> String {
    t::event_kind(kind.key())
}

/// "I did", "They did", "We both did".
pub fn promiser(by: Promiser) -> String {
    t::promiser(by.key())
}

/// "Thank-you sent", "Meeting asked", ...
pub fn step(step: Step) -> String {
    t::step(step_key(step))
}

/// Where a follow-up stands: the furthest step taken, or "To do".
pub fn stage(person: &Person) -> String {
    person.stage().map_or_else(t::stage_to_do, step)
}

/// "Overdue by 3 days", "Due today", "Due in 2 days", ...
pub fn status(status: Status) -> String {
    match status {
        Status::Overdue(days) => t::status_overdue(days),
        Status::DueToday => t::status_due_today(),
        Status::Upcoming(days) => t::status_upcoming(days),
        Status::NoDate => t::status_no_date(),
        Status::Done => t::status_done(),
    }
}

/// What is wrong with a draft, so a person can fix it.
pub fn draft_error(e: DraftError) -> String {
    match e {
        DraftError::NoEventName => t::error_event_name(),
        DraftError::NoDate => t::error_event_date(),
        DraftError::NoPersonName => t::error_person_name(),
        DraftError::TooLong => t::error_too_long(),
        DraftError::Full => t::error_journal_full(),
    }
}

/// Minutes as hours with up to two decimals (20 minutes are 0.33 h), for a
/// number message.
pub fn hours(minutes: u32) -> f64 {
    ((f64::from(minutes) * 100.0 / 60.0).round()) / 100.0
}

/// What the journal shows for one habit, in words.
pub fn mirror_shows(m: &Mirror) -> String {
    let Shows {
        part,
        whole,
        received,
    } = m.journal;
    match m.habit {
        Habit::Expectations => t::mirror_expectations(part, whole),
        Habit::FollowUp => t::mirror_follow_up(part, whole),
        Habit::GivingFirst => t::mirror_giving_first(part, received, whole),
        Habit::EventChoice => t::mirror_event_choice(part, whole),
        Habit::GoalRoi => t::mirror_goal_roi(part, whole),
    }
}

/// How a habit's quiz score and what the journal shows compare.
pub fn agreement(a: Agreement) -> String {
    match a {
        Agreement::Nothing => t::mirror_nothing(),
        Agreement::NoQuiz => t::mirror_no_quiz(),
        Agreement::Same => t::mirror_same(),
        Agreement::More => t::mirror_more(),
        Agreement::Less => t::mirror_less(),
    }
}

/// A calendar entry's words in the language in use.
pub struct CalendarWords;

impl ics::Words for CalendarWords {
    fn summary(&self, person: &Person) -> String {
        t::calendar_summary(&person.name)
    }

    fn description(&self, event: &Event, person: &Person) -> Vec<String> {
        let mut lines = vec![t::calendar_met(event.date, &event.name)];
        if !person.does.is_empty() {
            lines.push(t::calendar_does(&person.does));
        }
        if !person.promise.is_empty() {
            lines.push(t::calendar_promised(
                &promiser(person.promised_by),
                &person.promise,
            ));
        }
        lines.push(t::calendar_so_far(&stage(person)));
        lines
    }
}

/// A group's tip for its mix.
pub fn mix_tip(tip: MixTip) -> String {
    match tip {
        MixTip::Habit(h) => t::group_tip_habit(h),
        MixTip::Majority(s) => t::group_tip_majority(s),
        MixTip::Broad => t::group_tip_broad(),
        MixTip::Level => t::group_tip_level(),
    }
}

/// Why entry `number` (counted from 1) of a group shows no result.
pub fn entry_error(e: &EntryError, number: usize) -> String {
    match e {
        EntryError::NotALink => t::group_entry_not_a_link(number),
        EntryError::Damaged(error) => t::group_entry_damaged(number, &share_error(error)),
    }
}

/// Why a group link could not be read, and what to do.
pub fn group_code_error(e: &GroupCodeError) -> String {
    match e {
        GroupCodeError::Empty => t::group_link_empty(),
        GroupCodeError::TooLong => t::group_link_too_long(MAX_CODE_LEN),
        GroupCodeError::BadCharacters => t::group_link_bad_characters(),
        GroupCodeError::Damaged => t::group_link_damaged(),
        GroupCodeError::NewerVersion(format) => t::group_link_newer(*format),
        GroupCodeError::OutOfRange => t::group_link_out_of_range(),
        GroupCodeError::Person(number, error) => t::group_link_person(*number, &share_error(error)),
    }
}

/// What adding entries to the group did: "Added 3 entries.", with how many
/// did not fit.
pub fn added(added: usize, left_out: usize) -> String {
    if left_out == 0 {
        t::group_added(added)
    } else {
        t::group_added_full(added, left_out, GROUP_LIMIT)
    }
}

/// A group member's name, or "Person 3" for entry 3 when they have none.
pub fn member_label(index: usize, member: &Member) -> String {
    if member.name.is_empty() {
        t::group_person(index + 1)
    } else {
        member.name.clone()
    }
}
