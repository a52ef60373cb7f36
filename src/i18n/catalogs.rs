//! What the build (`build/main.rs`) made of `locales/`: the list of
//! messages with their variables, its signature, the languages, and the
//! compiled catalogs (English in the app; all of them on the host).

include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));
