//! Correcting what the journal holds, one field at a time: each field's
//! text as its editor shows it, and the change an edited text asks for,
//! checked as the add forms check a new entry (the same [`DraftError`]s).

use super::{
    kept, named, Date, DraftError, Event, EventEdit, EventKind, JournalAction, Person, PersonEdit,
    Promiser,
};

/// A field of an event that its page shows and lets a person correct.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventField {
    Name,
    Date,
    Kind,
    /// Paid or free.
    Entry,
    Goal,
}

/// A field of a person met, as their card shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonField {
    Name,
    Does,
    Promise,
    PromisedBy,
}

/// The key an entry's "paid" flag has in a form's select.
pub fn entry_key(paid: bool) -> &'static str {
    if paid {
        "paid"
    } else {
        "free"
    }
}

impl EventField {
    /// The field's value as its editor's input holds it (a date as
    /// YYYY-MM-DD, a choice as its key).
    pub fn text(self, event: &Event) -> String {
        match self {
            EventField::Name => event.name.clone(),
            EventField::Date => event.date.to_string(),
            EventField::Kind => event.kind.key().to_owned(),
            EventField::Entry => entry_key(event.paid).to_owned(),
            EventField::Goal => event.goal.clone(),
        }
    }

    /// The edit `text` asks for, or what to fix first.
    pub fn edit(self, text: &str) -> Result<EventEdit, DraftError> {
        Ok(match self {
            EventField::Name => EventEdit::Name(named(text, DraftError::NoEventName)?),
            EventField::Date => {
                EventEdit::Date(Date::parse(text.trim()).ok_or(DraftError::NoDate)?)
            }
            EventField::Kind => {
                EventEdit::Kind(EventKind::from_key(text).unwrap_or(EventKind::Other))
            }
            EventField::Entry => EventEdit::Paid(text == entry_key(true)),
            EventField::Goal => EventEdit::Goal(kept(text)?),
        })
    }

    /// The change to the journal that saves `text` in event `event`.
    pub fn change(self, event: u64, text: &str) -> Result<JournalAction, DraftError> {
        let edit = self.edit(text)?;
        Ok(JournalAction::EditEvent { event, edit })
    }
}

impl PersonField {
    /// The field's value as its editor's input holds it.
    pub fn text(self, person: &Person) -> String {
        match self {
            PersonField::Name => person.name.clone(),
            PersonField::Does => person.does.clone(),
            PersonField::Promise => person.promise.clone(),
            PersonField::PromisedBy => person.promised_by.key().to_owned(),
        }
    }

    /// The edit `text` asks for, or what to fix first.
    pub fn edit(self, text: &str) -> Result<PersonEdit, DraftError> {
        Ok(match self {
            PersonField::Name => PersonEdit::Name(named(text, DraftError::NoPersonName)?),
            PersonField::Does => PersonEdit::Does(kept(text)?),
            PersonField::Promise => PersonEdit::Promise(kept(text)?),
            PersonField::PromisedBy => {
                PersonEdit::PromisedBy(Promiser::from_key(text).unwrap_or_default())
            }
        })
    }

    /// The change to the journal that saves `text` for `person` of `event`.
    pub fn change(self, event: u64, person: u64, text: &str) -> Result<JournalAction, DraftError> {
        let edit = self.edit(text)?;
        Ok(JournalAction::EditPerson {
            event,
            person,
            edit,
        })
    }
}
