//! The four styles explained: a short line for the welcome screen, each
//! style's strength and what helps it, next to the one-line portrait and the
//! trap that [`Style`] already holds, so the result page and the styles page
//! read from one place.

use crate::domain::Style;

/// Everything the app says about one style.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Portrait {
    pub style: Style,
    /// One line in the third person, for introducing the styles.
    pub gist: &'static str,
    /// The one-line portrait, as on the result page ([`Style::tagline`]).
    pub tagline: &'static str,
    /// What this style does well.
    pub strength: &'static str,
    /// What tends to go wrong ([`Style::trap`]).
    pub trap: &'static str,
    /// Concrete changes that turn the strength into results.
    pub helps: &'static [&'static str],
}

/// The portrait of one style.
pub fn portrait(style: Style) -> Portrait {
    let (gist, strength, helps) = texts(style);
    Portrait {
        style,
        gist,
        tagline: style.tagline(),
        strength,
        trap: style.trap(),
        helps,
    }
}

/// All four portraits, in the order of [`Style::ALL`].
pub fn portraits() -> [Portrait; 4] {
    Style::ALL.map(portrait)
}

type Texts = (&'static str, &'static str, &'static [&'static str]);

fn texts(style: Style) -> Texts {
    match style {
        Style::Pro => (
            "Works the whole room at speed, collects contacts and is gone early.",
            "You are at ease with strangers and meet more people in an hour than most do in an evening. Your energy opens doors.",
            &[
                "Choose the two or three people worth a real conversation and stay long enough to learn what they need.",
                "Write to each of them within two days and suggest a next step.",
                "Count the relationships an event started, not the cards you brought home.",
            ],
        ),
        Style::Rookie => (
            "New to the room, friendly, and quick to hand over a business card.",
            "You are approachable and people find you easy to talk to. You show up and give it a go, which is where every good networker began.",
            &[
                "Go with one goal, such as meeting two people who serve the clients you want.",
                "Trade the stock opener for a question about what the other person is working on.",
                "Hand out fewer cards, and follow up on every card you take home.",
            ],
        ),
        Style::Imposter => (
            "Comes for the food, the drinks or old friends, not for new contacts.",
            "You are relaxed company and nobody feels pushed by you. You know how to enjoy an evening, and the people you already know are glad you came.",
            &[
                "Decide before you go whether the evening is for business or for unwinding, and pick the event to match.",
                "Prefer events with a talk or a discussion, where conversations start by themselves.",
                "Set yourself one small aim, such as a single new conversation before you head for the buffet.",
            ],
        ),
        Style::Mensch => (
            "Open, honest and well-meaning, hoping for referrals and real connections.",
            "People can trust you. You say plainly what you do, and you want the people you meet to do well.",
            &[
                "Give before you ask: pass on an introduction or a useful contact first.",
                "Keep the request for referrals until you have met again and know each other.",
                "When you ask, ask for one specific kind of help that people can act on straight away.",
            ],
        ),
    }
}
