### The quiz's questions and their answers (the question bank). Message ids
### come from the item ids in src/domain/quiz/questions.rs: q-<id> is the
### question, q-<id>-<n> its n-th answer in the bank's order.

## The answers of count and statement questions.

# TODO(translate): new with the question bank in catalogs, not yet translated
answer-number-1 = None
# TODO(translate): new with the question bank in catalogs, not yet translated
answer-number-2 = One
# TODO(translate): new with the question bank in catalogs, not yet translated
answer-number-3 = Two
# TODO(translate): new with the question bank in catalogs, not yet translated
answer-number-4 = Three
# TODO(translate): new with the question bank in catalogs, not yet translated
answer-number-5 = Four or more
# TODO(translate): new with the question bank in catalogs, not yet translated
answer-people-1 = None of them
# TODO(translate): new with the question bank in catalogs, not yet translated
answer-people-2 = One or two
# TODO(translate): new with the question bank in catalogs, not yet translated
answer-people-3 = About half
# TODO(translate): new with the question bank in catalogs, not yet translated
answer-people-4 = Most of them
# TODO(translate): new with the question bank in catalogs, not yet translated
answer-people-5 = All of them
# TODO(translate): new with the question bank in catalogs, not yet translated
answer-events-1 = None of them
# TODO(translate): new with the question bank in catalogs, not yet translated
answer-events-2 = A few
# TODO(translate): new with the question bank in catalogs, not yet translated
answer-events-3 = About half
# TODO(translate): new with the question bank in catalogs, not yet translated
answer-events-4 = Most of them
# TODO(translate): new with the question bank in catalogs, not yet translated
answer-events-5 = All of them
# The sixth answer of every count question; it counts as no answer.
# TODO(translate): new with the question bank in catalogs, not yet translated
answer-no-event = I have not been to an event in that time.
# TODO(translate): new with the question bank in catalogs, not yet translated
answer-agreement-1 = Strongly disagree
# TODO(translate): new with the question bank in catalogs, not yet translated
answer-agreement-2 = Disagree
# TODO(translate): new with the question bank in catalogs, not yet translated
answer-agreement-3 = Neither agree nor disagree
# TODO(translate): new with the question bank in catalogs, not yet translated
answer-agreement-4 = Agree
# TODO(translate): new with the question bank in catalogs, not yet translated
answer-agreement-5 = Strongly agree
# TODO(translate): new with the question bank in catalogs, not yet translated
answer-frequency-1 = Never
# TODO(translate): new with the question bank in catalogs, not yet translated
answer-frequency-2 = Rarely
# TODO(translate): new with the question bank in catalogs, not yet translated
answer-frequency-3 = Sometimes
# TODO(translate): new with the question bank in catalogs, not yet translated
answer-frequency-4 = Often
# TODO(translate): new with the question bank in catalogs, not yet translated
answer-frequency-5 = Always

## The questions the quiz asks, in quiz order.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-first-minutes-v2 = You walk into a busy mixer where you know almost nobody. How do you spend the first fifteen minutes?
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-first-minutes-v2-1 = Do a quick lap to see who is here, and greet as many people as you can before settling anywhere.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-first-minutes-v2-2 = Start with whoever is standing nearest, ask what they do, swap cards, and move on to the next friendly face.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-first-minutes-v2-3 = Get a drink and settle in with the one or two people you already know; a relaxed start puts you in a good mood for the evening.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-first-minutes-v2-4 = Join a small group and tell them openly what your business does and the kind of clients you are hoping to meet.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-expect-pitched = Think of the last event you went to in the past three months. In how many of your conversations there did you bring up work you hoped to get from that person?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-buffet-open-v2 = The organiser announces that the buffet is open.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-buffet-open-v2-1 = Keep moving: while the room queues for food, you can reach the people you still wanted to meet.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-buffet-open-v2-2 = Join the queue, chat with whoever is next to you, and hand out a few cards on the way without quite keeping track.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-buffet-open-v2-3 = Take a full plate to a quiet table and enjoy a proper meal with the friend you came with; the food is part of what makes the evening worth it.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-buffet-open-v2-4 = Join the queue and tell the person beside you frankly what you do, hoping they know someone who needs it.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-followup-wrote = Think of the last event you went to in the past three months. Of the people you talked with there, how many did you write to personally within a week?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-giving-introduced = In the past three months, how many times did you introduce two people you know to each other because it could help one of them, with nothing in it for you?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-card-request-v2 = Someone you have talked with for five minutes asks for your card.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-card-request-v2-1 = Swap cards, say it was good to meet, and move on; there are others you want to see before you go.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-card-request-v2-2 = Give them two, one to pass on to a friend, and ask for a couple of theirs as well.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-card-request-v2-3 = Hand one over with a smile, chat a little longer about the venue and the food, then drift back to the friends you came with.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-card-request-v2-4 = Hand it over and describe the kind of client you are after, asking them to send any your way.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-choice-checked = Of the events you went to in the past three months, how many did you choose after checking who organises them, who sponsors them and who is likely to come?

