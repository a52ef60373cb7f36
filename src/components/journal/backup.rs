//! "Download a backup" and "Restore from a backup": everything netstyle
//! keeps, in one file, and back. A file is checked whole before anything is
//! written; restoring asks first and keeps what is here under a backup key.

use yew::prelude::*;

use crate::browser::{download_text, focus, now};
use crate::domain::documents::backup::{self, Refusal, Restore};
use crate::domain::journal::ics::utc_stamp;
use crate::domain::journal::Date;
use crate::i18n::{messages as t, names};
use crate::storage::Store;

/// Why a file cannot be restored.
fn refusal(r: &Refusal) -> String {
    match r {
        Refusal::Foreign => t::backup_foreign(),
        Refusal::Damaged(_) => t::backup_damaged(),
        Refusal::Newer => t::backup_newer(),
    }
}

/// The day (UTC) of a time in milliseconds since the Unix epoch.
fn day_of(ms: u64) -> Date {
    let days = i64::try_from(ms / 86_400_000).unwrap_or(0);
    Date::from_days_since_epoch(days).unwrap_or(Date::MIN)
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
    // Renders again, in place, when the language changes.
    crate::state::use_language();
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
                step.set(Step::Said(t::backup_no_storage()));
                return;
            }
            let now = now();
            let file = backup::write(&store.backed_up(), now);
            let name = format!("netstyle-backup-{}.json", &utc_stamp(now)[..8]);
            step.set(Step::Said(
                match download_text(&file, "application/json", &name) {
                    Some(()) => t::backup_saved(&name),
                    None => t::backup_not_saved(),
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
                    Some(Err(r)) => Step::Said(refusal(&r)),
                    None => Step::Said(t::backup_unreadable()),
                });
            });
        })
    };
    let cancel = {
        let step = step.clone();
        Callback::from(move |_| step.set(Step::Said(t::backup_nothing_restored())))
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
                Err(notice) => step.set(Step::Said(t::backup_failed(&names::notice(notice)))),
            }
        })
    };
    html! {
        <section aria-labelledby="h-backup">
            <h2 id="h-backup">{t::backup_title()}</h2>
            <p>{t::backup_lead()}</p>
            <div class="actions">
                <button type="button" onclick={save}>{t::backup_download()}</button>
            </div>
            <div class="field">
                <label for="restore-file">{t::backup_restore()}</label>
                <input ref={picker} id="restore-file" type="file" accept=".json,application/json" onchange={chosen}
                    aria-describedby="restore-hint" />
                <p id="restore-hint" class="hint">{t::backup_restore_hint()}</p>
            </div>
            <div role="status" class="backup-status">
                { match &*step {
                    Step::Idle => html! {},
                    Step::Said(sentence) => html! { <p>{sentence.clone()}</p> },
                    Step::Confirm(r) => html! {
                        <>
                            <p>{t::backup_replace_question(day_of(r.saved_at))}</p>
                            <div class="actions">
                                <button ref={yes.clone()} class="primary" onclick={restore.clone()}>{t::backup_restore_yes()}</button>
                                <button onclick={cancel.clone()}>{t::cancel()}</button>
                            </div>
                        </>
                    },
                } }
            </div>
        </section>
    }
}
