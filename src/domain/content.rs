//! Every question and tip the app shows, kept together as data so it is easy
//! to review and, later, to translate. Written for netstyle from the ideas of
//! the essay in `shared/seed/`; no sentence is copied from it.

use super::bank::{Item, ItemKind, Scale, SceneOption, Statement};
use super::model::{Habit, Style};
use super::tips::{Phase, Tip};

const fn scene(text: &'static str, style: Style) -> SceneOption {
    SceneOption { text, style }
}

const fn statement(scale: Scale, habit: Habit, reversed: bool, lean: Option<Style>) -> ItemKind {
    ItemKind::Statement(Statement {
        scale,
        habit,
        reversed,
        lean,
    })
}

use Habit::*;
use Scale::*;
use Style::*;

/// The question bank in quiz order. Ids never change once released.
pub static ITEMS: &[Item] = &[
    Item {
        id: "scene-arrival",
        prompt: "You walk into a mixer where you know nobody. What do you do in the first ten minutes?",
        kind: ItemKind::Scene(&[
            scene("Scan the room for the most useful people and start a quick lap to meet them all.", Pro),
            scene("Walk up to the nearest person, card already in hand, and ask what they do.", Rookie),
            scene("Get a drink at the bar and find a quiet spot to watch from.", Imposter),
            scene("Join a small group, listen for a while, then say honestly what you do and what you hope to find.", Mensch),
        ]),
    },
    Item {
        id: "expect-business",
        prompt: "When I go to a networking event, I expect to come home with new business.",
        kind: statement(Agreement, Expectations, true, Some(Mensch)),
    },
    Item {
        id: "scene-buffet",
        prompt: "The organiser announces that the buffet is open.",
        kind: ItemKind::Scene(&[
            scene("Skip it: the queue is slow and there are still people to meet.", Pro),
            scene("Join the queue and give a card to whoever stands next to you.", Rookie),
            scene("Perfect timing. You fill a plate and settle in for the evening.", Imposter),
            scene("Join the queue and ask the person beside you what brought them here.", Mensch),
        ]),
    },
    Item {
        id: "followup-thanks",
        prompt: "After an event I send a short thank-you note to the people I talked with.",
        kind: statement(Frequency, FollowUp, false, None),
    },
    Item {
        id: "giving-introduce",
        prompt: "I introduce people I meet to someone who could help them, without expecting anything back.",
        kind: statement(Frequency, GivingFirst, false, None),
    },
    Item {
        id: "scene-card",
        prompt: "Someone you met five minutes ago asks for your business card.",
        kind: ItemKind::Scene(&[
            scene("Swap cards quickly and move on; there are thirty more people to see.", Pro),
            scene("Hand over two, in case they know somebody else who needs you.", Rookie),
            scene("Pat your pockets, admit you brought none, and turn back to your drink.", Imposter),
            scene("Give it, and ask what kind of client or partner would be a good introduction for them.", Mensch),
        ]),
    },
    Item {
        id: "choice-free",
        prompt: "I go to any event I am invited to, as long as it is free.",
        kind: statement(Agreement, EventChoice, true, Some(Imposter)),
    },
    Item {
        id: "goal-target",
        prompt: "I arrive at an event with a clear goal, such as one person or one kind of contact I want to meet.",
        kind: statement(Frequency, GoalRoi, false, None),
    },
    Item {
        id: "scene-speaker",
        prompt: "A guest speaker begins a short talk on where your industry is heading.",
        kind: ItemKind::Scene(&[
            scene("Use the talk to slip out: you have already met everyone worth meeting.", Pro),
            scene("Listen politely while you flick through the cards you have collected.", Rookie),
            scene("Stay at the back, close to the snacks, until it is over.", Imposter),
            scene("Listen closely and note a question to ask the speaker afterwards.", Mensch),
        ]),
    },
    Item {
        id: "expect-relationship",
        prompt: "I see an event as the first step towards a relationship, not as a chance to sell.",
        kind: statement(Agreement, Expectations, false, None),
    },
    Item {
        id: "followup-pile",
        prompt: "The cards I collect end up in a pile, and I rarely contact those people again.",
        kind: statement(Frequency, FollowUp, true, Some(Rookie)),
    },
    Item {
        id: "scene-morning",
        prompt: "It is the morning after an event and a stack of new cards lies on your desk.",
        kind: ItemKind::Scene(&[
            scene("Add them all to your contacts in one go and check which event is next.", Pro),
            scene("Put the stack in a drawer; you will get to it when things calm down.", Rookie),
            scene("What stack? You came home well fed and without a single card.", Imposter),
            scene("Write a warm note to the people you liked and hope they answer.", Mensch),
        ]),
    },
    Item {
        id: "giving-wait",
        prompt: "I wait for someone to send me a referral before I send one to them.",
        kind: statement(Agreement, GivingFirst, true, None),
    },
    Item {
        id: "choice-check",
        prompt: "Before I sign up for an event, I check who organises it, who sponsors it and who is likely to come.",
        kind: statement(Frequency, EventChoice, false, None),
    },
    Item {
        id: "scene-pitch",
        prompt: "Someone asks you: \"So, what do you do?\"",
        kind: ItemKind::Scene(&[
            scene("Deliver a polished twenty-second pitch and ask for their card.", Pro),
            scene("Tell them all about your business, then ask them the same question back.", Rookie),
            scene("Keep it vague and steer the chat towards the wine.", Imposter),
            scene("Explain openly, and mention how much a referral would mean to you.", Mensch),
        ]),
    },
    Item {
        id: "goal-ask",
        prompt: "I ask people for specific help, for example \"I'm looking for a good graphic designer\".",
        kind: statement(Frequency, GoalRoi, false, None),
    },
    Item {
        id: "followup-coffee",
        prompt: "When someone suggests meeting for coffee, I fix a date within a few days.",
        kind: statement(Frequency, FollowUp, false, None),
    },
    Item {
        id: "scene-hour",
        prompt: "You are one hour into a two-hour event. Where are you?",
        kind: ItemKind::Scene(&[
            scene("On your way out: you have met the people you came for.", Pro),
            scene("Still going from person to person, with a few cards left to hand out.", Rookie),
            scene("At the buffet, on your second plate.", Imposter),
            scene("Deep in a long conversation with one person you only just met.", Mensch),
        ]),
    },
    Item {
        id: "giving-help-first",
        prompt: "In a conversation, I ask how I could help before I mention what I need.",
        kind: statement(Frequency, GivingFirst, false, None),
    },
    Item {
        id: "choice-learn",
        prompt: "I prefer events with a talk or workshop where I learn something from an expert.",
        kind: statement(Agreement, EventChoice, false, None),
    },
    Item {
        id: "expect-trust",
        prompt: "I expect a new contact to need several meetings with me before they would pass on a referral.",
        kind: statement(Agreement, Expectations, false, None),
    },
    Item {
        id: "scene-coffee",
        prompt: "A person you just met says: \"We should grab a coffee sometime.\"",
        kind: ItemKind::Scene(&[
            scene("Say \"absolutely\" and keep moving; you say that to everyone.", Pro),
            scene("Agree with enthusiasm, but leave without setting a date.", Rookie),
            scene("Say you will be in touch and turn back to the cheese board.", Imposter),
            scene("Say you would love to, suggest a day, and hope they still mean it.", Mensch),
        ]),
    },
    Item {
        id: "goal-cards",
        prompt: "I judge an event by how many cards I bring home.",
        kind: statement(Agreement, GoalRoi, true, Some(Pro)),
    },
    Item {
        id: "scene-invite",
        prompt: "You are invited to a large, free, open networking night with no programme.",
        kind: ItemKind::Scene(&[
            scene("Go: a big crowd means plenty of new contacts in little time.", Pro),
            scene("Go: it sounds like a good way to learn how networking works.", Rookie),
            scene("Go: the invitation mentions an open bar.", Imposter),
            scene("Go, hoping to meet someone who will send work your way.", Mensch),
        ]),
    },
    Item {
        id: "goal-roi",
        prompt: "I keep track of whether the hours I spend at events actually lead to anything.",
        kind: statement(Frequency, GoalRoi, false, None),
    },
];

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
        tip("mensch-prepared", After, "Go to follow-up meetings prepared: read up on the person, bring questions and know the outcome you want."),
    ],
];

/// Tips for each habit, indexed by [`Habit::index`].
pub static HABIT_TIPS: [&[Tip]; 5] = [
    &[
        tip("expect-outcome", Before, "Write down what a good evening looks like: a few promising conversations, not signed deals."),
        tip("expect-learn", At, "Do not pitch; learn enough about each person to know whether you want to meet again."),
        tip("expect-judge", After, "Judge an event by the relationships it starts over the following months, not by that week's sales."),
    ],
    &[
        tip("followup-block", Before, "Block thirty minutes on the morning after the event for follow-up, and nothing else."),
        tip("followup-date", At, "When someone says \"let's have coffee\", agree on a date there and then."),
        tip("followup-48h", After, "Send your thank-you notes within 48 hours, and answer every follow-up request you receive."),
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
    ],
    &[
        tip("goal-one", Before, "Set one goal per event, such as meeting a partner who serves the same clients as you."),
        tip("goal-ask", At, "Say out loud what help you are looking for: people can only help with what they know."),
        tip("goal-log", After, "Keep a simple log of the hours you spend and what came of them, and review it each quarter."),
    ],
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
