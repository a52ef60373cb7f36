//! "Download result card": the result painted on a 1200 x 630 canvas on the
//! device and saved as a PNG, or handed to the share sheet where the browser
//! can share files.

use js_sys::{Array, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, CanvasRenderingContext2d as Ctx, HtmlCanvasElement};
use yew::prelude::*;

use crate::browser::{navigator_fn, share_sheet, NotShared};

use crate::domain::quiz::scoring::Outcome;
use crate::domain::share::card::{
    file_name, ring, wrap, HABITS_MAX, HEIGHT, MIN_FONT, SCAN_MAX, SHARE_MAX, TEXT_MAX, WIDTH,
};
use crate::domain::share::qr::QrMatrix;
use crate::domain::Style;
use crate::i18n::{messages as t, names};

#[derive(Properties, PartialEq)]
pub struct ResultCardProps {
    pub outcome: Outcome,
    pub link: AttrValue,
}

#[component]
pub fn ResultCard(props: &ResultCardProps) -> Html {
    // Renders again, in place, when the language changes.
    crate::state::use_language();
    let status = use_state(String::new);
    let can_share = use_state(can_share_files);
    let act = |share: bool| {
        let (status, outcome, link) = (status.clone(), props.outcome.clone(), props.link.clone());
        Callback::from(move |_| {
            let (status, outcome, link) = (status.clone(), outcome.clone(), link.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let name = file_name(&outcome);
                let message = match render(&outcome, &link).await {
                    None => t::card_not_drawn(),
                    Some(png) if share => match share_file(&png, &name).await {
                        Ok(()) => t::card_shared(),
                        Err(NotShared::Cancelled) => String::new(),
                        Err(NotShared::Failed) => t::card_not_shared(),
                    },
                    Some(png) => match crate::browser::download(&png, &name) {
                        Some(()) => t::card_saved(&name),
                        None => t::card_not_saved(),
                    },
                };
                status.set(message);
            });
        })
    };
    html! {
        <>
            <div class="actions">
                <button onclick={act(false)}>{t::card_download()}</button>
                if *can_share {
                    <button onclick={act(true)}>{t::card_share()}</button>
                }
            </div>
            <p class="share-status" role="status" aria-live="polite">{(*status).clone()}</p>
        </>
    }
}

/// Paints the card and encodes it as a PNG.
async fn render(outcome: &Outcome, link: &str) -> Option<Blob> {
    let document = web_sys::window()?.document()?;
    let canvas: HtmlCanvasElement = document.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width(WIDTH);
    canvas.set_height(HEIGHT);
    let ctx: Ctx = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    paint(&ctx, outcome, link);
    let promise = Promise::new(&mut |resolve, _| {
        let _ = canvas.to_blob_with_type(&resolve, "image/png");
    });
    JsFuture::from(promise).await.ok()?.dyn_into().ok()
}

/// The card's palette: the light scheme's colours, whatever the device uses,
/// so the picture looks the same wherever it is posted.
fn colour(style: Style) -> &'static str {
    match style {
        Style::Pro => "#1d5fd1",
        Style::Rookie => "#15803d",
        Style::Imposter => "#b45309",
        Style::Mensch => "#be185d",
    }
}
const INK: &str = "#1c1d21";
const MUTED: &str = "#4a4d57";
const FONT: &str = "system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif";

/// A canvas font: weight, size in px, and the card's families.
fn font(weight: u16, size: u16) -> String {
    [&weight.to_string(), " ", &size.to_string(), "px ", FONT].concat()
}

fn text(ctx: &Ctx, (weight, size): (u16, u16), fill: &str, s: &str, x: f64, y: f64) {
    ctx.set_font(&font(weight, size));
    ctx.set_fill_style_str(fill);
    let _ = ctx.fill_text(s, x, y);
}

fn paint(ctx: &Ctx, outcome: &Outcome, link: &str) {
    let (w, h) = (f64::from(WIDTH), f64::from(HEIGHT));
    ctx.set_fill_style_str("#f7f7f4");
    ctx.fill_rect(0.0, 0.0, w, h);
    ctx.set_fill_style_str(colour(outcome.primary));
    ctx.fill_rect(0.0, 0.0, w, 12.0);

    let eyebrow = t::share_title().to_uppercase();
    fitted(ctx, (700, 26), MUTED, &eyebrow, (72.0, 96.0), TEXT_MAX);
    paint_title(ctx, &names::headline(outcome));
    if let Some(line) = names::card_subtitle(outcome) {
        fitted(ctx, (600, 34), MUTED, &line, (72.0, 246.0), TEXT_MAX);
    }
    ctx.set_font(&font(400, 30));
    let measure = |s: &str| ctx.measure_text(s).map_or(0.0, |m| m.width());
    let tagline = names::card_tagline(outcome);
    for (i, line) in wrap(&tagline, TEXT_MAX, 3, measure).iter().enumerate() {
        text(ctx, (400, 30), INK, line, 72.0, 300.0 + 38.0 * i as f64);
    }
    if let Some(line) = names::card_habits_line(outcome) {
        fitted(ctx, (600, 26), MUTED, &line, (290.0, 598.0), HABITS_MAX);
    }
    paint_ring(ctx, outcome.profile);
    paint_qr(ctx, link);
}

