//! Each style's face: a round badge in the style's accent colour with a
//! glyph drawn for this app (Pro a bolt for speed, Rookie a sprout, Imposter
//! a glass, Mensch a heart). Always shown next to the style's name, so it is
//! decoration to screen readers and colour never says anything alone.

use yew::prelude::*;

use crate::domain::Style;

/// The class that gives an element a style's accent (`--style` in style.css).
pub fn style_class(style: Style) -> &'static str {
    match style {
        Style::Pro => "style-pro",
        Style::Rookie => "style-rookie",
        Style::Imposter => "style-imposter",
        Style::Mensch => "style-mensch",
    }
}

/// The glyph on a 24 by 24 grid, scaled to 30 of the badge's 48 and centred.
fn glyph(style: Style) -> Html {
    match style {
        Style::Pro => html! {
            <path class="glyph-fill" d="M13.5 2 5 13.5h6L9.5 22 19 9.5h-6.2z" />
        },
        Style::Rookie => html! {
            <>
                <path class="glyph-line" d="M12 21v-9" />
                <path class="glyph-fill" d="M12 12.5C12 8 9.2 5.5 4.5 5.5c0 4.4 2.9 7 7.5 7z" />
                <path class="glyph-fill" d="M12 14.5c0-4.6 2.9-7.3 7.5-7.3 0 4.6-2.9 7.3-7.5 7.3z" />
            </>
        },
        Style::Imposter => html! {
            <>
                <path class="glyph-fill" d="M4.5 3.5h15L12 12z" />
                <path class="glyph-line" d="M12 11.5V20M7.5 20.5h9" />
                <circle class="glyph-fill" cx="17.5" cy="3.2" r="1.8" />
            </>
        },
        Style::Mensch => html! {
            <path class="glyph-fill" d="M12 20.5S3.5 15.2 3.5 9.2A4.3 4.3 0 0 1 12 7.4a4.3 4.3 0 0 1 8.5 1.8c0 6-8.5 11.3-8.5 11.3z" />
        },
    }
}

#[derive(Properties, PartialEq)]
pub struct EmblemProps {
    pub style: Style,
    /// Extra classes, for the size where it is shown.
    #[prop_or_default]
    pub class: Classes,
}

pub fn emblem(props: &EmblemProps) -> Html {
    let style = props.style;
    html! {
        <svg class={classes!("emblem", style_class(style), props.class.clone())}
            data-style={style.name()} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
            <circle class="emblem-disc" cx="24" cy="24" r="24" />
            <g transform="translate(9 9) scale(1.25)">{glyph(style)}</g>
        </svg>
    }
}
