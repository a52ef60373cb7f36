//! The after-event journal: the events a person goes to, the people met
//! there, and where each follow-up stands. Plain data with its changes as
//! [`JournalAction`]s; ids are random numbers handed in by the browser, so
//! they stay the same for ever (a calendar re-import matches on them) and
//! two journals started apart do not share them.

pub mod date;
pub mod edit;
pub mod ics;
pub mod roi;
pub mod status;

use std::collections::BTreeSet;

use crate::domain::content::tip::Phase;
use crate::domain::order::sort_by_rank;
pub use date::Date;

/// What kind of event it was; the essay rates them very differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String")]
pub enum EventKind {
    /// Anyone walks in and mingles.
    OpenMixer,
    /// Run by an organiser, with a talk or discussion that teaches something.
    Managed,
    TradeShow,
    Other,
}

read_by_name!(EventKind {
    OpenMixer,
    Managed,
    TradeShow,
    Other
});

impl EventKind {
    pub const ALL: [EventKind; 4] = [
        EventKind::OpenMixer,
        EventKind::Managed,
        EventKind::TradeShow,
        EventKind::Other,
    ];

    /// A short name for forms and URLs, and the key of its name in the
    /// catalogs (`event-kind`).
    pub fn key(self) -> &'static str {
        match self {
            EventKind::OpenMixer => "mixer",
            EventKind::Managed => "managed",
            EventKind::TradeShow => "trade-show",
            EventKind::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// Who made the promise noted for a person.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String")]
pub enum Promiser {
    #[default]
    Me,
    Them,
    Both,
}

read_by_name!(Promiser { Me, Them, Both });

impl Promiser {
    pub const ALL: [Promiser; 3] = [Promiser::Me, Promiser::Them, Promiser::Both];

    /// A short name for forms, and the key of its words in the catalogs
    /// (`promiser`).
    pub fn key(self) -> &'static str {
        match self {
            Promiser::Me => "me",
            Promiser::Them => "them",
            Promiser::Both => "both",
        }
    }

    pub fn from_key(key: &str) -> Option<Promiser> {
        Promiser::ALL.into_iter().find(|p| p.key() == key)
    }
}

/// A step of following up, in the order it usually happens. Any step may
/// be taken without the ones before it.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "String")]
pub enum Step {
    ThankYouSent,
    MeetingAsked,
    MeetingHeld,
    ReferralGiven,
    ReferralReceived,
}

read_by_name!(Step {
    ThankYouSent,
    MeetingAsked,
    MeetingHeld,
    ReferralGiven,
    ReferralReceived,
});

impl Step {
    pub const ALL: [Step; 5] = [
        Step::ThankYouSent,
        Step::MeetingAsked,
        Step::MeetingHeld,
        Step::ReferralGiven,
        Step::ReferralReceived,
    ];
}

/// Someone met at an event, and the follow-up with them.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Person {
    pub id: u64,
    pub name: String,
    /// What they do for a living.
    pub does: String,
    /// What was promised, if anything.
    pub promise: String,
    pub promised_by: Promiser,
    /// When the next step is due; none once it is taken.
    pub due: Option<Date>,
    pub steps: BTreeSet<Step>,
}

impl Person {
    /// Where the follow-up stands: the furthest step taken, if any.
    pub fn stage(&self) -> Option<Step> {
        self.steps.last().copied()
    }

    /// At least one step of following up was taken.
    pub fn followed_up(&self) -> bool {
        !self.steps.is_empty()
    }
}

/// One event in the journal.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Event {
    pub id: u64,
    pub name: String,
    pub date: Date,
    pub kind: EventKind,
    pub paid: bool,
    /// What the person wanted from it ("meet one graphic designer").
    pub goal: String,
    /// How long it took, all told, in minutes; noted afterwards.
    pub minutes: Option<u32>,
    pub people: Vec<Person>,
}

