//! The four-style profile as a ring chart, with a text legend so colour is
//! never the only carrier of the values.

use yew::prelude::*;

use crate::components::common::emblem::style_class;
use crate::domain::Style;
use crate::i18n::{messages as t, names};

#[derive(Properties, PartialEq)]
pub struct ProfileChartProps {
    pub profile: [u8; 4],
    /// Makes the chart's ids unique when two charts share a page.
    #[prop_or_default]
    pub id_suffix: AttrValue,
}

/// A style's share of the profile as a fraction (25 is 0.25).
fn share(profile: &[u8; 4], style: Style) -> f64 {
    f64::from(profile[style.index()]) / 100.0
}

/// A ring of circumference 100 makes each style's share its dash length:
/// 100 / 2π, written out because formatting a float at run time would pull
/// about 10 KB of float printing into the wasm.
const RING_RADIUS: &str = "15.9155";

pub fn profile_chart(props: &ProfileChartProps) -> Html {
    let title_id = format!("profile-title{}", props.id_suffix);
    let mut offset = 0u32;
    let segments = Style::ALL.iter().map(|&s| {
        let share = u32::from(props.profile[s.index()]);
        let dash = format!("{share} {}", 100 - share);
        let start = format!("{}", 25 + 100 - offset % 100);
        offset += share;
        html! {
            <circle class={classes!("segment", style_class(s))} cx="20" cy="20" r={RING_RADIUS}
                fill="none" stroke-width="6" stroke-dasharray={dash} stroke-dashoffset={start} />
        }
    });
    html! {
        <div class="profile">
            <svg class="ring" viewBox="0 0 40 40" role="img" aria-labelledby={title_id.clone()}>
                <title id={title_id}>{t::profile_title(&names::profile_shares(&props.profile))}</title>
                { for segments }
            </svg>
            <ul class="legend">
                { for Style::ALL.iter().map(|&s| html! {
                    <li><span class={classes!("swatch", style_class(s))} aria-hidden="true"></span>
                        <span class="legend-name">{t::style_name(s)}</span>{" "}
                        <span class="legend-value">{t::percent(share(&props.profile, s))}</span></li>
                }) }
            </ul>
        </div>
    }
}
