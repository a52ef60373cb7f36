//! Hash routes: the app lives in one file, so every screen is a URL fragment
//! that static and offline hosting serve alike.

/// A screen of the app.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Route {
    #[default]
    Welcome,
    Quiz,
    Result,
    /// The four styles explained.
    Styles,
    /// The journal: events, and adding one.
    Journal,
    /// One event of the journal, by id.
    JournalEvent(u64),
    /// The follow-ups across every event.
    FollowUps,
    /// A result shared by link, with its still-undecoded code.
    Shared(String),
    /// Any fragment the app does not know.
    Unknown(String),
}

impl Route {
    /// Reads a `location.hash` value such as `#/quiz`.
    pub fn parse(hash: &str) -> Route {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        match path {
            "" | "/" => Route::Welcome,
            "/quiz" => Route::Quiz,
            "/result" => Route::Result,
            "/styles" => Route::Styles,
            "/journal" => Route::Journal,
            "/follow-ups" => Route::FollowUps,
            _ => match (path.strip_prefix("/r/"), journal_event(path)) {
                (Some(code), _) => Route::Shared(code.to_owned()),
                (None, Some(id)) => Route::JournalEvent(id),
                (None, None) => Route::Unknown(path.to_owned()),
            },
        }
    }

    /// The fragment for this route, including the `#`.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Welcome => "#/".to_owned(),
            Route::Quiz => "#/quiz".to_owned(),
            Route::Result => "#/result".to_owned(),
            Route::Styles => "#/styles".to_owned(),
            Route::Journal => "#/journal".to_owned(),
            Route::JournalEvent(id) => format!("#/journal/{id}"),
            Route::FollowUps => "#/follow-ups".to_owned(),
            Route::Shared(code) => format!("#/r/{code}"),
            Route::Unknown(path) => format!("#{path}"),
        }
    }
}

/// The event id in `/journal/<id>` (digits only, so the route reads back
/// exactly as it was written).
fn journal_event(path: &str) -> Option<u64> {
    let id = path.strip_prefix("/journal/")?;
    let canonical = !id.is_empty()
        && id.bytes().all(|b| b.is_ascii_digit())
        && (id == "0" || !id.starts_with('0'));
    canonical.then(|| id.parse().ok()).flatten()
}

/// The full link to a shared result, for an app served at `base` (its origin
/// and path, e.g. `https://example.org/netstyle/`).
pub fn share_link(base: &str, code: &str) -> String {
    format!("{base}{}", Route::Shared(code.to_owned()).to_hash())
}
