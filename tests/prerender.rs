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
