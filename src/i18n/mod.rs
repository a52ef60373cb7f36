//! Where the code that reads the language catalogs goes: every sentence a
//! person reads lives in `locales/<lang>/*.ftl` (one catalog per language,
//! whole sentences with variables), and this module turns a message id and
//! its arguments into the text for the chosen language. It sits beside
//! `state` and `storage`: components and pages import it, it imports only
//! `domain`. Empty until the texts move out of the Rust code.
