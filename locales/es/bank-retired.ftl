### Questions of earlier versions of the quiz, no longer asked. A result made
### with them still shows them under "why you got this result". Message ids:
### q-<id> is the question, q-<id>-<n> its n-th answer in the bank's order.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-arrival = You walk into a mixer where you know nobody. What do you do in the first ten minutes?
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-arrival-1 = Scan the room for the most useful people and start a quick lap to meet them all.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-arrival-2 = Walk up to the nearest person, card already in hand, and ask what they do.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-arrival-3 = Get a drink at the bar and find a quiet spot to watch from.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-arrival-4 = Join a small group, listen for a while, then say honestly what you do and what you hope to find.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-buffet = The organiser announces that the buffet is open.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-buffet-1 = Skip it: the queue is slow and there are still people to meet.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-buffet-2 = Join the queue and give a card to whoever stands next to you.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-buffet-3 = Perfect timing. You fill a plate and settle in for the evening.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-buffet-4 = Join the queue and ask the person beside you what brought them here.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-card = Someone you met five minutes ago asks for your business card.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-card-1 = Swap cards quickly and move on; there are thirty more people to see.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-card-2 = Hand over two, in case they know somebody else who needs you.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-card-3 = Pat your pockets, admit you brought none, and turn back to your drink.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-card-4 = Give it, and ask what kind of client or partner would be a good introduction for them.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-speaker = A guest speaker begins a short talk on where your industry is heading.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-speaker-1 = Use the talk to slip out: you have already met everyone worth meeting.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-speaker-2 = Listen politely while you flick through the cards you have collected.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-speaker-3 = Stay at the back, close to the snacks, until it is over.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-speaker-4 = Listen closely and note a question to ask the speaker afterwards.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-morning = It is the morning after an event and a stack of new cards lies on your desk.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-morning-1 = Add them all to your contacts in one go and check which event is next.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-morning-2 = Put the stack in a drawer; you will get to it when things calm down.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-morning-3 = What stack? You came home well fed and without a single card.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-morning-4 = Write a warm note to the people you liked and hope they answer.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-pitch = Someone asks you: "So, what do you do?"
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-pitch-1 = Deliver a polished twenty-second pitch and ask for their card.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-pitch-2 = Tell them all about your business, then ask them the same question back.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-pitch-3 = Keep it vague and steer the chat towards the wine.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-pitch-4 = Explain openly, and mention how much a referral would mean to you.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-hour = You are one hour into a two-hour event. Where are you?
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-hour-1 = On your way out: you have met the people you came for.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-hour-2 = Still going from person to person, with a few cards left to hand out.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-hour-3 = At the buffet, on your second plate.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-hour-4 = Deep in a long conversation with one person you only just met.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-coffee = A person you just met says: "We should grab a coffee sometime."
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-coffee-1 = Say "absolutely" and keep moving; you say that to everyone.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-coffee-2 = Agree with enthusiasm, but leave without setting a date.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-coffee-3 = Say you will be in touch and turn back to the cheese board.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-coffee-4 = Say you would love to, suggest a day, and hope they still mean it.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-invite = You are invited to a large, free, open networking night with no programme.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-invite-1 = Go: a big crowd means plenty of new contacts in little time.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-invite-2 = Go: it sounds like a good way to learn how networking works.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-invite-3 = Go: the invitation mentions an open bar.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-invite-4 = Go, hoping to meet someone who will send work your way.

# A statement rated on an agreement or frequency scale.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-goal-ask = I ask people for specific help, for example "I'm looking for a good graphic designer".

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-first-minutes = You walk into a busy mixer where you know almost nobody. How do you spend the first fifteen minutes?
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-first-minutes-1 = Do a quick lap to see who is here, and greet as many people as you can before settling anywhere.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-first-minutes-2 = Start with whoever is standing nearest, ask what they do, swap cards, and move on to the next friendly face.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-first-minutes-3 = Get a drink, find the one or two people you already know, and ease into the evening with them first.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-first-minutes-4 = Join a small group and tell them openly what your business does and the kind of clients you are hoping to meet.