# A practice question: the question, then five answers, each a good practice (shown shuffled; they should look equally good).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-practice-before = Think of the last event you went to in the past three months. If you did only one of these before it, which one comes closest to what you did?
# TODO(translate): new with the question bank in catalogs, not yet translated
q-practice-before-1 = Settled what a good evening would be: two or three real new acquaintances, with business left for later.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-practice-before-2 = Blocked an hour in your diary for the next day, to write to the people you would meet.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-practice-before-3 = Picked out a contact or a tip you could offer someone you expected to see there.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-practice-before-4 = Checked who organises it and who was coming, to be sure it was worth the evening.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-practice-before-5 = Decided on the one or two people, or kinds of contact, you most wanted to meet.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-guest-talk-v2 = A guest speaker starts a twenty-minute talk on where your industry is heading.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-guest-talk-v2-1 = Be the first to shake the speaker's hand and swap cards as the talk ends, then head to your next appointment.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-guest-talk-v2-2 = Clap warmly, then turn to the people nearby with your cards ready and ask each of them what they do.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-guest-talk-v2-3 = Settle in and enjoy the talk, then swap your favourite points over a drink with the friend you came with.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-guest-talk-v2-4 = Catch the speaker afterwards, tell them at some length how the topic touches your own business, and ask whether they could put you in touch with a few clients.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-expect-met-again = In the past three months, how many people you first met at an event have you met again just to get to know them, with nothing to sell or ask?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-followup-untouched = Think of the last event you went to in the past three months. Of the cards and contacts you brought home from it, how many are still untouched, with no message sent and no note made?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-what-you-do-v2 = Someone asks you: "So, what do you do?"
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-what-you-do-v2-1 = Give a crisp thirty-second pitch, swap details, and keep the conversation moving.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-what-you-do-v2-2 = Launch into your business with real enthusiasm, hand them your card, then ask what they do.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-what-you-do-v2-3 = Answer in a sentence, then move on to something you both enjoy, like the venue or the food; tonight is a break from work.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-what-you-do-v2-4 = Explain plainly what you do, and ask straight away whether they know anyone who might need it.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-giving-asked-first = In the past three months, how many people you met at events did you ask for a referral or an introduction before you had done anything for them?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-choice-free-food = Of the events you went to in the past three months, how many did you go to mainly because they were free, or for the food and drinks?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-one-hour-in-v2 = You are one hour into a two-hour event. Where are you?
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-one-hour-in-v2-1 = Heading for the door: you have met the people you came for and have somewhere else to be.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-one-hour-in-v2-2 = Still going from group to group, with a few cards left to hand out before the end.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-one-hour-in-v2-3 = Catching up with two old friends you ran into, and laughing more than you have all week.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-one-hour-in-v2-4 = Still deep in your first conversation, which has become a heartfelt talk about your business and its future.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-goal-by-cards = Of the events you went to in the past three months, how many did you judge mainly by the number of cards or contacts you came home with?

# A practice question: the question, then five answers, each a good practice (shown shuffled; they should look equally good).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-practice-conversation = Think of the best conversation you had at the last event you went to in the past three months. Which of these comes closest to how it went?
# TODO(translate): new with the question bank in catalogs, not yet translated
q-practice-conversation-1 = Before you parted, you agreed on a next step: a call or a coffee, with a date.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-practice-conversation-2 = You found out what they needed and told them about someone who could help.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-practice-conversation-3 = You compared notes on which events in town are worth the evening, and why.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-practice-conversation-4 = They were one of the people you had come to meet, and you had sought them out.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-practice-conversation-5 = You got to know each other properly, and left business for another day.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-coffee-sometime-v2 = A person you have just met says: "We should grab a coffee sometime."
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-coffee-sometime-v2-1 = Say "definitely", swap details and move on; you hear that a dozen times an evening.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-coffee-sometime-v2-2 = Agree warmly and add their card to your growing stack, planning to sort out the details later.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-coffee-sometime-v2-3 = Say warmly that it would be nice if your paths cross again; tonight you are here to relax, not to fill your diary.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-coffee-sometime-v2-4 = Say you would love to, and tell them right away about the kind of client you hope they could send you.