impl Event {
    /// The checklist phases that matter on `today`: before the event its
    /// "before" tips, from its day on the "at" and "after" tips.
    pub fn phases(&self, today: Date) -> &'static [Phase] {
        if today < self.date {
            &[Phase::Before]
        } else {
            &[Phase::At, Phase::After]
        }
    }
}

/// Everything the journal keeps.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Journal {
    pub events: Vec<Event>,
}

/// The longest text a field may hold, in characters.
pub const TEXT_LIMIT: usize = 500;
/// The most events, and people per event, a journal may hold.
pub const EVENT_LIMIT: usize = 1000;
pub const PEOPLE_LIMIT: usize = 500;
/// The most hours an event may have taken (a week of trade show and travel).
pub const HOURS_LIMIT: u32 = 200;

/// A new event as the form gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventDraft {
    pub id: u64,
    pub name: String,
    pub date: Option<Date>,
    pub kind: EventKind,
    pub paid: bool,
    pub goal: String,
}

/// A new person as the form gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonDraft {
    pub id: u64,
    pub name: String,
    pub does: String,
    pub promise: String,
    pub promised_by: Promiser,
    pub due: Option<Date>,
}

/// What is wrong with a draft, said so a person can fix it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DraftError {
    #[error("Give the event a name.")]
    NoEventName,
    #[error("Give the date of the event.")]
    NoDate,
    #[error("Give the person's name.")]
    NoPersonName,
    #[error("That is longer than 500 characters; please shorten it.")]
    TooLong,
    #[error("The journal is full; remove an old entry first.")]
    Full,
}

fn text_ok(texts: &[&str]) -> Result<(), DraftError> {
    if texts.iter().any(|t| t.chars().count() > TEXT_LIMIT) {
        Err(DraftError::TooLong)
    } else {
        Ok(())
    }
}

impl EventDraft {
    /// The event this draft makes, or what to fix first.
    pub fn check(&self) -> Result<Event, DraftError> {
        let name = self.name.trim();
        if name.is_empty() {
            return Err(DraftError::NoEventName);
        }
        let date = self.date.ok_or(DraftError::NoDate)?;
        text_ok(&[name, &self.goal])?;
        Ok(Event {
            id: self.id,
            name: name.to_owned(),
            date,
            kind: self.kind,
            paid: self.paid,
            goal: self.goal.trim().to_owned(),
            minutes: None,
            people: Vec::new(),
        })
    }
}

impl PersonDraft {
    /// The person this draft makes, or what to fix first.
    pub fn check(&self) -> Result<Person, DraftError> {
        let name = self.name.trim();
        if name.is_empty() {
            return Err(DraftError::NoPersonName);
        }
        text_ok(&[name, &self.does, &self.promise])?;
        Ok(Person {
            id: self.id,
            name: name.to_owned(),
            does: self.does.trim().to_owned(),
            promise: self.promise.trim().to_owned(),
            promised_by: self.promised_by,
            due: self.due,
            steps: BTreeSet::new(),
        })
    }
}

/// Reads "2", "2.5", "2,5" or "0.75" hours (at most two decimals) as
/// minutes, rounded to the minute. Written out rather than through `f64`,
/// whose parser costs the download several kilobytes.
pub fn parse_hours(text: &str) -> Option<u32> {
    let text = text.trim();
    let (whole, fraction) = match text.find(['.', ',']) {
        Some(i) => (&text[..i], &text[i + 1..]),
        None => (text, ""),
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty())
        || !digits(whole)
        || !digits(fraction)
        || whole.len() > 3
        || fraction.len() > 2
    {
        return None;
    }
    let whole: u32 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let hundredths: u32 = format!("{fraction:0<2}").parse().ok()?;
    let minutes = whole * 60 + (hundredths * 60 + 50) / 100;
    (minutes <= HOURS_LIMIT * 60).then_some(minutes)
}