# A statement rated on an agreement or frequency scale.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-expect-business = When I go to a networking event, I expect to come home with new business.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-buffet-open = The organiser announces that the buffet is open.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-buffet-open-1 = Keep moving: while the room queues for food, you can reach the people you still wanted to meet.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-buffet-open-2 = Join the queue, chat with whoever is next to you, and hand out a few cards on the way without quite keeping track.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-buffet-open-3 = Take a full plate to a table and enjoy a proper meal; good food is part of what makes the evening worth it.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-buffet-open-4 = Join the queue and tell the person beside you frankly what you do, hoping they know someone who needs it.

# A statement rated on an agreement or frequency scale.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-followup-thanks = After an event I send a short thank-you note to the people I talked with.

# A statement rated on an agreement or frequency scale.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-giving-introduce = I introduce people I meet to someone who could help them, without expecting anything back.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-card-request = Someone you have talked with for five minutes asks for your card.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-card-request-1 = Swap cards, say it was good to meet, and move on; there are others you want to see before you go.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-card-request-2 = Give them two, one to pass on to a friend, and ask for a couple of theirs as well.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-card-request-3 = Hand one over with a smile, chat a little longer, then rejoin the old colleagues you came with.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-card-request-4 = Hand it over and describe the kind of client you are after, asking them to send any your way.

# A statement rated on an agreement or frequency scale.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-choice-free = I go to any event I am invited to, as long as it is free.

# A statement rated on an agreement or frequency scale.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-goal-target = I arrive at an event with a clear goal, such as one person or one kind of contact I want to meet.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-guest-talk = A guest speaker starts a twenty-minute talk on where your industry is heading.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-guest-talk-1 = Be the first to shake the speaker's hand and swap cards as the talk ends, then head to your next appointment.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-guest-talk-2 = Clap warmly, then turn to the people nearby with your cards ready and ask each of them what they do.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-guest-talk-3 = Enjoy the talk from a good seat with a drink, and chat about it afterwards with the friend you came with.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-guest-talk-4 = Thank the speaker afterwards, tell them honestly how the topic touches your own business, and ask who you should talk to.

# A statement rated on an agreement or frequency scale.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-expect-relationship = I see an event as the first step towards a relationship, not as a chance to sell.

# A statement rated on an agreement or frequency scale.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-followup-pile = The cards I collect end up in a pile, and I rarely contact those people again.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-what-you-do = Someone asks you: "So, what do you do?"
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-what-you-do-1 = Give a crisp thirty-second pitch, swap details, and keep the conversation moving.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-what-you-do-2 = Launch into your business with real enthusiasm, hand them your card, then ask what they do.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-what-you-do-3 = Keep it short and turn to something you both enjoy, like the venue or the food; work can wait till Monday.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-what-you-do-4 = Explain plainly what you do, and ask straight away whether they know anyone who might need it.

# A statement rated on an agreement or frequency scale.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-giving-wait = I wait for someone to send me a referral before I send one to them.

# A statement rated on an agreement or frequency scale.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-choice-check = Before I sign up for an event, I check who organises it, who sponsors it and who is likely to come.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-one-hour-in = You are one hour into a two-hour event. Where are you?
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-one-hour-in-1 = Heading for the door: you have met the people you came for and have somewhere else to be.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-one-hour-in-2 = Still going from group to group, with a few cards left to hand out before the end.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-one-hour-in-3 = Sitting with two old friends you ran into; it has turned into a lovely catch-up.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-one-hour-in-4 = Still deep in your first conversation, which has become a heartfelt talk about your business and its future.

# A statement rated on an agreement or frequency scale.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-goal-cards = I judge an event by how many cards I bring home.

# A statement rated on an agreement or frequency scale.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-followup-coffee = When someone suggests meeting for coffee, I fix a date within a few days.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-coffee-sometime = A person you have just met says: "We should grab a coffee sometime."
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-coffee-sometime-1 = Say "definitely", swap details and move on; you hear that a dozen times an evening.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-coffee-sometime-2 = Agree warmly and add their card to your growing stack, planning to sort out the details later.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-coffee-sometime-3 = Smile and say maybe; you came for a relaxed night out, not to fill your diary with more meetings.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-coffee-sometime-4 = Say you would love to, and tell them right away about the kind of client you hope they could send you.

