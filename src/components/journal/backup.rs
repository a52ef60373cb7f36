//! "Download a backup" and "Restore from a backup": everything netstyle
//! keeps, in one file, and back. A file is checked whole before anything is
//! written; restoring asks first and keeps what is here under a backup key.

use yew::prelude::*;

use crate::browser::{download_text, focus, now};
use crate::domain::documents::backup::{self, Restore};
use crate::domain::journal::ics::utc_stamp;
use crate::domain::journal::Date;
use crate::storage::Store;

/// "10 March 2026" for a time in milliseconds since the Unix epoch (UTC).
fn day_of(ms: u64) -> String {
    let days = i64::try_from(ms / 86_400_000).unwrap_or(0);
    Date::from_days_since_epoch(days)
        .unwrap_or(Date::MIN)
        .long()
}

#[derive(Clone, PartialEq)]
enum Step {
    Idle,
    /// A sentence about what happened: saved, refused, failed.
    Said(String),
    Confirm(Restore),
}

async fn file_text(input: web_sys::HtmlInputElement) -> Option<String> {
    let file = input.files()?.get(0)?;
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()?;
    text.as_string()
}

#[component]
pub fn BackupPanel() -> Html {
    let step = use_state(|| Step::Idle);
    let (picker, yes) = (use_node_ref(), use_node_ref());
    {
        let yes = yes.clone();
        use_effect_with(matches!(*step, Step::Confirm(_)), move |&asking| {
            if asking {
                focus(&yes);
            }
        });
    }
    let save = {
        let step = step.clone();
        Callback::from(move |_| {
            let store = Store::open();
            if !store.is_available() {
                step.set(Step::Said("This browser does not let netstyle store data, so there is nothing to back up.".to_owned()));
                return;
            }
            let now = now();
            let file = backup::write(&store.backed_up(), now);
            let name = format!("netstyle-backup-{}.json", &utc_stamp(now)[..8]);
            step.set(Step::Said(
                match download_text(&file, "application/json", &name) {
                    Some(()) => format!(
                        "Saved {name}. It holds your names and notes: keep it somewhere private."
                    ),
                    None => "The backup could not be saved in this browser.".to_owned(),
                },
            ));
        })
    };
    let chosen = {
        let (step, picker) = (step.clone(), picker.clone());
        Callback::from(move |_: Event| {
            let Some(input) = picker.cast::<web_sys::HtmlInputElement>() else {
                return;
            };
            let step = step.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = file_text(input.clone()).await;
                // The same file may be chosen again after a refusal.
                input.set_value("");
                step.set(match text.as_deref().map(backup::read) {
                    Some(Ok(restore)) => Step::Confirm(restore),
                    Some(Err(refusal)) => Step::Said(refusal.to_string()),
                    None => Step::Said(
                        "That file could not be read, so nothing was restored.".to_owned(),
                    ),
                });
            });
        })
    };
    let cancel = {
        let step = step.clone();
        Callback::from(move |_| step.set(Step::Said("Nothing was restored.".to_owned())))
    };
    let restore = {
        let step = step.clone();
        Callback::from(move |_| {
            let Step::Confirm(restore) = &*step else {
                return;
            };
            match Store::open().restore(&restore.documents) {
                Ok(()) => {
                    // Every screen reads its data afresh, as at any visit.
                    if let Some(w) = web_sys::window() {
                        let _ = w.location().set_hash("#/journal");
                        let _ = w.location().reload();
                    }
                }
                Err(notice) => step.set(Step::Said(format!(
                    "Nothing was restored: {}",
                    notice.message()
                ))),
            }
        })
    };
    html! {
        <section aria-labelledby="h-backup">
            <h2 id="h-backup">{"Your data"}</h2>
            <p>{"A backup file holds everything netstyle keeps in this browser: your quiz in progress, your results, your ticked tips, your group and this journal. Use it to move to another browser or device, or to keep a copy."}</p>
            <div class="actions">
                <button type="button" onclick={save}>{"Download a backup"}</button>
            </div>
            <div class="field">
                <label for="restore-file">{"Restore from a backup"}</label>
                <input ref={picker} id="restore-file" type="file" accept=".json,application/json" onchange={chosen}
                    aria-describedby="restore-hint" />
                <p id="restore-hint" class="hint">{"You are asked before anything is replaced."}</p>
            </div>
            <div role="status" class="backup-status">
                { match &*step {
                    Step::Idle => html! {},
                    Step::Said(sentence) => html! { <p>{sentence.clone()}</p> },
                    Step::Confirm(r) => html! {
                        <>
                            <p>{format!("Replace what netstyle keeps in this browser with the backup saved on {}? What is here now is kept under a backup key, not deleted.", day_of(r.saved_at))}</p>
                            <div class="actions">
                                <button ref={yes.clone()} class="primary" onclick={restore.clone()}>{"Yes, restore it"}</button>
                                <button onclick={cancel.clone()}>{"Cancel"}</button>
                            </div>
                        </>
                    },
                } }
            </div>
        </section>
    }
}
