//! Hash routes: reading `location.hash` and writing it back.
#![cfg(not(target_arch = "wasm32"))]

use netstyle::domain::route::Route;
use proptest::prelude::*;

#[test]
fn known_routes_parse() {
    for (hash, route) in [
        ("", Route::Welcome),
        ("#", Route::Welcome),
        ("#/", Route::Welcome),
        ("/", Route::Welcome),
        ("#/quiz", Route::Quiz),
        ("/quiz", Route::Quiz),
        ("#/result", Route::Result),
        ("#/styles", Route::Styles),
        ("#/r/ABC123", Route::Shared("ABC123".to_owned())),
        ("#/r/", Route::Shared(String::new())),
        ("#/r/a/b", Route::Shared("a/b".to_owned())),
    ] {
        assert_eq!(Route::parse(hash), route, "{hash:?}");
    }
}

#[test]
fn unknown_paths_are_kept_as_unknown() {
    for (hash, path) in [
        ("#/nope", "/nope"),
        ("#/quiz/", "/quiz/"),
        ("#/Quiz", "/Quiz"),
        ("#/results", "/results"),
        ("#/styles/", "/styles/"),
        ("#/Styles", "/Styles"),
        ("#/r", "/r"),
        ("#quiz", "quiz"),
        ("##/quiz", "#/quiz"),
        ("#/quiz?x=1", "/quiz?x=1"),
    ] {
        assert_eq!(
            Route::parse(hash),
            Route::Unknown(path.to_owned()),
            "{hash:?}"
        );
    }
}

#[test]
fn hashes_are_written_with_the_hash_sign() {
    assert_eq!(Route::Welcome.to_hash(), "#/");
    assert_eq!(Route::Quiz.to_hash(), "#/quiz");
    assert_eq!(Route::Result.to_hash(), "#/result");
    assert_eq!(Route::Styles.to_hash(), "#/styles");
    assert_eq!(Route::Shared("xyz".to_owned()).to_hash(), "#/r/xyz");
    assert_eq!(Route::Unknown("/nope".to_owned()).to_hash(), "#/nope");
}

#[test]
fn fixed_routes_round_trip() {
    for route in [Route::Welcome, Route::Quiz, Route::Result, Route::Styles] {
        assert_eq!(Route::parse(&route.to_hash()), route);
    }
}

proptest! {
    #[test]
    fn shared_codes_round_trip(code in ".{0,64}") {
        let route = Route::Shared(code);
        prop_assert_eq!(Route::parse(&route.to_hash()), route);
    }

    #[test]
    fn share_like_codes_round_trip(code in "[A-Za-z0-9_-]{1,80}") {
        let hash = format!("#/r/{code}");
        prop_assert_eq!(Route::parse(&hash), Route::Shared(code));
        prop_assert_eq!(Route::parse(&hash).to_hash(), hash);
    }

    #[test]
    fn unknown_paths_round_trip(path in "/[a-z/]{1,20}") {
        let route = Route::parse(&format!("#{path}"));
        prop_assume!(matches!(route, Route::Unknown(_)));
        prop_assert_eq!(Route::parse(&route.to_hash()), route.clone());
        prop_assert_eq!(route.to_hash(), format!("#{path}"));
    }

    #[test]
    fn any_hash_parses_and_writing_it_back_is_stable(hash in ".{0,40}") {
        let route = Route::parse(&hash);
        prop_assert_eq!(Route::parse(&route.to_hash()), route);
    }
}

mod url_sync {
    use netstyle::domain::route::{Route, UrlSync};

    #[test]
    fn the_apps_own_route_change_is_written_once() {
        let mut sync = UrlSync::new(Route::Welcome);
        // Start: the app is on the quiz, the URL still shows the welcome.
        assert_eq!(
            sync.to_write(&Route::Quiz, &Route::Welcome),
            Some(Route::Quiz)
        );
        // Its own write comes back as a hashchange: nothing to do.
        assert_eq!(sync.url_shows(Route::Quiz), None);
        assert_eq!(sync.to_write(&Route::Quiz, &Route::Quiz), None);
    }

    #[test]
    fn a_link_followed_before_the_apps_write_is_not_undone() {
        // The app starts on the welcome; a link sets #/styles before the
        // app's check after its first paint, and before its hashchange.
        let mut sync = UrlSync::new(Route::Welcome);
        assert_eq!(sync.to_write(&Route::Welcome, &Route::Styles), None);
        assert_eq!(sync.url_shows(Route::Styles), Some(Route::Styles));
        // Once the app is there, nothing is written.
        assert_eq!(sync.to_write(&Route::Styles, &Route::Styles), None);
    }

    #[test]
    fn a_link_followed_while_the_app_changes_route_wins() {
        let mut sync = UrlSync::new(Route::Welcome);
        // Start was pressed (route: quiz), then, before the write, a link.
        assert_eq!(sync.to_write(&Route::Quiz, &Route::Styles), None);
        assert_eq!(sync.url_shows(Route::Styles), Some(Route::Styles));
    }

    #[test]
    fn a_change_whose_hashchange_was_missed_is_picked_up() {
        // The URL changed before the app listened: looking finds it.
        let mut sync = UrlSync::new(Route::Welcome);
        assert_eq!(sync.url_shows(Route::Journal), Some(Route::Journal));
        // The late hashchange for the same change then does nothing.
        assert_eq!(sync.url_shows(Route::Journal), None);
    }

    #[test]
    fn back_after_the_apps_write_is_followed() {
        let mut sync = UrlSync::new(Route::Welcome);
        assert_eq!(
            sync.to_write(&Route::Quiz, &Route::Welcome),
            Some(Route::Quiz)
        );
        assert_eq!(sync.url_shows(Route::Quiz), None);
        // Back: the URL shows the welcome again.
        assert_eq!(sync.url_shows(Route::Welcome), Some(Route::Welcome));
        assert_eq!(sync.to_write(&Route::Welcome, &Route::Welcome), None);
    }
}
