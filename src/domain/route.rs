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
            _ => match (path.strip_prefix("/r/"), path.strip_prefix("/g/")) {
                (Some(code), _) => Route::Shared(code.to_owned()),
                (_, Some(code)) => Route::SharedGroup(code.to_owned()),
                _ => Route::Unknown(path.to_owned()),
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
            Route::Shared(code) => format!("#/r/{code}"),
            Route::Group => "#/group".to_owned(),
            Route::SharedGroup(code) => format!("#/g/{code}"),
            Route::Unknown(path) => format!("#{path}"),
        }
    }
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
