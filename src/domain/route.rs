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
    /// The person's own group ("Compare a group").
    Group,
    /// A group shared by link, with its still-undecoded code.
    SharedGroup(String),
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
            "/group" => Route::Group,
            "/journal" => Route::Journal,
            "/follow-ups" => Route::FollowUps,
            _ => match (path.strip_prefix("/r/"), journal_event(path)) {
                (Some(code), _) => Route::Shared(code.to_owned()),
                (None, Some(id)) => Route::JournalEvent(id),
                (None, None) => match path.strip_prefix("/g/") {
                    Some(code) => Route::SharedGroup(code.to_owned()),
                    None => Route::Unknown(path.to_owned()),
                },
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
            Route::Group => "#/group".to_owned(),
            Route::SharedGroup(code) => format!("#/g/{code}"),
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

/// The full link to a shared group (see [`share_link`]).
pub fn group_link(base: &str, code: &str) -> String {
    format!("{base}{}", Route::SharedGroup(code.to_owned()).to_hash())
}

/// Keeps the URL fragment and the app's route in step when either can change
/// first: a link, the back button or a typed fragment changes the URL, and
/// the app's own actions (Start, the last answer) change the route, which
/// the app writes to the URL a little later, after the new screen has
/// painted. The rule: the latest change wins, whichever side made it.
///
/// So the app writes the fragment only while the URL still shows what the
/// app last saw there: a URL that someone else changed in between (its
/// `hashchange` may not even have arrived yet) is never put back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UrlSync {
    /// The route the URL showed when the app last read it or wrote it.
    seen: Route,
}

impl UrlSync {
    /// Starts from the route the URL shows when the app starts.
    pub fn new(in_url: Route) -> Self {
        Self { seen: in_url }
    }

    /// The URL shows `in_url` (on `hashchange`, or when the app looks):
    /// the route to go to, if the URL changed since the app last saw it.
    /// The app's own writes come back as `hashchange` too, and give `None`.
    pub fn url_shows(&mut self, in_url: Route) -> Option<Route> {
        if in_url == self.seen {
            return None;
        }
        self.seen = in_url.clone();
        Some(in_url)
    }

    /// The app is on `route` and the URL shows `in_url`: the route to write
    /// to the URL, if any. `None` when the URL already shows it, or when the
    /// URL changed since the app last saw it (that change wins; its
    /// `hashchange` brings the app to it).
    pub fn to_write(&mut self, route: &Route, in_url: &Route) -> Option<Route> {
        if in_url == route || *in_url != self.seen {
            return None;
        }
        self.seen = route.clone();
        Some(route.clone())
    }
}