/// One line of text at `weight` and `size` px, smaller when it is wider
/// than `max` (a longer language's words), and squeezed to fit as a last
/// resort.
fn fitted(
    ctx: &Ctx,
    (weight, size): (u16, u16),
    fill: &str,
    s: &str,
    (x, y): (f64, f64),
    max: f64,
) {
    let mut size = size;
    loop {
        ctx.set_font(&font(weight, size));
        let width = ctx.measure_text(s).map_or(0.0, |m| m.width());
        if width <= max || size <= MIN_FONT {
            break;
        }
        size -= 2;
    }
    ctx.set_fill_style_str(fill);
    let _ = ctx.fill_text_with_max_width(s, x, y, max);
}

/// The title at 104 px, smaller when a tie's names would run into the QR
/// code (and squeezed to fit as a last resort).
fn paint_title(ctx: &Ctx, title: &str) {
    const MAX: f64 = 700.0;
    let mut size = 104;
    loop {
        ctx.set_font(&font(800, size));
        let width = ctx.measure_text(title).map_or(0.0, |m| m.width());
        if width <= MAX || size <= 48 {
            break;
        }
        size -= 8;
    }
    ctx.set_fill_style_str(INK);
    let _ = ctx.fill_text_with_max_width(title, 68.0, 196.0, MAX);
}

fn paint_ring(ctx: &Ctx, profile: [u8; 4]) {
    let (cx, cy, r) = (158.0, 506.0, 74.0);
    ctx.set_line_width(30.0);
    ctx.set_stroke_style_str("#c9cbd1");
    ctx.begin_path();
    let _ = ctx.arc(cx, cy, r, 0.0, std::f64::consts::TAU);
    ctx.stroke();
    for arc in ring(profile) {
        ctx.set_stroke_style_str(colour(arc.style));
        ctx.begin_path();
        let _ = ctx.arc(cx, cy, r, arc.start, arc.end);
        ctx.stroke();
    }
    for (i, style) in Style::ALL.iter().enumerate() {
        let x = 290.0 + 250.0 * (i % 2) as f64;
        let y = 480.0 + 56.0 * (i / 2) as f64;
        ctx.set_fill_style_str(colour(*style));
        ctx.fill_rect(x, y - 22.0, 24.0, 24.0);
        let share = t::profile_share(f64::from(profile[style.index()]) / 100.0, *style);
        fitted(ctx, (600, 28), INK, &share, (x + 36.0, y), SHARE_MAX);
    }
}

fn paint_qr(ctx: &Ctx, link: &str) {
    let Ok(matrix) = QrMatrix::for_link(link) else {
        return;
    };
    let n = matrix.size_with_quiet_zone() as f64;
    let module = (340.0 / n).floor();
    let side = module * n;
    let (x0, y0) = (966.0 - side / 2.0, 270.0 - side / 2.0);
    ctx.set_fill_style_str("#ffffff");
    ctx.fill_rect(x0, y0, side, side);
    ctx.set_fill_style_str("#000000");
    for run in matrix.runs() {
        let (x, y) = (x0 + module * run.x as f64, y0 + module * run.y as f64);
        ctx.fill_rect(x, y, module * run.len as f64, module);
    }
    ctx.set_text_align("center");
    fitted(
        ctx,
        (600, 26),
        MUTED,
        &t::card_scan(),
        (966.0, 500.0),
        SCAN_MAX,
    );
    text(ctx, (800, 30), INK, &t::brand(), 966.0, 552.0);
    ctx.set_text_align("start");
}

fn png_file(png: &JsValue, name: &str) -> Option<web_sys::File> {
    let options = web_sys::FilePropertyBag::new();
    options.set_type("image/png");
    web_sys::File::new_with_blob_sequence_and_options(&Array::of1(png), name, &options).ok()
}

fn files_data(file: &web_sys::File) -> Object {
    let data = Object::new();
    let _ = Reflect::set(&data, &"files".into(), &Array::of1(file));
    data
}

/// Whether `navigator.canShare` accepts a PNG file (not in web-sys's stable API).
fn can_share_files() -> bool {
    let Some((navigator, can_share)) = navigator_fn("canShare") else {
        return false;
    };
    let Some(file) = png_file(
        &Blob::new().map_or(JsValue::UNDEFINED, JsValue::from),
        "card.png",
    ) else {
        return false;
    };
    navigator_fn("share").is_some()
        && can_share
            .call1(&navigator, &files_data(&file))
            .is_ok_and(|v| v.is_truthy())
}

async fn share_file(png: &Blob, name: &str) -> Result<(), NotShared> {
    let file = png_file(png, name).ok_or(NotShared::Failed)?;
    let data = files_data(&file);
    let _ = Reflect::set(&data, &"title".into(), &t::share_title().into());
    share_sheet(&data).await
}
