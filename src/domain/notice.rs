//! What the person is told about their saved data, and which of those
//! notices are on screen.

use std::collections::BTreeSet;

/// Something about storage the person should know.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Notice {
    /// The browser refuses storage (blocked, private mode).
    Unavailable,
    /// Saving failed, typically because storage is full.
    SaveFailed,
    /// Stored data could not be read; it was set aside under a backup key.
    Corrupt,
    /// Stored data comes from a newer version; this page runs in memory.
    Newer,
    /// The attempt in progress was saved with other questions; what still
    /// fits was kept.
    QuestionsChanged,
}

impl Notice {
    pub fn message(self) -> &'static str {
        match self {
            Notice::Unavailable => "Your browser does not let this page store data, so your progress will not be kept once you close it.",
            Notice::SaveFailed => "Your progress could not be saved, perhaps because storage is full, so it will not be kept once you close this page.",
            Notice::Corrupt => "Earlier saved data could not be read, so netstyle carries on without it. The damaged data was set aside, not deleted.",
            Notice::Newer => "Your saved data comes from a newer version of netstyle. It was left untouched, so this page saves nothing and your progress will not be kept.",
            Notice::QuestionsChanged => "Some questions have changed since you started. Your answers to the ones still asked were kept, so you can carry on from here.",
        }
    }
}

/// The notices on screen. Each kind is shown at most once per page, so a
/// save that keeps failing does not bring a dismissed notice back on every
/// answer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NoticeBoard {
    /// What is on screen, in the order it happened.
    pub visible: Vec<Notice>,
    shown: BTreeSet<Notice>,
}

impl NoticeBoard {
    /// Puts up the notices not shown before.
    pub fn show(&mut self, notices: impl IntoIterator<Item = Notice>) {
        for notice in notices {
            if self.shown.insert(notice) {
                self.visible.push(notice);
            }
        }
    }

    pub fn dismiss(&mut self) {
        self.visible.clear();
    }
}
