//! Screen 3: the latest result, what it means, and what to do about it. The
//! summary comes first (style, portrait, profile, Share), then the rest in
//! two columns on a wide screen.

use yew::prelude::*;

use crate::browser::new_seed;
use crate::components::{
    common::after_paint::AfterPaint,
    common::confirm::Confirm,
    common::emblem::style_class,
    common::emblem::{emblem, EmblemProps},
    common::page_nav::{page_nav, use_top_of_page, PageNavProps},
    common::profile_chart::{profile_chart, ProfileChartProps},
    content::checklist::{checklist_view, ChecklistProps},
    quiz::habit_bars::{habit_bars, HabitBarsProps},
    quiz::history_list::{history_list, HistoryListProps},
    quiz::not_enough::{not_enough, NotEnoughProps},
    quiz::strong_habits::{strong_habits, StrongHabitsProps, Whose},
    quiz::style_heading::{style_heading, StyleHeadingProps},
    quiz::why_list::{why_list, WhyListProps},
    share::panel::SharePanel,
};
use crate::domain::quiz::scoring::Outcome;
use crate::domain::quiz::{bank::scene_count, scoring::Verdict};
use crate::i18n::{messages as t, names};
use crate::state::{use_app, Action};

/// The sections below the summary, in page order: heading id and nav text.
fn sections() -> Vec<(&'static str, String)> {
    vec![
        ("h-style", t::result_nav_style()),
        ("h-habits", t::result_nav_habits()),
        ("h-why", t::result_nav_why()),
        ("h-checklist", t::result_nav_checklist()),
        ("h-history", t::result_nav_history()),
    ]
}

#[component]
pub fn ResultPage() -> Html {
    let app = use_app();
    use_top_of_page();
    if let Some(Verdict::NotEnough { answered, needed }) = app
        .attempt
        .as_ref()
        .filter(|a| a.is_last())
        .map(|a| a.verdict())
    {
        let app = app.clone();
        let on_answer = Callback::from(move |_| app.dispatch(Action::AnswerSkipped));
        return html! { {not_enough(&NotEnoughProps { answered, needed, scenes: scene_count(), on_answer })} };
    }
    let Some(latest) = app.history.first().cloned() else {
        return html! {
            <section>
                <h1>{t::result_none_title()}</h1>
                <p>{t::result_none_text()}</p>
                <p><a class="button primary" href="#/">{t::go_to_start()}</a></p>
            </section>
        };
    };
    let outcome = latest.outcome;

    html! {
        <article class="result">
            {summary(&OutcomeProps { outcome: outcome.clone() })}
            // The summary paints first; the sections below it are built in
            // the next task (see AfterPaint).
            <AfterPaint><Sections {outcome} /></AfterPaint>
        </article>
    }
}

/// The sections below the summary. A component, so that their markup is
/// built only when `AfterPaint` shows them: built with the summary, it was
/// part of the last answer's work although it is not yet on the page.
#[component]
fn Sections(props: &OutcomeProps) -> Html {
    let app = use_app();
    let outcome = &props.outcome;
    let toggle = {
        let app = app.clone();
        Callback::from(move |id: String| app.dispatch(Action::ToggleTip(id)))
    };
    let earlier = app.history.iter().skip(1).cloned().collect::<Vec<_>>();
    html! {
        <>
            {page_nav(&PageNavProps { here: "#/result".into(), links: sections() })}
            <div class="result-columns">
                <div class="result-column">
                    {style_section(&OutcomeProps { outcome: outcome.clone() })}
                    <section class="screen-only" aria-labelledby="h-habits">
                        <h2 id="h-habits" tabindex="-1">{t::result_your_habits()}</h2>
                        {habit_bars(&HabitBarsProps { habits: outcome.habits })}
                    </section>
                    <section class="screen-only" aria-labelledby="h-why">
                        <h2 id="h-why" tabindex="-1">{t::result_why_title()}</h2>
                        <p>{t::result_why_lead(&names::style_names(outcome))}</p>
                        {why_list(&WhyListProps { why: outcome.why.clone(), primary: outcome.primary })}
                    </section>
                </div>
                <div class="result-column">
                    <section class="checklist-section" aria-labelledby="h-checklist">
                        <h2 id="h-checklist" tabindex="-1">{t::result_checklist_title()}</h2>
                        if outcome.habits_strong() {
                            <p>{t::result_checklist_lead_strong()}</p>
                        } else {
                            <p>{t::result_checklist_lead()}</p>
                        }
                        {checklist_view(&ChecklistProps { outcome: outcome.clone(), checked: app.checked.clone(), on_toggle: toggle })}
                        <p class="screen-only"><a class="link-alone" href="#/journal">{t::result_journal_link()}</a></p>
                    </section>
                    <section class="screen-only" aria-labelledby="h-history">
                        <h2 id="h-history" tabindex="-1">{t::result_history_title()}</h2>
                        {history_list(&HistoryListProps { records: earlier })}
                        <Retake />
                    </section>
                </div>
            </div>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub(crate) struct OutcomeProps {
    pub outcome: Outcome,
}

/// The first screenful: who you are, your profile, and Share.
pub(crate) fn summary(props: &OutcomeProps) -> Html {
    let outcome = &props.outcome;
    html! {
        <div class={classes!("summary", style_class(outcome.primary))}>
            <div class="summary-head">
                {emblem(&EmblemProps { style: outcome.primary, class: classes!("emblem-large") })}
                {style_heading(&StyleHeadingProps { eyebrow: t::result_eyebrow().into(), outcome: outcome.clone(), with_trap: false })}
            </div>
            if outcome.habits_strong() {
                {strong_habits(&StrongHabitsProps { whose: Whose::Mine })}
            }
            // The style paints first, on the frame after the last answer;
            // the profile and Share follow in the next task (see AfterPaint).
            <AfterPaint>
                <section class="summary-profile screen-only" aria-labelledby="h-profile">
                    <h2 id="h-profile" class="visually-hidden">{t::result_your_profile()}</h2>
                    {profile_chart(&ProfileChartProps { profile: outcome.profile, id_suffix: AttrValue::default() })}
                </section>
                <div class="summary-actions screen-only">
                    <SharePanel outcome={outcome.clone()} />
                </div>
            </AfterPaint>
        </div>
    }
}

/// The style in depth: its strength and its trap; what helps is on the
/// styles page, and in the checklist as things to do.
fn style_section(props: &OutcomeProps) -> Html {
    let style = props.outcome.primary;
    html! {
        <section class="style-section screen-only" aria-labelledby="h-style">
            <h2 id="h-style" tabindex="-1">{t::result_being(style)}</h2>
            <dl class="portrait">
                <dt>{t::result_your_strength()}</dt><dd>{t::style_strength(style)}</dd>
                <dt>{t::result_the_trap()}</dt><dd>{t::style_trap(style)}</dd>
            </dl>
            <p><a class="link-alone" href="#/styles">{t::result_what_helps_link()}</a></p>
        </section>
    }
}

/// Retake, after asking first.
#[component]
fn Retake() -> Html {
    let app = use_app();
    let retake = Callback::from(move |()| app.dispatch(Action::Start { seed: new_seed() }));
    html! {
        <div class="retake">
            <Confirm ask={t::result_retake()} question={t::result_retake_question()} yes={t::result_retake_yes()} on_yes={retake} />
        </div>
    }
}
