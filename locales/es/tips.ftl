### The checklist's tips: for each style, for each habit, for keeping strong
### habits, and for each pair of styles (on a shared result, compared with
### the reader's own). Each tip is one instruction to the reader.

## The checklist on the result page.

# When in the life of an event a tip applies: the checklist's three headings.
# $phase (String): before, at or after
# TODO(translate): new with the screens' texts in catalogs, not yet translated
checklist-phase = { $phase ->
    [before] Before the event
    [at] At the event
   *[after] After the event
}
# How far along the checklist the reader is: "3 of 12 done".
# $done (Number): tips ticked; $total (Number): tips on the list
# TODO(translate): new with the screens' texts in catalogs, not yet translated
checklist-progress = { $done } of { $total } done
# TODO(translate): new with the screens' texts in catalogs, not yet translated
checklist-print = Print my checklist
# Under a tip: the style it is for.
# $style (String): pro, rookie, imposter or mensch
# TODO(translate): new with the screens' texts in catalogs, not yet translated
checklist-for-style = For the { $style ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
}
# Under a tip: the habit it is for.
# $habit (String): expectations, follow-up, giving-first, event-choice or goal-roi
# TODO(translate): new with the screens' texts in catalogs, not yet translated
checklist-for-habit = Habit: { $habit ->
    [expectations] Expectations
    [follow-up] Follow-up
    [giving-first] Giving first
    [event-choice] Event choice
   *[goal-roi] Goal & ROI
}

## Tips for each style (Pro, Rookie, Imposter, Mensch, in that order).

# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-pro-three = Pick three people you want a real conversation with, instead of a number of cards to collect.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-pro-linger = Stay with a good conversation for ten minutes or more: depth beats a fast lap.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-pro-their-goals = Ask one question about the other person's goals before you mention your own.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-pro-next-step = Within two days, write to the three people you spoke with longest and propose a concrete next step.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-pro-prune = Once a month, look at who you have actually helped or been helped by, and spend your time on them.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-rookie-one-sentence = Decide in one sentence what you want from the evening before you leave the house.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-rookie-opener = Prepare a better opener than "So, what do you do?", for example "What brought you here tonight?"
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-rookie-fewer-cards = Give your card only after a conversation that went somewhere.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-rookie-notes = Jot on the back of each card you receive what you talked about and what you promised.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-rookie-best-three = Sort the cards the next morning and follow up with the best three before the week is out.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-imposter-worth-it = Only go to events whose topic or audience matters to your work; skip the ones you would attend for the buffet.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-imposter-target = Set a small target: two real conversations first, then the food.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-imposter-queue = Use the buffet queue: it is the easiest place in the room to start talking to someone.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-imposter-answer = Have a short, friendly answer ready for when someone asks what you do.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-imposter-swap = If an evening gave you nothing, spend the next one writing thank-you notes to your customers instead.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-mensch-two-sentences = Practise saying what you do and who you help in two sentences, so others can pass it on.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-mensch-research = Look up the organiser and the likely guests so you can ask sharper questions.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-mensch-specific = Ask for something specific, such as an introduction to a bookkeeper who works with cafés.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-mensch-give = Offer a referral or a useful contact before you hope for one in return.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-mensch-coffee-first = After a good first talk, suggest a coffee to learn about their work, and leave any request for referrals until you know each other.

## Tips for each habit (Expectations, Follow-up, Giving first, Event choice, Goal & ROI).

# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-expect-outcome = Write down what a good evening looks like: a few promising conversations, not signed deals.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-expect-learn = Do not pitch; learn enough about each person to know whether you want to meet again.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-expect-judge = Judge an event by the relationships it starts over the following months, not by that week's sales.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-expect-maybe-lead = Treat an eager "call me, I have a project" at a stand or a mixer as a maybe: follow it up once, then judge it by what happens next.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-expect-one-lead = Before you pay for a stand or a ticket because "one good lead pays for it", count how many such leads the last ones actually brought.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-followup-block = Block thirty minutes on the morning after the event for follow-up, and nothing else.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-followup-date = When someone says "let's have coffee", agree on a date there and then.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-followup-48h = Send your thank-you notes within 48 hours, and answer every follow-up request you receive.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-followup-prepared = Go to the follow-up meeting prepared: read up on the person and their website, bring questions, and know what you want it to lead to.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-giving-two = Think of two people in your network you could introduce to someone new.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-giving-listen = Listen for what the other person needs and offer a contact, an article or an idea.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-giving-first = Make one introduction or referral for a new contact before you ask them for anything.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-choice-check = Check the organiser, the sponsors and the venue before you sign up.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-choice-managed = Prefer managed events with a talk or workshop over open mixers with no programme.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-choice-drop = Drop events where your audience or partners never turn up, however pleasant they are.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-choice-paid-try = Give paid events and those with a talk or workshop a try: people who pay or come to learn tend to be there on purpose.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-choice-keep-going = When events disappoint, change which ones you go to before you give up on networking altogether.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-goal-one = Set one goal per event, such as meeting a partner who serves the same clients as you.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-goal-ask = Say out loud what help you are looking for: people can only help with what they know.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-goal-log = Keep a simple log of the hours you spend and what came of them, and review it each quarter.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-goal-customers = If a season of events brought nothing, spend those hours on your customers: thank them, and ask whom they could introduce you to.

## Tips for keeping strong habits, when every habit scores 70 or more.

# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-keep-review = Once a quarter, look again at which events brought relationships and work, and drop the ones that did not.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-keep-one-goal = Keep setting one goal per event, even for events you know well; the habit fades fastest where it feels least needed.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-keep-give = Pass on what works: introduce a newer networker to someone useful, or show them how you follow up.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-keep-slot = Keep your follow-up slot in the diary in busy weeks too; follow-up is the habit that slips first.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
tip-keep-journal = Note in the journal whom you met and what you promised, so a busy month does not undo the habits.

## How two styles work best together: two tips for each pair of styles,
## shown under "How a Pro and a Mensch work best together".

# TODO(translate): new with the screens' texts in catalogs, not yet translated
pair-tip-pro-pro-1 = You both know everyone: swap one warm introduction each month instead of collecting more names.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
pair-tip-pro-pro-2 = Meet one to one, away from events, where neither of you has to rush to the next person.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
pair-tip-pro-rookie-1 = The Pro can point out which events are worth the evening; the Rookie can remind the Pro to slow down and follow up.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
pair-tip-pro-rookie-2 = Go to one event together: the Pro makes the introductions, the Rookie keeps notes and sends the follow-ups.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
pair-tip-pro-imposter-1 = At the next event the Pro can bring the Imposter into two conversations: one gets a way in, the other a grateful ally.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
pair-tip-pro-imposter-2 = Choose a managed event with a talk, so there is more to discuss than the buffet.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
pair-tip-pro-mensch-1 = Reach meets depth: let the Pro make introductions and the Mensch turn them into relationships.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
pair-tip-pro-mensch-2 = After each event, agree who follows up with whom, so no contact falls between you.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
pair-tip-rookie-rookie-1 = Prepare together: each of you sets one goal for the event and you check in with each other halfway.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
pair-tip-rookie-rookie-2 = Hold each other to a follow-up deadline of 48 hours.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
pair-tip-rookie-imposter-1 = Make a pact: two real conversations each before anyone visits the buffet.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
pair-tip-rookie-imposter-2 = Compare notes the next day; talking it over turns an evening out into practice.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
pair-tip-rookie-mensch-1 = The Mensch can show how a card becomes a conversation; the Rookie's energy helps the Mensch start more of them.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
pair-tip-rookie-mensch-2 = Rehearse your two-sentence introductions on each other before the event.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
pair-tip-imposter-imposter-1 = Pick one event with an educational programme and go together; the talk gives you both an easy opener.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
pair-tip-imposter-imposter-2 = Agree that each of you introduces the other to one new person there.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
pair-tip-imposter-mensch-1 = The Mensch can introduce the Imposter to people worth meeting; the Imposter can show the Mensch how to relax into a room.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
pair-tip-imposter-mensch-2 = Meet for coffee first and work out who in each other's network you could help.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
pair-tip-mensch-mensch-1 = You both mean well: be the first to hand each other a concrete referral.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
pair-tip-mensch-mensch-2 = Practise asking for something specific, and check that each other's follow-up meetings are prepared.
