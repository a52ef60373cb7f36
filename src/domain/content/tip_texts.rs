//! Every tip the app gives, as data: per style, per habit, and for each pair
//! of styles. Written for netstyle from the ideas of the essay in
//! `shared/seed/`; no sentence is copied from it.

use super::tip::{Phase, Tip};
use crate::domain::model::Style;

use Style::*;

const fn tip(id: &'static str, phase: Phase, text: &'static str) -> Tip {
    Tip { id, phase, text }
}

use Phase::*;

/// Tips for each style, indexed by [`Style::index`].
pub static STYLE_TIPS: [&[Tip]; 4] = [
    &[
        tip("pro-three", Before, "Pick three people you want a real conversation with, instead of a number of cards to collect."),
        tip("pro-linger", At, "Stay with a good conversation for ten minutes or more: depth beats a fast lap."),
        tip("pro-their-goals", At, "Ask one question about the other person's goals before you mention your own."),
        tip("pro-next-step", After, "Within two days, write to the three people you spoke with longest and propose a concrete next step."),
        tip("pro-prune", After, "Once a month, look at who you have actually helped or been helped by, and spend your time on them."),
    ],
    &[
        tip("rookie-one-sentence", Before, "Decide in one sentence what you want from the evening before you leave the house."),
        tip("rookie-opener", Before, "Prepare a better opener than \"So, what do you do?\", for example \"What brought you here tonight?\""),
        tip("rookie-fewer-cards", At, "Give your card only after a conversation that went somewhere."),
        tip("rookie-notes", At, "Jot on the back of each card you receive what you talked about and what you promised."),
        tip("rookie-best-three", After, "Sort the cards the next morning and follow up with the best three before the week is out."),
    ],
    &[
        tip("imposter-worth-it", Before, "Only go to events whose topic or audience matters to your work; skip the ones you would attend for the buffet."),
        tip("imposter-target", Before, "Set a small target: two real conversations first, then the food."),
        tip("imposter-queue", At, "Use the buffet queue: it is the easiest place in the room to start talking to someone."),
        tip("imposter-answer", At, "Have a short, friendly answer ready for when someone asks what you do."),
        tip("imposter-swap", After, "If an evening gave you nothing, spend the next one writing thank-you notes to your customers instead."),
    ],
    &[
        tip("mensch-two-sentences", Before, "Practise saying what you do and who you help in two sentences, so others can pass it on."),
        tip("mensch-research", Before, "Look up the organiser and the likely guests so you can ask sharper questions."),
        tip("mensch-specific", At, "Ask for something specific, such as an introduction to a bookkeeper who works with cafés."),
        tip("mensch-give", At, "Offer a referral or a useful contact before you hope for one in return."),
        tip("mensch-coffee-first", After, "After a good first talk, suggest a coffee to learn about their work, and leave any request for referrals until you know each other."),
    ],
];

/// Tips for each habit, indexed by [`Habit::index`].
pub static HABIT_TIPS: [&[Tip]; 5] = [
    &[
        tip("expect-outcome", Before, "Write down what a good evening looks like: a few promising conversations, not signed deals."),
        tip("expect-learn", At, "Do not pitch; learn enough about each person to know whether you want to meet again."),
        tip("expect-judge", After, "Judge an event by the relationships it starts over the following months, not by that week's sales."),
        tip("expect-maybe-lead", At, "Treat an eager \"call me, I have a project\" at a stand or a mixer as a maybe: follow it up once, then judge it by what happens next."),
        tip("expect-one-lead", Before, "Before you pay for a stand or a ticket because \"one good lead pays for it\", count how many such leads the last ones actually brought."),
    ],
    &[
        tip("followup-block", Before, "Block thirty minutes on the morning after the event for follow-up, and nothing else."),
        tip("followup-date", At, "When someone says \"let's have coffee\", agree on a date there and then."),
        tip("followup-48h", After, "Send your thank-you notes within 48 hours, and answer every follow-up request you receive."),
        tip("followup-prepared", After, "Go to the follow-up meeting prepared: read up on the person and their website, bring questions, and know what you want it to lead to."),
    ],
    &[
        tip("giving-two", Before, "Think of two people in your network you could introduce to someone new."),
        tip("giving-listen", At, "Listen for what the other person needs and offer a contact, an article or an idea."),
        tip("giving-first", After, "Make one introduction or referral for a new contact before you ask them for anything."),
    ],
    &[
        tip("choice-check", Before, "Check the organiser, the sponsors and the venue before you sign up."),
        tip("choice-managed", Before, "Prefer managed events with a talk or workshop over open mixers with no programme."),
        tip("choice-drop", After, "Drop events where your audience or partners never turn up, however pleasant they are."),
        tip("choice-paid-try", Before, "Give paid events and those with a talk or workshop a try: people who pay or come to learn tend to be there on purpose."),
        tip("choice-keep-going", After, "When events disappoint, change which ones you go to before you give up on networking altogether."),
    ],
    &[
        tip("goal-one", Before, "Set one goal per event, such as meeting a partner who serves the same clients as you."),
        tip("goal-ask", At, "Say out loud what help you are looking for: people can only help with what they know."),
        tip("goal-log", After, "Keep a simple log of the hours you spend and what came of them, and review it each quarter."),
        tip("goal-customers", After, "If a season of events brought nothing, spend those hours on your customers: thank them, and ask whom they could introduce you to."),
    ],
];

