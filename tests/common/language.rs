//! Choosing the language: the stored choice, else the first of the
//! browser's languages netstyle speaks (keeping the browser's tag for
//! numbers and dates), else English.

use netstyle::domain::language::{choose, from_browser, language, Language};

const SPOKEN: &[&str] = &["de", "en", "es", "fr"];

fn tags(list: &[&str]) -> Vec<String> {
    list.iter().map(|t| (*t).to_owned()).collect()
}

fn lang(lang: &str, locale: &str) -> Language {
    Language {
        lang: lang.to_owned(),
        locale: locale.to_owned(),
    }
}

#[test]
fn a_regional_tag_gets_its_language_and_keeps_the_tag_as_locale() {
    assert_eq!(
        from_browser(&tags(&["de-AT", "en"]), SPOKEN),
        lang("de", "de-AT")
    );
    assert_eq!(from_browser(&tags(&["fr-CA"]), SPOKEN), lang("fr", "fr-CA"));
    assert_eq!(from_browser(&tags(&["es"]), SPOKEN), lang("es", "es"));
}

#[test]
fn the_first_spoken_language_wins_over_later_ones() {
    assert_eq!(
        from_browser(&tags(&["it-IT", "pt", "es-MX", "de"]), SPOKEN),
        lang("es", "es-MX")
    );
    assert_eq!(
        from_browser(&tags(&["en-US", "de-DE"]), SPOKEN),
        lang("en", "en-GB")
    );
}

#[test]
fn tags_are_read_case_blind_and_with_underscores() {
    assert_eq!(from_browser(&tags(&["DE_ch"]), SPOKEN), lang("de", "DE-ch"));
}

#[test]
fn no_spoken_language_gives_english_as_in_the_uk() {
    assert_eq!(
        from_browser(&tags(&["it", "ja-JP"]), SPOKEN),
        lang("en", "en-GB")
    );
    assert_eq!(from_browser(&[], SPOKEN), lang("en", "en-GB"));
    assert_eq!(from_browser(&tags(&["", "*"]), SPOKEN), lang("en", "en-GB"));
}

#[test]
fn a_language_netstyle_does_not_speak_is_never_chosen() {
    assert_eq!(
        from_browser(&tags(&["fr-FR"]), &["de", "en"]),
        lang("en", "en-GB")
    );
}

#[test]
fn a_stored_choice_wins_over_the_browser() {
    assert_eq!(
        choose(Some("fr"), &tags(&["de-AT"]), SPOKEN),
        lang("fr", "fr-FR")
    );
    assert_eq!(
        choose(Some("en"), &tags(&["de-AT"]), SPOKEN),
        lang("en", "en-GB")
    );
}

#[test]
fn a_stored_choice_takes_the_browsers_region_for_its_language() {
    assert_eq!(
        choose(Some("de"), &tags(&["en-US", "de-CH"]), SPOKEN),
        lang("de", "de-CH")
    );
}

#[test]
fn english_is_written_for_the_uk_whatever_region_the_browser_names() {
    assert_eq!(from_browser(&tags(&["en-US"]), SPOKEN), lang("en", "en-GB"));
    assert_eq!(
        from_browser(&tags(&["en-AU", "de"]), SPOKEN),
        lang("en", "en-GB")
    );
    assert_eq!(
        choose(Some("en"), &tags(&["en-US"]), SPOKEN),
        lang("en", "en-GB")
    );
}

#[test]
fn a_stored_language_no_longer_spoken_counts_as_no_choice() {
    assert_eq!(
        choose(Some("it"), &tags(&["es-ES"]), SPOKEN),
        lang("es", "es-ES")
    );
    assert_eq!(choose(None, &tags(&["es-ES"]), SPOKEN), lang("es", "es-ES"));
}

#[test]
fn the_menus_choice_has_its_usual_locale_without_the_browsers() {
    assert_eq!(language("de", &tags(&["en-US"])), lang("de", "de-DE"));
    assert_eq!(language("es", &[]), lang("es", "es-ES"));
}
