//! The question bank as data: every item the quiz asks, in quiz order, and
//! the items it no longer asks. Written for netstyle from the ideas of the
//! essay in `shared/seed/`; no sentence is copied from it. Why each scene's
//! four options are comparably attractive is argued in `docs/scenes.md`.

use super::item::{Anchors, Count, Item, ItemKind, PracticeOption, Scale, SceneOption, Statement};
use crate::domain::model::{Habit, Style};

const fn option(text: &'static str, style: Style) -> SceneOption {
    SceneOption { text, style }
}

const fn practice(text: &'static str, habit: Habit) -> PracticeOption {
    PracticeOption { text, habit }
}

const fn statement(scale: Scale, habit: Habit, reversed: bool, lean: Option<Style>) -> ItemKind {
    ItemKind::Statement(Statement {
        scale,
        habit,
        reversed,
        lean,
    })
}

const fn count(anchors: Anchors, habit: Habit, reversed: bool, lean: Option<Style>) -> ItemKind {
    ItemKind::Count(Count {
        anchors,
        habit,
        reversed,
        lean,
    })
}

use Anchors::*;
use Habit::*;
use Scale::*;
use Style::*;

/// The question bank in quiz order. Ids never change once released, and an
/// id is never given to different content: a rewritten item gets a new id.
/// The habits are measured by five practice items (a forced choice between
/// five equally good practices, one per habit, which carries most of each
/// habit's score and cannot raise every habit at once) and by count items
/// about what the person did at their recent events, one per habit counting
/// the wanted behaviour and two the unwanted one (`docs/habits.md`). In
/// each practice item, option `i` belongs to habit `(i + k) mod 5` of
/// [`Habit::ALL`] for the item's number `k`, so the same place everywhere
/// picks every habit once.
pub static ITEMS: &[Item] = &[
    Item {
        id: "scene-first-minutes-v2",
        prompt: "You walk into a busy mixer where you know almost nobody. How do you spend the first fifteen minutes?",
        kind: ItemKind::Scene(&[
            option("Do a quick lap to see who is here, and greet as many people as you can before settling anywhere.", Pro),
            option("Start with whoever is standing nearest, ask what they do, swap cards, and move on to the next friendly face.", Rookie),
            option("Get a drink and settle in with the one or two people you already know; a relaxed start puts you in a good mood for the evening.", Imposter),
            option("Join a small group and tell them openly what your business does and the kind of clients you are hoping to meet.", Mensch),
        ]),
    },
    Item {
        id: "expect-pitched",
        prompt: "Think of the last event you went to in the past three months. In how many of your conversations there did you bring up work you hoped to get from that person?",
        kind: count(People, Expectations, true, Some(Mensch)),
    },
    Item {
        id: "scene-buffet-open-v2",
        prompt: "The organiser announces that the buffet is open.",
        kind: ItemKind::Scene(&[
            option("Keep moving: while the room queues for food, you can reach the people you still wanted to meet.", Pro),
            option("Join the queue, chat with whoever is next to you, and hand out a few cards on the way without quite keeping track.", Rookie),
            option("Take a full plate to a quiet table and enjoy a proper meal with the friend you came with; the food is part of what makes the evening worth it.", Imposter),
            option("Join the queue and tell the person beside you frankly what you do, hoping they know someone who needs it.", Mensch),
        ]),
    },
    Item {
        id: "followup-wrote",
        prompt: "Think of the last event you went to in the past three months. Of the people you talked with there, how many did you write to personally within a week?",
        kind: count(People, FollowUp, false, None),
    },
    Item {
        id: "giving-introduced",
        prompt: "In the past three months, how many times did you introduce two people you know to each other because it could help one of them, with nothing in it for you?",
        kind: count(Number, GivingFirst, false, None),
    },
    Item {
        id: "scene-card-request-v2",
        prompt: "Someone you have talked with for five minutes asks for your card.",
        kind: ItemKind::Scene(&[
            option("Swap cards, say it was good to meet, and move on; there are others you want to see before you go.", Pro),
            option("Give them two, one to pass on to a friend, and ask for a couple of theirs as well.", Rookie),
            option("Hand one over with a smile, chat a little longer about the venue and the food, then drift back to the friends you came with.", Imposter),
            option("Hand it over and describe the kind of client you are after, asking them to send any your way.", Mensch),
        ]),
    },
    Item {
        id: "choice-checked",
        prompt: "Of the events you went to in the past three months, how many did you choose after checking who organises them, who sponsors them and who is likely to come?",
        kind: count(Events, EventChoice, false, None),
    },
    Item {
        id: "practice-before",
        prompt: "Think of the last event you went to in the past three months. If you did only one of these before it, which one comes closest to what you did?",
        kind: ItemKind::Practice(&[
            practice("Settled what a good evening would be: two or three real new acquaintances, with business left for later.", Expectations),
            practice("Blocked an hour in your diary for the next day, to write to the people you would meet.", FollowUp),
            practice("Picked out a contact or a tip you could offer someone you expected to see there.", GivingFirst),
            practice("Checked who organises it and who was coming, to be sure it was worth the evening.", EventChoice),
            practice("Decided on the one or two people, or kinds of contact, you most wanted to meet.", GoalRoi),
        ]),
    },
    Item {
        id: "scene-guest-talk-v2",
        prompt: "A guest speaker starts a twenty-minute talk on where your industry is heading.",
        kind: ItemKind::Scene(&[
            option("Be the first to shake the speaker's hand and swap cards as the talk ends, then head to your next appointment.", Pro),
            option("Clap warmly, then turn to the people nearby with your cards ready and ask each of them what they do.", Rookie),
            option("Settle in and enjoy the talk, then swap your favourite points over a drink with the friend you came with.", Imposter),
            option("Catch the speaker afterwards, tell them at some length how the topic touches your own business, and ask whether they could put you in touch with a few clients.", Mensch),
        ]),
    },
    Item {
        id: "expect-met-again",
        prompt: "In the past three months, how many people you first met at an event have you met again just to get to know them, with nothing to sell or ask?",
        kind: count(Number, Expectations, false, None),
    },
    Item {
        id: "followup-untouched",
        prompt: "Think of the last event you went to in the past three months. Of the cards and contacts you brought home from it, how many are still untouched, with no message sent and no note made?",
        kind: count(People, FollowUp, true, Some(Rookie)),
    },
    Item {
        id: "scene-what-you-do-v2",
        prompt: "Someone asks you: \"So, what do you do?\"",
        kind: ItemKind::Scene(&[
            option("Give a crisp thirty-second pitch, swap details, and keep the conversation moving.", Pro),
            option("Launch into your business with real enthusiasm, hand them your card, then ask what they do.", Rookie),
            option("Answer in a sentence, then move on to something you both enjoy, like the venue or the food; tonight is a break from work.", Imposter),
            option("Explain plainly what you do, and ask straight away whether they know anyone who might need it.", Mensch),
        ]),
    },
    Item {
        id: "giving-asked-first",
        prompt: "In the past three months, how many people you met at events did you ask for a referral or an introduction before you had done anything for them?",
        kind: count(Number, GivingFirst, true, Some(Mensch)),
    },
    Item {
        id: "choice-free-food",
        prompt: "Of the events you went to in the past three months, how many did you go to mainly because they were free, or for the food and drinks?",
        kind: count(Events, EventChoice, true, Some(Imposter)),
    },
    Item {
        id: "scene-one-hour-in-v2",
        prompt: "You are one hour into a two-hour event. Where are you?",
        kind: ItemKind::Scene(&[
            option("Heading for the door: you have met the people you came for and have somewhere else to be.", Pro),
            option("Still going from group to group, with a few cards left to hand out before the end.", Rookie),
            option("Catching up with two old friends you ran into, and laughing more than you have all week.", Imposter),
            option("Still deep in your first conversation, which has become a heartfelt talk about your business and its future.", Mensch),
        ]),
    },
    Item {
        id: "goal-by-cards",
        prompt: "Of the events you went to in the past three months, how many did you judge mainly by the number of cards or contacts you came home with?",
        kind: count(Events, GoalRoi, true, Some(Pro)),
    },
    Item {
        id: "practice-conversation",
        prompt: "Think of the best conversation you had at the last event you went to in the past three months. Which of these comes closest to how it went?",
        kind: ItemKind::Practice(&[
            practice("Before you parted, you agreed on a next step: a call or a coffee, with a date.", FollowUp),
            practice("You found out what they needed and told them about someone who could help.", GivingFirst),
            practice("You compared notes on which events in town are worth the evening, and why.", EventChoice),
            practice("They were one of the people you had come to meet, and you had sought them out.", GoalRoi),
            practice("You got to know each other properly, and left business for another day.", Expectations),
        ]),
    },
    Item {
        id: "scene-coffee-sometime-v2",
        prompt: "A person you have just met says: \"We should grab a coffee sometime.\"",
        kind: ItemKind::Scene(&[
            option("Say \"definitely\", swap details and move on; you hear that a dozen times an evening.", Pro),
            option("Agree warmly and add their card to your growing stack, planning to sort out the details later.", Rookie),
            option("Say warmly that it would be nice if your paths cross again; tonight you are here to relax, not to fill your diary.", Imposter),
            option("Say you would love to, and tell them right away about the kind of client you hope they could send you.", Mensch),
        ]),
    },
    Item {
        id: "practice-week-after",
        prompt: "In the week after the last event you went to in the past three months, which of these did you do first?",
        kind: ItemKind::Practice(&[
            practice("Introduced two people you know who could help each other.", GivingFirst),
            practice("Decided, from who was there, whether that event is worth going to again.", EventChoice),
            practice("Noted what the evening brought you against the hours it took.", GoalRoi),
            practice("Arranged to see someone again simply to get to know them better.", Expectations),
            practice("Wrote a short personal note to the people you talked with.", FollowUp),
        ]),
    },
    Item {
        id: "goal-noted-roi",
        prompt: "Of the events you went to in the past three months, for how many did you afterwards note what it brought you against the hours it took?",
        kind: count(Events, GoalRoi, false, None),
    },
    Item {
        id: "scene-trade-stand-v2",
        prompt: "At a trade show, a visitor to your stand says: \"You have to call me, I have an urgent project.\"",
        kind: ItemKind::Scene(&[
            option("Scan their badge, add them to the follow-up list with everyone else, and greet the next visitor.", Pro),
            option("Take it as the hot lead of the day, give them a brochure and two cards, and tell your team the news.", Rookie),
            option("Thank them warmly and take their card without getting carried away, then go back to chatting with the friendly people on the next stand.", Imposter),
            option("Take them at their word and talk the whole project through there and then; one good lead pays for the show.", Mensch),
        ]),
    },
    Item {
        id: "expect-counted-lead",
        prompt: "In the past three months, how many times did you count on work from someone you had just met at an event (you set time aside, told your team or planned with it) before you had even spoken to them again?",
        kind: count(Number, Expectations, true, Some(Rookie)),
    },
    Item {
        id: "scene-morning-after-v2",
        prompt: "It is the morning after an event, and new cards are lying on your desk.",
        kind: ItemKind::Scene(&[
            option("Add everyone to your contacts and your mailing list in one go, then check which event is next.", Pro),
            option("Spread them out, remember the fun conversations, and promise yourself to write to everyone soon.", Rookie),
            option("There are only a couple; the evening was a pleasant break with people you like, which is all you wanted from it.", Imposter),
            option("Write a long, warm message to each person you liked, explaining your business and asking who they could refer.", Mensch),
        ]),
    },
    Item {
        id: "followup-waiting",
        prompt: "Right now, how many messages from people you met at events in the past three months have waited more than a week for your reply?",
        kind: count(Number, FollowUp, true, Some(Pro)),
    },
    Item {
        id: "practice-choosing",
        prompt: "The last time you chose between two events in the past three months, what decided it?",
        kind: ItemKind::Practice(&[
            practice("Which one would bring the audience you want, judged by its organiser and its guest list.", EventChoice),
            practice("Which one served the goal you had set yourself for those weeks.", GoalRoi),
            practice("Where you could get to know a few people well, even if no work came of it soon.", Expectations),
            practice("Where you would see people you had met before and promised to talk to again.", FollowUp),
            practice("Where you could be most useful to people you know, with an introduction or a tip.", GivingFirst),
        ]),
    },
    Item {
        id: "scene-open-night-v2",
        prompt: "You are invited to a large, free, open networking night with no programme.",
        kind: ItemKind::Scene(&[
            option("Go: a big crowd means plenty of contacts in very little time.", Pro),
            option("Go: every new face is a chance, so you take plenty of cards.", Rookie),
            option("Go: a few friends will be there, and an easy evening in good company is a fine way to end the week.", Imposter),
            option("Go: you might meet someone there who is ready to send work your way.", Mensch),
        ]),
    },
    Item {
        id: "giving-needs-first",
        prompt: "Think of the last event you went to in the past three months. In how many of your conversations did you say what you were looking for before you asked what the other person needed?",
        kind: count(People, GivingFirst, true, None),
    },
    Item {
        id: "choice-open-mixer",
        prompt: "Of the events you went to in the past three months, how many were large, open mixers with no talk or programme?",
        kind: count(Events, EventChoice, true, None),
    },
    Item {
        id: "scene-pick-event-v2",
        prompt: "You have room for one event this week. Which do you choose?",
        kind: ItemKind::Scene(&[
            option("The biggest one: the more people in the room, the more useful contacts in one evening.", Pro),
            option("Whichever sounds liveliest; you are still working out which kind of event suits you.", Rookie),
            option("The one with good food and familiar faces, where you can unwind in good company after a hard week.", Imposter),
            option("The one where you hope someone will finally send you a referral.", Mensch),
        ]),
    },
    Item {
        id: "practice-most",
        prompt: "Looking back over the events you went to in the past three months, which of these did you do most consistently?",
        kind: ItemKind::Practice(&[
            practice("Went with a goal, and added up afterwards what the events brought.", GoalRoi),
            practice("Treated each first meeting as the start of an acquaintance, not as a sale.", Expectations),
            practice("Wrote to new contacts within two days and fixed a date for every coffee.", FollowUp),
            practice("Offered help or an introduction before asking for anything.", GivingFirst),
            practice("Chose events by their organiser, their audience and their programme.", EventChoice),
        ]),
    },
    Item {
        id: "goal-out-of-habit",
        prompt: "Of the events you went to in the past three months, how many did you go to out of habit, without a reason of your own for going to that one?",
        kind: count(Events, GoalRoi, true, Some(Imposter)),
    },
    Item {
        id: "scene-coffee-meeting-v2",
        prompt: "A contact from last week has agreed to meet you for coffee.",
        kind: ItemKind::Scene(&[
            option("Fit it between two other meetings and keep it to a brisk twenty minutes.", Pro),
            option("Turn up eager to tell them everything about your business and see where it leads.", Rookie),
            option("Treat it as a pleasant break: chat about holidays and families, and if business never comes up, that is fine by you.", Imposter),
            option("Tell them openly that you are hoping for new clients and would value any referrals they can send.", Mensch),
        ]),
    },
];

