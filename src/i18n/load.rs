//! Getting a language's catalog in the browser. English is compiled into
//! the app; every other language is a file of the build
//! (`catalog-<lang>-<hash>.nsc`, which `scripts/post-build.mjs` names in
//! index.html's `<meta name="netstyle-catalogs">`), fetched the first time
//! it is needed. The service worker keeps a language's file offline from
//! then on (`static/sw.js`); a catalog this page has read is kept here.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::catalog::Catalog;
use super::catalogs;
use super::current::{read_catalog, use_catalog};
use crate::domain::language::{Language, ENGLISH};

thread_local! {
    /// The catalogs this page has read, by language.
    static LOADED: RefCell<Vec<(String, Rc<Catalog>)>> = const { RefCell::new(Vec::new()) };
}

/// Why a language could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unavailable {
    /// Its file could not be fetched: offline, and never used here before.
    Offline,
    /// The build names no file for it, or the file is not this build's.
    Unknown,
}

/// The languages netstyle speaks, by code: those of the menu, and the
/// pseudo-locale, which the tests and translators choose by storing it (or
/// by the browser's languages) and the menu does not offer. A build without
/// its file (index.html names none) starts in English instead.
pub fn languages() -> &'static [&'static str] {
    catalogs::SPOKEN
}

fn loaded(lang: &str) -> Option<Rc<Catalog>> {
    if lang == ENGLISH {
        return read_catalog(catalogs::ENGLISH).map(Rc::new);
    }
    LOADED.with(|l| {
        l.borrow()
            .iter()
            .find(|(l, _)| l == lang)
            .map(|(_, c)| c.clone())
    })
}

/// Uses `language` at once if its catalog is at hand (English, or one this
/// page has read); false if it must be fetched first ([`fetch`]).
pub fn switch(language: &Language) -> bool {
    match loaded(&language.lang) {
        Some(catalog) => {
            use_catalog(catalog, &language.locale);
            true
        }
        None => false,
    }
}

/// The path of `lang`'s catalog file, as index.html names it:
/// `<meta name="netstyle-catalogs" content="de=catalog-de-<hash>.nsc ...">`.
pub fn catalog_file(lang: &str) -> Option<String> {
    let meta = web_sys::window()?
        .document()?
        .query_selector("meta[name=netstyle-catalogs]")
        .ok()??;
    let content = meta.get_attribute("content")?;
    content
        .split_whitespace()
        .filter_map(|entry| entry.split_once('='))
        .find(|(l, _)| *l == lang)
        .map(|(_, file)| file.to_owned())
}

/// Fetches `lang`'s catalog (the service worker answers from its cache
/// when the language was used here before) and keeps it for [`switch`].
pub async fn fetch(lang: &str) -> Result<(), Unavailable> {
    if loaded(lang).is_some() {
        return Ok(());
    }
    let file = catalog_file(lang).ok_or(Unavailable::Unknown)?;
    let text = fetch_text(&file).await.ok_or(Unavailable::Offline)?;
    // Read once per language and page, and kept for the page's life.
    let text: &'static str = Box::leak(text.into_boxed_str());
    let catalog = read_catalog(text).ok_or(Unavailable::Unknown)?;
    if catalog.lang() != lang {
        return Err(Unavailable::Unknown);
    }
    LOADED.with(|l| l.borrow_mut().push((lang.to_owned(), Rc::new(catalog))));
    Ok(())
}

async fn fetch_text(file: &str) -> Option<String> {
    let window = web_sys::window()?;
    let response = JsFuture::from(window.fetch_with_str(file)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let text = JsFuture::from(response.text().ok()?).await.ok()?;
    text.as_string()
}

/// The browser's preferred languages, most preferred first
/// (`navigator.languages`).
pub fn browser_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let list: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

/// The web app manifest of `lang`, as `scripts/post-build.mjs` names it:
/// English keeps `manifest.webmanifest`, every other language has its own.
pub fn manifest_file(lang: &str) -> String {
    if lang == ENGLISH {
        "manifest.webmanifest".to_owned()
    } else {
        format!("manifest-{lang}.webmanifest")
    }
}

/// Puts the language in use on the page: `<html lang>`, the title, the
/// description and the link to the web app manifest (as
/// `static/prerender-gate.js` does for the prerendered first screen).
pub fn show_on_page() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let lang = super::current::lang();
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang);
    }
    document.set_title(&super::messages::page_title());
    let set = |selector: &str, attribute: &str, value: &str| {
        if let Ok(Some(element)) = document.query_selector(selector) {
            if element.get_attribute(attribute).as_deref() != Some(value) {
                let _ = element.set_attribute(attribute, value);
            }
        }
    };
    set(
        "meta[name=description]",
        "content",
        &super::messages::page_description(),
    );
    set("link[rel=manifest]", "href", &manifest_file(lang));
}
