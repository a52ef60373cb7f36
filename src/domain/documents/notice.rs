//! What the person is told about their saved data (the catalogs'
//! `notice-*` messages say it), and which of those notices are on screen.

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
    pub const ALL: [Notice; 5] = [
        Notice::Unavailable,
        Notice::SaveFailed,
        Notice::Corrupt,
        Notice::Newer,
        Notice::QuestionsChanged,
    ];
}

/// A set of notices, at most one of each kind, in [`Notice::ALL`] order:
/// what a `BTreeSet<Notice>` did, as one byte instead of a few KB of wasm
/// for the tree's code.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Notices(u8);

impl Notices {
    /// Adds `notice`; false if it was there already.
    pub fn insert(&mut self, notice: Notice) -> bool {
        let new = !self.contains(notice);
        self.0 |= 1 << notice as u8;
        new
    }

    pub fn contains(self, notice: Notice) -> bool {
        self.0 & (1 << notice as u8) != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = Notice> {
        Notice::ALL.into_iter().filter(move |&n| self.contains(n))
    }
}

/// The notices on screen. Each kind is shown at most once per page, so a
/// save that keeps failing does not bring a dismissed notice back on every
/// answer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NoticeBoard {
    /// What is on screen, in the order it happened.
    pub visible: Vec<Notice>,
    shown: Notices,
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