/// Minutes as hours for people: "2.5", "1", "0.75".
pub fn hours_text(minutes: u32) -> String {
    let hundredths = (u64::from(minutes) * 100 + 30) / 60;
    let (whole, rest) = (hundredths / 100, hundredths % 100);
    match rest {
        0 => whole.to_string(),
        r if r % 10 == 0 => format!("{whole}.{}", r / 10),
        r => format!("{whole}.{r:02}"),
    }
}

/// A change to the journal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JournalAction {
    AddEvent(Event),
    RemoveEvent(u64),
    SetHours {
        event: u64,
        minutes: Option<u32>,
    },
    AddPerson {
        event: u64,
        person: Person,
    },
    RemovePerson {
        event: u64,
        person: u64,
    },
    /// Ticks or unticks a step. Ticking one takes the step that was due, so
    /// the due date goes: a new one can be set for the next step.
    SetStep {
        event: u64,
        person: u64,
        step: Step,
        taken: bool,
    },
    SetDue {
        event: u64,
        person: u64,
        due: Option<Date>,
    },
    /// Corrects one field of an event (see [`edit`]).
    EditEvent {
        event: u64,
        edit: EventEdit,
    },
    /// Corrects one field of a person met.
    EditPerson {
        event: u64,
        person: u64,
        edit: PersonEdit,
    },
}

impl Journal {
    pub fn event(&self, id: u64) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }

    fn event_mut(&mut self, id: u64) -> Option<&mut Event> {
        self.events.iter_mut().find(|e| e.id == id)
    }

    fn person_mut(&mut self, event: u64, person: u64) -> Option<&mut Person> {
        self.event_mut(event)?
            .people
            .iter_mut()
            .find(|p| p.id == person)
    }

    /// Whether `id` is taken by an event or a person already.
    pub fn has_id(&self, id: u64) -> bool {
        self.events
            .iter()
            .any(|e| e.id == id || e.people.iter().any(|p| p.id == id))
    }

    /// Applies `action`; one that does not fit (an unknown id, a full
    /// journal, an id in use) changes nothing.
    pub fn apply(&mut self, action: JournalAction) {
        match action {
            JournalAction::AddEvent(event) => {
                if self.events.len() < EVENT_LIMIT && !self.has_id(event.id) {
                    self.events.push(event);
                }
            }
            JournalAction::RemoveEvent(id) => self.events.retain(|e| e.id != id),
            JournalAction::SetHours { event, minutes } => {
                if let Some(e) = self.event_mut(event) {
                    e.minutes = minutes.filter(|&m| m <= HOURS_LIMIT * 60);
                }
            }
            JournalAction::AddPerson { event, person } => {
                let taken = self.has_id(person.id);
                if let Some(e) = self.event_mut(event).filter(|_| !taken) {
                    if e.people.len() < PEOPLE_LIMIT {
                        e.people.push(person);
                    }
                }
            }
            JournalAction::RemovePerson { event, person } => {
                if let Some(e) = self.event_mut(event) {
                    e.people.retain(|p| p.id != person);
                }
            }
            JournalAction::SetStep {
                event,
                person,
                step,
                taken,
            } => {
                if let Some(p) = self.person_mut(event, person) {
                    if taken {
                        if p.steps.insert(step) {
                            p.due = None;
                        }
                    } else {
                        p.steps.remove(&step);
                    }
                }
            }
            JournalAction::SetDue { event, person, due } => {
                if let Some(p) = self.person_mut(event, person) {
                    p.due = due;
                }
            }
            JournalAction::EditEvent { event, edit } => {
                if let Some(e) = self.event_mut(event) {
                    edit.apply(e);
                }
            }
            JournalAction::EditPerson {
                event,
                person,
                edit,
            } => {
                if let Some(p) = self.person_mut(event, person) {
                    edit.apply(p);
                }
            }
        }
    }

    /// The events, newest first (by date, then the order they were added).
    pub fn newest_first(&self) -> Vec<&Event> {
        let mut events: Vec<&Event> = self.events.iter().collect();
        events.reverse();
        sort_by_rank(&mut events, |e| (-e.date.days_since_epoch(), 0));
        events
    }

    /// Whether every value is one the journal's changes could have made.
    pub fn is_sound(&self) -> bool {
        let texts_ok = |texts: &[&str]| texts.iter().all(|t| t.chars().count() <= TEXT_LIMIT);
        self.events.len() <= EVENT_LIMIT
            && self.events.iter().all(|e| {
                !e.name.trim().is_empty()
                    && texts_ok(&[&e.name, &e.goal])
                    && e.minutes.is_none_or(|m| m <= HOURS_LIMIT * 60)
                    && e.people.len() <= PEOPLE_LIMIT
                    && e.people.iter().all(|p| {
                        !p.name.trim().is_empty() && texts_ok(&[&p.name, &p.does, &p.promise])
                    })
            })
            && self.ids_unique()
    }

    /// Whether no two events or people share an id. (Sorted with the app's
    /// one sort rather than gathered in a `BTreeSet<u64>`: see `order`.)
    fn ids_unique(&self) -> bool {
        let mut ids: Vec<u64> = self
            .events
            .iter()
            .flat_map(|e| std::iter::once(e.id).chain(e.people.iter().map(|p| p.id)))
            .collect();
        // The cast keeps ids distinct (it only reorders), which is all
        // this needs.
        sort_by_rank(&mut ids, |&id| (id as i64, 0));
        ids.windows(2).all(|w| w[0] != w[1])
    }
}

