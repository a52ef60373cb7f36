//! The build's prerender step (`src/prerender.rs`): the welcome screen as a
//! first-time visitor sees it, with nothing in it that does nothing before
//! the app runs and nothing the Content-Security-Policy would block.
#![cfg(not(target_arch = "wasm32"))]

use netstyle::prerender::welcome;

#[test]
fn the_welcome_screen_is_rendered_in_its_frame() {
    let html = welcome();
    assert!(
        html.starts_with(r##"<a href="#main" class="skip-link">"##),
        "{html}"
    );
    assert!(html.contains(r#"<header class="masthead">"#));
    assert!(html.contains("<h1>What kind of networker are you?</h1>"));
    assert!(html.contains(r#"<h2 id="h-four-styles">The four styles</h2>"#));
    assert!(html.ends_with("</footer>"));
    assert_eq!(html.matches(r#"<main id="main""#).count(), 1);
}

#[test]
fn its_buttons_are_start_and_the_languages_and_all_are_disabled() {
    let html = welcome();
    assert_eq!(html.matches("<button").count(), 5, "{html}");
    assert_eq!(html.matches("<button disabled").count(), 5, "{html}");
    assert!(html.contains(r#"<button disabled class="primary">Start the quiz</button>"#));
    for (lang, name) in [
        ("en", "English"),
        ("de", "Deutsch"),
        ("es", "Español"),
        ("fr", "Français"),
    ] {
        assert!(
            html.contains(&format!(r#"lang="{lang}" aria-pressed="#))
                && html.contains(&format!(">{name}</button>")),
            "{lang}: {html}"
        );
    }
    assert!(html.contains(
        r#"<button disabled type="button" lang="en" aria-pressed="true">English</button>"#
    ));
}

#[test]
fn it_shows_nothing_of_a_returning_visitor() {
    let html = welcome();
    for text in [
        "Continue where you left off",
        "See your latest result",
        "See your follow-ups",
    ] {
        assert!(!html.contains(text), "{text}");
    }
}

#[test]
fn it_has_nothing_the_content_security_policy_blocks() {
    let html = welcome();
    for blocked in ["<script", "<style", " style=", " onclick=", "javascript:"] {
        assert!(!html.contains(blocked), "{blocked}");
    }
}

#[test]
fn every_language_has_its_own_first_screen_english_first() {
    use netstyle::i18n::catalogs::CATALOGS;
    let screens = netstyle::prerender::first_screens();
    let langs: Vec<&str> = screens.iter().map(|s| s.lang).collect();
    assert_eq!(langs.first(), Some(&"en"));
    let mut expected: Vec<&str> = CATALOGS.iter().map(|(lang, _)| *lang).collect();
    expected.sort();
    let mut got = langs.clone();
    got.sort();
    assert_eq!(got, expected, "one screen per catalog");
    // The English one is the welcome as before, and the thread stays English.
    assert_eq!(screens[0].markup, welcome());
    assert_eq!(netstyle::i18n::lang(), "en");
    for screen in &screens {
        let pressed = format!(r#"lang="{}" aria-pressed="true""#, screen.lang);
        assert!(screen.markup.contains(&pressed), "{}", screen.lang);
        assert_eq!(screen.markup.matches(r#"aria-pressed="true""#).count(), 1);
        for text in [&screen.title, &screen.description, &screen.short_name] {
            assert!(!text.is_empty(), "{}", screen.lang);
            assert!(
                !text.contains(['\u{2068}', '\u{2069}', '<', '>']),
                "{}: {text:?}",
                screen.lang
            );
        }
        for other in screens.iter().filter(|o| o.lang != screen.lang) {
            assert_ne!(screen.title, other.title, "{} {}", screen.lang, other.lang);
            assert_ne!(screen.description, other.description);
            assert_ne!(screen.markup, other.markup);
        }
    }
}

#[test]
fn the_german_first_screen_is_in_german() {
    let screens = netstyle::prerender::first_screens();
    let de = screens.iter().find(|s| s.lang == "de").expect("German");
    assert!(de
        .markup
        .contains("<h1>Welcher Networking-Typ bist du?</h1>"));
    assert!(de
        .markup
        .contains(r#"<button disabled class="primary">Quiz starten</button>"#));
    assert!(!de.markup.contains("Start the quiz"));
    assert_eq!(de.title, "netstyle: Welcher Networking-Typ bist du?");
    assert!(de
        .description
        .contains("(Pro, Rookie, Imposter oder Mensch)"));
    assert_eq!(de.short_name, "netstyle");
}