# A practice question: the question, then five answers, each a good practice (shown shuffled; they should look equally good).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-practice-week-after = In the week after the last event you went to in the past three months, which of these did you do first?
# TODO(translate): new with the question bank in catalogs, not yet translated
q-practice-week-after-1 = Introduced two people you know who could help each other.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-practice-week-after-2 = Decided, from who was there, whether that event is worth going to again.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-practice-week-after-3 = Noted what the evening brought you against the hours it took.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-practice-week-after-4 = Arranged to see someone again simply to get to know them better.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-practice-week-after-5 = Wrote a short personal note to the people you talked with.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-goal-noted-roi = Of the events you went to in the past three months, for how many did you afterwards note what it brought you against the hours it took?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-trade-stand-v2 = At a trade show, a visitor to your stand says: "You have to call me, I have an urgent project."
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-trade-stand-v2-1 = Scan their badge, add them to the follow-up list with everyone else, and greet the next visitor.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-trade-stand-v2-2 = Take it as the hot lead of the day, give them a brochure and two cards, and tell your team the news.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-trade-stand-v2-3 = Thank them warmly and take their card without getting carried away, then go back to chatting with the friendly people on the next stand.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-trade-stand-v2-4 = Take them at their word and talk the whole project through there and then; one good lead pays for the show.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-expect-counted-lead = In the past three months, how many times did you count on work from someone you had just met at an event (you set time aside, told your team or planned with it) before you had even spoken to them again?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-morning-after-v2 = It is the morning after an event, and new cards are lying on your desk.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-morning-after-v2-1 = Add everyone to your contacts and your mailing list in one go, then check which event is next.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-morning-after-v2-2 = Spread them out, remember the fun conversations, and promise yourself to write to everyone soon.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-morning-after-v2-3 = There are only a couple; the evening was a pleasant break with people you like, which is all you wanted from it.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-morning-after-v2-4 = Write a long, warm message to each person you liked, explaining your business and asking who they could refer.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-followup-waiting = Right now, how many messages from people you met at events in the past three months have waited more than a week for your reply?

# A practice question: the question, then five answers, each a good practice (shown shuffled; they should look equally good).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-practice-choosing = The last time you chose between two events in the past three months, what decided it?
# TODO(translate): new with the question bank in catalogs, not yet translated
q-practice-choosing-1 = Which one would bring the audience you want, judged by its organiser and its guest list.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-practice-choosing-2 = Which one served the goal you had set yourself for those weeks.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-practice-choosing-3 = Where you could get to know a few people well, even if no work came of it soon.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-practice-choosing-4 = Where you would see people you had met before and promised to talk to again.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-practice-choosing-5 = Where you could be most useful to people you know, with an introduction or a tip.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-open-night-v2 = You are invited to a large, free, open networking night with no programme.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-open-night-v2-1 = Go: a big crowd means plenty of contacts in very little time.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-open-night-v2-2 = Go: every new face is a chance, so you take plenty of cards.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-open-night-v2-3 = Go: a few friends will be there, and an easy evening in good company is a fine way to end the week.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-open-night-v2-4 = Go: you might meet someone there who is ready to send work your way.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-giving-needs-first = Think of the last event you went to in the past three months. In how many of your conversations did you say what you were looking for before you asked what the other person needed?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-choice-open-mixer = Of the events you went to in the past three months, how many were large, open mixers with no talk or programme?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-pick-event-v2 = You have room for one event this week. Which do you choose?
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-pick-event-v2-1 = The biggest one: the more people in the room, the more useful contacts in one evening.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-pick-event-v2-2 = Whichever sounds liveliest; you are still working out which kind of event suits you.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-pick-event-v2-3 = The one with good food and familiar faces, where you can unwind in good company after a hard week.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-pick-event-v2-4 = The one where you hope someone will finally send you a referral.

# A practice question: the question, then five answers, each a good practice (shown shuffled; they should look equally good).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-practice-most = Looking back over the events you went to in the past three months, which of these did you do most consistently?
# TODO(translate): new with the question bank in catalogs, not yet translated
q-practice-most-1 = Went with a goal, and added up afterwards what the events brought.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-practice-most-2 = Treated each first meeting as the start of an acquaintance, not as a sale.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-practice-most-3 = Wrote to new contacts within two days and fixed a date for every coffee.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-practice-most-4 = Offered help or an introduction before asking for anything.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-practice-most-5 = Chose events by their organiser, their audience and their programme.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-goal-out-of-habit = Of the events you went to in the past three months, how many did you go to out of habit, without a reason of your own for going to that one?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-coffee-meeting-v2 = A contact from last week has agreed to meet you for coffee.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-coffee-meeting-v2-1 = Fit it between two other meetings and keep it to a brisk twenty minutes.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-coffee-meeting-v2-2 = Turn up eager to tell them everything about your business and see where it leads.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-coffee-meeting-v2-3 = Treat it as a pleasant break: chat about holidays and families, and if business never comes up, that is fine by you.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-coffee-meeting-v2-4 = Tell them openly that you are hoping for new clients and would value any referrals they can send.