/// A corrected value for one field of an event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventEdit {
    Name(String),
    Date(Date),
    Kind(EventKind),
    Paid(bool),
    Goal(String),
}

/// A corrected value for one field of a person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PersonEdit {
    Name(String),
    Does(String),
    Promise(String),
    PromisedBy(Promiser),
}

/// A text as the journal keeps it: trimmed, at most [`TEXT_LIMIT`] characters.
pub(crate) fn kept(text: &str) -> Result<String, DraftError> {
    let text = text.trim();
    if text.chars().count() > TEXT_LIMIT {
        Err(DraftError::TooLong)
    } else {
        Ok(text.to_owned())
    }
}

/// A name: kept, and not empty (`missing` says so).
pub(crate) fn named(text: &str, missing: DraftError) -> Result<String, DraftError> {
    let name = kept(text)?;
    if name.is_empty() {
        Err(missing)
    } else {
        Ok(name)
    }
}

impl EventEdit {
    /// Puts the value into `event`, if it is one the editor could have
    /// made (a change made some other way and out of bounds is dropped).
    fn apply(self, event: &mut Event) {
        match self {
            EventEdit::Name(name) => {
                if let Ok(name) = named(&name, DraftError::NoEventName) {
                    event.name = name;
                }
            }
            EventEdit::Date(date) => event.date = date,
            EventEdit::Kind(kind) => event.kind = kind,
            EventEdit::Paid(paid) => event.paid = paid,
            EventEdit::Goal(goal) => {
                if let Ok(goal) = kept(&goal) {
                    event.goal = goal;
                }
            }
        }
    }
}

impl PersonEdit {
    /// Puts the value into `person`, if it is one the editor could have made.
    fn apply(self, person: &mut Person) {
        match self {
            PersonEdit::Name(name) => {
                if let Ok(name) = named(&name, DraftError::NoPersonName) {
                    person.name = name;
                }
            }
            PersonEdit::Does(does) => {
                if let Ok(does) = kept(&does) {
                    person.does = does;
                }
            }
            PersonEdit::Promise(promise) => {
                if let Ok(promise) = kept(&promise) {
                    person.promise = promise;
                }
            }
            PersonEdit::PromisedBy(by) => person.promised_by = by,
        }
    }
}
