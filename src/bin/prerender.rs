//! Build step: prints the prerendered welcome screen in every language, with
//! its title, description and manifest names, as a JSON array (see
//! `netstyle::prerender::first_screens`) for `scripts/post-build.mjs` to put
//! into `index.html` and the manifests; with `--catalogs`, prints the compiled catalog of every
//! language but English (which is in the app), and the pseudo-locale's, as a
//! JSON object by language,
//! which the same script writes into the build as files of their own. Runs
//! on the build machine, never in the browser.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    if std::env::args().any(|a| a == "--catalogs") {
        let others: std::collections::BTreeMap<&str, &str> = netstyle::i18n::catalogs::CATALOGS
            .iter()
            .filter(|(lang, _)| *lang != netstyle::domain::language::ENGLISH)
            .chain([&netstyle::i18n::catalogs::PSEUDO])
            .copied()
            .collect();
        print!(
            "{}",
            serde_json::to_string(&others).expect("text serialises")
        );
    } else {
        let screens = netstyle::prerender::first_screens();
        print!(
            "{}",
            serde_json::to_string(&screens).expect("text serialises")
        );
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