/// Tips for keeping strong habits, on the checklist instead of the weakest
/// habits' tips when every habit is strong ([`super::scoring::habits_strong`]).
pub static KEEP_TIPS: &[Tip] = &[
    tip("keep-review", Before, "Once a quarter, look again at which events brought relationships and work, and drop the ones that did not."),
    tip("keep-one-goal", Before, "Keep setting one goal per event, even for events you know well; the habit fades fastest where it feels least needed."),
    tip("keep-give", At, "Pass on what works: introduce a newer networker to someone useful, or show them how you follow up."),
    tip("keep-slot", After, "Keep your follow-up slot in the diary in busy weeks too; follow-up is the habit that slips first."),
    tip("keep-journal", After, "Note in the journal whom you met and what you promised, so a busy month does not undo the habits."),
];

/// How two styles can best work together, for every unordered pair.
pub static PAIR_TIPS: [(Style, Style, [&str; 2]); 10] = [
    (Pro, Pro, [
        "You both know everyone: swap one warm introduction each month instead of collecting more names.",
        "Meet one to one, away from events, where neither of you has to rush to the next person.",
    ]),
    (Pro, Rookie, [
        "The Pro can point out which events are worth the evening; the Rookie can remind the Pro to slow down and follow up.",
        "Go to one event together: the Pro makes the introductions, the Rookie keeps notes and sends the follow-ups.",
    ]),
    (Pro, Imposter, [
        "At the next event the Pro can bring the Imposter into two conversations: one gets a way in, the other a grateful ally.",
        "Choose a managed event with a talk, so there is more to discuss than the buffet.",
    ]),
    (Pro, Mensch, [
        "Reach meets depth: let the Pro make introductions and the Mensch turn them into relationships.",
        "After each event, agree who follows up with whom, so no contact falls between you.",
    ]),
    (Rookie, Rookie, [
        "Prepare together: each of you sets one goal for the event and you check in with each other halfway.",
        "Hold each other to a follow-up deadline of 48 hours.",
    ]),
    (Rookie, Imposter, [
        "Make a pact: two real conversations each before anyone visits the buffet.",
        "Compare notes the next day; talking it over turns an evening out into practice.",
    ]),
    (Rookie, Mensch, [
        "The Mensch can show how a card becomes a conversation; the Rookie's energy helps the Mensch start more of them.",
        "Rehearse your two-sentence introductions on each other before the event.",
    ]),
    (Imposter, Imposter, [
        "Pick one event with an educational programme and go together; the talk gives you both an easy opener.",
        "Agree that each of you introduces the other to one new person there.",
    ]),
    (Imposter, Mensch, [
        "The Mensch can introduce the Imposter to people worth meeting; the Imposter can show the Mensch how to relax into a room.",
        "Meet for coffee first and work out who in each other's network you could help.",
    ]),
    (Mensch, Mensch, [
        "You both mean well: be the first to hand each other a concrete referral.",
        "Practise asking for something specific, and check that each other's follow-up meetings are prepared.",
    ]),
];