# A statement rated on an agreement or frequency scale.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-giving-help-first = In a conversation, I ask how I could help before I mention what I need.

# A statement rated on an agreement or frequency scale.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-choice-learn = I prefer events with a talk or workshop where I learn something from an expert.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-trade-stand = At a trade show, a visitor to your stand says: "You have to call me, I have an urgent project."
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-trade-stand-1 = Scan their badge, add them to the follow-up list with everyone else, and greet the next visitor.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-trade-stand-2 = Take it as the hot lead of the day, give them a brochure and two cards, and tell your team the news.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-trade-stand-3 = Nod and take their card; you mostly came to cover the stand and catch up with the neighbours.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-trade-stand-4 = Take them at their word and talk the whole project through there and then; one good lead pays for the show.

# A statement rated on an agreement or frequency scale.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-expect-hot-lead = When someone I have just met says "call me, I have a project for you", I count on that call turning into work.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-morning-after = It is the morning after an event, and new cards are lying on your desk.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-morning-after-1 = Add everyone to your contacts and your mailing list in one go, then check which event is next.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-morning-after-2 = Spread them out, remember the fun conversations, and promise yourself to write to everyone soon.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-morning-after-3 = There are only a couple; the evening was a pleasant break with people you like, which is what you wanted.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-morning-after-4 = Write a long, warm message to each person you liked, explaining your business and asking who they could refer.

# A statement rated on an agreement or frequency scale.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-followup-requests = Messages from people I met at an event wait a week or more for my reply.

# A statement rated on an agreement or frequency scale.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-goal-roi = I keep track of whether the hours I spend at events actually lead to anything.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-open-night = You are invited to a large, free, open networking night with no programme.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-open-night-1 = Go: a big crowd means plenty of contacts in very little time.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-open-night-2 = Go: every new face is a chance, so you take plenty of cards.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-open-night-3 = Go: a few friends will be there, and it is a relaxed way to end the week.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-open-night-4 = Go: you might meet someone there who is ready to send work your way.

# A statement rated on an agreement or frequency scale.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-giving-ask-early = I ask new contacts for referrals before I have done anything for them.

# A statement rated on an agreement or frequency scale.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-choice-paid = I skip events that charge an entry fee: meeting people should not cost money.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-pick-event = You have room for one event this week. Which do you choose?
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-pick-event-1 = The biggest one: the more people in the room, the more useful contacts in one evening.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-pick-event-2 = Whichever sounds liveliest; you are still working out which kind of event suits you.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-pick-event-3 = The one where you will see familiar faces and can unwind after a hard week.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-pick-event-4 = The one where you hope someone will finally send you a referral.

# A statement rated on an agreement or frequency scale.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-expect-trust = I expect a new contact to need several meetings with me before they would pass on a referral.

# A statement rated on an agreement or frequency scale.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-goal-habit = I keep going to the same events out of habit, even when nothing has come of them for a long time.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-coffee-meeting = A contact from last week has agreed to meet you for coffee.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-coffee-meeting-1 = Fit it between two other meetings and keep it to a brisk twenty minutes.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-coffee-meeting-2 = Turn up eager to tell them everything about your business and see where it leads.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-coffee-meeting-3 = Enjoy a relaxed chat and let it wander; if business comes up, fine, but you will not push it.
# TODO(translate): new with the question bank in catalogs, not yet translated
q-scene-coffee-meeting-4 = Tell them openly that you are hoping for new clients and would value any referrals they can send.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-goal-decided = Of the events you went to in the past three months, for how many did you decide beforehand whom or what you wanted to find there?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-followup-coffees = In the past three months, how many coffees or calls did you actually have with people you first met at an event?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-giving-passed-on = In the past three months, how many useful contacts, tips or leads did you pass on to people you met at events, without being asked?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-choice-expert = Of the events you went to in the past three months, how many had a talk or a workshop by an expert in the field?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
# TODO(translate): new with the question bank in catalogs, not yet translated
q-expect-worth-people = Of the events you went to in the past three months, how many did you count as worthwhile because of the people you got to know, whatever business came of them?