/// Items from earlier releases that the quiz no longer asks, kept whole so
/// that results made with them still explain themselves (the "why" trace
/// names their ids). Their ids are never used again. The first bank's
/// scenes and `goal-ask` come first, then the second bank's twelve scenes
/// and twenty agree/frequency statements, then five count items of the
/// wanted behaviour that the practice items replaced.
pub static RETIRED: &[Item] = &[
    Item {
        id: "scene-arrival",
        prompt: "You walk into a mixer where you know nobody. What do you do in the first ten minutes?",
        kind: ItemKind::Scene(&[
            option("Scan the room for the most useful people and start a quick lap to meet them all.", Pro),
            option("Walk up to the nearest person, card already in hand, and ask what they do.", Rookie),
            option("Get a drink at the bar and find a quiet spot to watch from.", Imposter),
            option("Join a small group, listen for a while, then say honestly what you do and what you hope to find.", Mensch),
        ]),
    },
    Item {
        id: "scene-buffet",
        prompt: "The organiser announces that the buffet is open.",
        kind: ItemKind::Scene(&[
            option("Skip it: the queue is slow and there are still people to meet.", Pro),
            option("Join the queue and give a card to whoever stands next to you.", Rookie),
            option("Perfect timing. You fill a plate and settle in for the evening.", Imposter),
            option("Join the queue and ask the person beside you what brought them here.", Mensch),
        ]),
    },
    Item {
        id: "scene-card",
        prompt: "Someone you met five minutes ago asks for your business card.",
        kind: ItemKind::Scene(&[
            option("Swap cards quickly and move on; there are thirty more people to see.", Pro),
            option("Hand over two, in case they know somebody else who needs you.", Rookie),
            option("Pat your pockets, admit you brought none, and turn back to your drink.", Imposter),
            option("Give it, and ask what kind of client or partner would be a good introduction for them.", Mensch),
        ]),
    },
    Item {
        id: "scene-speaker",
        prompt: "A guest speaker begins a short talk on where your industry is heading.",
        kind: ItemKind::Scene(&[
            option("Use the talk to slip out: you have already met everyone worth meeting.", Pro),
            option("Listen politely while you flick through the cards you have collected.", Rookie),
            option("Stay at the back, close to the snacks, until it is over.", Imposter),
            option("Listen closely and note a question to ask the speaker afterwards.", Mensch),
        ]),
    },
    Item {
        id: "scene-morning",
        prompt: "It is the morning after an event and a stack of new cards lies on your desk.",
        kind: ItemKind::Scene(&[
            option("Add them all to your contacts in one go and check which event is next.", Pro),
            option("Put the stack in a drawer; you will get to it when things calm down.", Rookie),
            option("What stack? You came home well fed and without a single card.", Imposter),
            option("Write a warm note to the people you liked and hope they answer.", Mensch),
        ]),
    },
    Item {
        id: "scene-pitch",
        prompt: "Someone asks you: \"So, what do you do?\"",
        kind: ItemKind::Scene(&[
            option("Deliver a polished twenty-second pitch and ask for their card.", Pro),
            option("Tell them all about your business, then ask them the same question back.", Rookie),
            option("Keep it vague and steer the chat towards the wine.", Imposter),
            option("Explain openly, and mention how much a referral would mean to you.", Mensch),
        ]),
    },
    Item {
        id: "scene-hour",
        prompt: "You are one hour into a two-hour event. Where are you?",
        kind: ItemKind::Scene(&[
            option("On your way out: you have met the people you came for.", Pro),
            option("Still going from person to person, with a few cards left to hand out.", Rookie),
            option("At the buffet, on your second plate.", Imposter),
            option("Deep in a long conversation with one person you only just met.", Mensch),
        ]),
    },
    Item {
        id: "scene-coffee",
        prompt: "A person you just met says: \"We should grab a coffee sometime.\"",
        kind: ItemKind::Scene(&[
            option("Say \"absolutely\" and keep moving; you say that to everyone.", Pro),
            option("Agree with enthusiasm, but leave without setting a date.", Rookie),
            option("Say you will be in touch and turn back to the cheese board.", Imposter),
            option("Say you would love to, suggest a day, and hope they still mean it.", Mensch),
        ]),
    },
    Item {
        id: "scene-invite",
        prompt: "You are invited to a large, free, open networking night with no programme.",
        kind: ItemKind::Scene(&[
            option("Go: a big crowd means plenty of new contacts in little time.", Pro),
            option("Go: it sounds like a good way to learn how networking works.", Rookie),
            option("Go: the invitation mentions an open bar.", Imposter),
            option("Go, hoping to meet someone who will send work your way.", Mensch),
        ]),
    },
    Item {
        id: "goal-ask",
        prompt: "I ask people for specific help, for example \"I'm looking for a good graphic designer\".",
        kind: statement(Frequency, GoalRoi, false, None),
    },
    Item {
        id: "scene-first-minutes",
        prompt: "You walk into a busy mixer where you know almost nobody. How do you spend the first fifteen minutes?",
        kind: ItemKind::Scene(&[
            option("Do a quick lap to see who is here, and greet as many people as you can before settling anywhere.", Pro),
            option("Start with whoever is standing nearest, ask what they do, swap cards, and move on to the next friendly face.", Rookie),
            option("Get a drink, find the one or two people you already know, and ease into the evening with them first.", Imposter),
            option("Join a small group and tell them openly what your business does and the kind of clients you are hoping to meet.", Mensch),
        ]),
    },
    Item {
        id: "expect-business",
        prompt: "When I go to a networking event, I expect to come home with new business.",
        kind: statement(Agreement, Expectations, true, Some(Mensch)),
    },
    Item {
        id: "scene-buffet-open",
        prompt: "The organiser announces that the buffet is open.",
        kind: ItemKind::Scene(&[
            option("Keep moving: while the room queues for food, you can reach the people you still wanted to meet.", Pro),
            option("Join the queue, chat with whoever is next to you, and hand out a few cards on the way without quite keeping track.", Rookie),
            option("Take a full plate to a table and enjoy a proper meal; good food is part of what makes the evening worth it.", Imposter),
            option("Join the queue and tell the person beside you frankly what you do, hoping they know someone who needs it.", Mensch),
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
        id: "scene-card-request",
        prompt: "Someone you have talked with for five minutes asks for your card.",
        kind: ItemKind::Scene(&[
            option("Swap cards, say it was good to meet, and move on; there are others you want to see before you go.", Pro),
            option("Give them two, one to pass on to a friend, and ask for a couple of theirs as well.", Rookie),
            option("Hand one over with a smile, chat a little longer, then rejoin the old colleagues you came with.", Imposter),
            option("Hand it over and describe the kind of client you are after, asking them to send any your way.", Mensch),
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
        id: "scene-guest-talk",
        prompt: "A guest speaker starts a twenty-minute talk on where your industry is heading.",
        kind: ItemKind::Scene(&[
            option("Be the first to shake the speaker's hand and swap cards as the talk ends, then head to your next appointment.", Pro),
            option("Clap warmly, then turn to the people nearby with your cards ready and ask each of them what they do.", Rookie),
            option("Enjoy the talk from a good seat with a drink, and chat about it afterwards with the friend you came with.", Imposter),
            option("Thank the speaker afterwards, tell them honestly how the topic touches your own business, and ask who you should talk to.", Mensch),
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
        id: "scene-what-you-do",
        prompt: "Someone asks you: \"So, what do you do?\"",
        kind: ItemKind::Scene(&[
            option("Give a crisp thirty-second pitch, swap details, and keep the conversation moving.", Pro),
            option("Launch into your business with real enthusiasm, hand them your card, then ask what they do.", Rookie),
            option("Keep it short and turn to something you both enjoy, like the venue or the food; work can wait till Monday.", Imposter),
            option("Explain plainly what you do, and ask straight away whether they know anyone who might need it.", Mensch),
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
        id: "scene-one-hour-in",
        prompt: "You are one hour into a two-hour event. Where are you?",
        kind: ItemKind::Scene(&[
            option("Heading for the door: you have met the people you came for and have somewhere else to be.", Pro),
            option("Still going from group to group, with a few cards left to hand out before the end.", Rookie),
            option("Sitting with two old friends you ran into; it has turned into a lovely catch-up.", Imposter),
            option("Still deep in your first conversation, which has become a heartfelt talk about your business and its future.", Mensch),
        ]),
    },
    Item {
        id: "goal-cards",
        prompt: "I judge an event by how many cards I bring home.",
        kind: statement(Agreement, GoalRoi, true, Some(Pro)),
    },
    Item {
        id: "followup-coffee",
        prompt: "When someone suggests meeting for coffee, I fix a date within a few days.",
        kind: statement(Frequency, FollowUp, false, None),
    },
    Item {
        id: "scene-coffee-sometime",
        prompt: "A person you have just met says: \"We should grab a coffee sometime.\"",
        kind: ItemKind::Scene(&[
            option("Say \"definitely\", swap details and move on; you hear that a dozen times an evening.", Pro),
            option("Agree warmly and add their card to your growing stack, planning to sort out the details later.", Rookie),
            option("Smile and say maybe; you came for a relaxed night out, not to fill your diary with more meetings.", Imposter),
            option("Say you would love to, and tell them right away about the kind of client you hope they could send you.", Mensch),
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
        id: "scene-trade-stand",
        prompt: "At a trade show, a visitor to your stand says: \"You have to call me, I have an urgent project.\"",
        kind: ItemKind::Scene(&[
            option("Scan their badge, add them to the follow-up list with everyone else, and greet the next visitor.", Pro),
            option("Take it as the hot lead of the day, give them a brochure and two cards, and tell your team the news.", Rookie),
            option("Nod and take their card; you mostly came to cover the stand and catch up with the neighbours.", Imposter),
            option("Take them at their word and talk the whole project through there and then; one good lead pays for the show.", Mensch),
        ]),
    },
    Item {
        id: "expect-hot-lead",
        prompt: "When someone I have just met says \"call me, I have a project for you\", I count on that call turning into work.",
        kind: statement(Agreement, Expectations, true, Some(Rookie)),
    },
    Item {
        id: "scene-morning-after",
        prompt: "It is the morning after an event, and new cards are lying on your desk.",
        kind: ItemKind::Scene(&[
            option("Add everyone to your contacts and your mailing list in one go, then check which event is next.", Pro),
            option("Spread them out, remember the fun conversations, and promise yourself to write to everyone soon.", Rookie),
            option("There are only a couple; the evening was a pleasant break with people you like, which is what you wanted.", Imposter),
            option("Write a long, warm message to each person you liked, explaining your business and asking who they could refer.", Mensch),
        ]),
    },
    Item {
        id: "followup-requests",
        prompt: "Messages from people I met at an event wait a week or more for my reply.",
        kind: statement(Frequency, FollowUp, true, Some(Pro)),
    },
    Item {
        id: "goal-roi",
        prompt: "I keep track of whether the hours I spend at events actually lead to anything.",
        kind: statement(Frequency, GoalRoi, false, None),
    },
    Item {
        id: "scene-open-night",
        prompt: "You are invited to a large, free, open networking night with no programme.",
        kind: ItemKind::Scene(&[
            option("Go: a big crowd means plenty of contacts in very little time.", Pro),
            option("Go: every new face is a chance, so you take plenty of cards.", Rookie),
            option("Go: a few friends will be there, and it is a relaxed way to end the week.", Imposter),
            option("Go: you might meet someone there who is ready to send work your way.", Mensch),
        ]),
    },
    Item {
        id: "giving-ask-early",
        prompt: "I ask new contacts for referrals before I have done anything for them.",
        kind: statement(Frequency, GivingFirst, true, Some(Mensch)),
    },
    Item {
        id: "choice-paid",
        prompt: "I skip events that charge an entry fee: meeting people should not cost money.",
        kind: statement(Agreement, EventChoice, true, None),
    },
    Item {
        id: "scene-pick-event",
        prompt: "You have room for one event this week. Which do you choose?",
        kind: ItemKind::Scene(&[
            option("The biggest one: the more people in the room, the more useful contacts in one evening.", Pro),
            option("Whichever sounds liveliest; you are still working out which kind of event suits you.", Rookie),
            option("The one where you will see familiar faces and can unwind after a hard week.", Imposter),
            option("The one where you hope someone will finally send you a referral.", Mensch),
        ]),
    },
    Item {
        id: "expect-trust",
        prompt: "I expect a new contact to need several meetings with me before they would pass on a referral.",
        kind: statement(Agreement, Expectations, false, None),
    },
    Item {
        id: "goal-habit",
        prompt: "I keep going to the same events out of habit, even when nothing has come of them for a long time.",
        kind: statement(Agreement, GoalRoi, true, Some(Imposter)),
    },
    Item {
        id: "scene-coffee-meeting",
        prompt: "A contact from last week has agreed to meet you for coffee.",
        kind: ItemKind::Scene(&[
            option("Fit it between two other meetings and keep it to a brisk twenty minutes.", Pro),
            option("Turn up eager to tell them everything about your business and see where it leads.", Rookie),
            option("Enjoy a relaxed chat and let it wander; if business comes up, fine, but you will not push it.", Imposter),
            option("Tell them openly that you are hoping for new clients and would value any referrals they can send.", Mensch),
        ]),
    },
    Item {
        id: "goal-decided",
        prompt: "Of the events you went to in the past three months, for how many did you decide beforehand whom or what you wanted to find there?",
        kind: count(Events, GoalRoi, false, None),
    },
    Item {
        id: "followup-coffees",
        prompt: "In the past three months, how many coffees or calls did you actually have with people you first met at an event?",
        kind: count(Number, FollowUp, false, None),
    },
    Item {
        id: "giving-passed-on",
        prompt: "In the past three months, how many useful contacts, tips or leads did you pass on to people you met at events, without being asked?",
        kind: count(Number, GivingFirst, false, None),
    },
    Item {
        id: "choice-expert",
        prompt: "Of the events you went to in the past three months, how many had a talk or a workshop by an expert in the field?",
        kind: count(Events, EventChoice, false, None),
    },
    Item {
        id: "expect-worth-people",
        prompt: "Of the events you went to in the past three months, how many did you count as worthwhile because of the people you got to know, whatever business came of them?",
        kind: count(Events, Expectations, false, None),
    },
];
