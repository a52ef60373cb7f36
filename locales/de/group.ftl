### "Compare a group": the result links a person collected (up to 12), what
### the group adds up to, the group link, and a group opened from a link.

## The group's page.

# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-title = Compare a group
# $limit (Number): how many results a group holds
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-lead = Collect the result links of the people you network with, up to { $limit }, and see your mix: each person's style, the group's average profile and habits, and tips for the group.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-on-device = The group is kept on this device. Names you give stay here too, unless you choose to put them in the group link.

## Adding results.

# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-add-title = Add results
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-add-label = Result links, one a line
# $room (Number): places left; $limit (Number): places in a group
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-add-hint = Paste one link or several. { $room } of { $limit } places left.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-add-button = Add to the group
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-add-mine = Add my own result
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-add-empty = Paste at least one result link first.
# What adding did. $added (Number): entries added
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-added = { $added ->
    [0] Nothing was added.
    [one] Added 1 entry.
   *[other] Added { $added } entries.
}
# What adding did when the group ran full. $added (Number); $left (Number): entries that did not fit; $limit (Number)
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-added-full = { $added ->
    [0] Nothing was added.
    [one] Added 1 entry.
   *[other] Added { $added } entries.
} { $left } did not fit: a group holds { $limit }.
# After adding a shared group's people to one's own. $added (Number), $left (Number), $limit (Number)
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-added-from-link = { $left ->
    [0] { $added ->
        [0] Nothing was added.
        [one] Added 1 entry.
       *[other] Added { $added } entries.
    } Your group is under Compare a group.
   *[other] { $added ->
        [0] Nothing was added.
        [one] Added 1 entry.
       *[other] Added { $added } entries.
    } { $left } did not fit: a group holds { $limit }. Your group is under Compare a group.
}

## The people in the group.

# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-people-title = People in the group
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-people-none = No one yet. Add the result links people shared with you, or your own result.
# $count (Number): entries that hold no result
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-people-damaged = { $count ->
    [one] 1 entry holds no result. It is kept below so you can see which one; the rest of the group still counts.
   *[other] { $count } entries hold no result. They are kept below so you can see which ones; the rest of the group still counts.
}
# Before an entry's style. $number (Number): the entry's place in the list
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-entry = Entry { $number }:{" "}
# $number (Number)
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-entry-name = Name for entry { $number } (optional)
# $number (Number)
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-entry-remove = Remove entry { $number }
# $number (Number)
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-entry-not-a-link = Entry { $number } is not a netstyle result link. A result link ends in #/r/ followed by 18 letters and digits.
# $number (Number); $reason (String): why the link is damaged, a link-* text
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-entry-damaged = Entry { $number } is damaged. { $reason }
# A person without a name. $number (Number)
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-person = Person { $number }

## What the group adds up to.

# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-profile-title = The group's average profile
# $count (Number): people with a result
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-profile-lead = { $count ->
    [one] The average of 1 person's results.
   *[other] The average of { $count } people's results.
}
# How many lean to each style: "Leaning to each style: Pro: 2 people, Rookie: 0 people, ...".
# $counts (List): group-style-count for each style
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-counts = Leaning to each style: { LIST($counts, type: "unit") }.
# $style (String); $count (Number)
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-style-count = { $style ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
}: { $count ->
    [one] 1 person
   *[other] { $count } people
}
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-habits-title = Styles and habits
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-habits-level = The habits are level: no habit's average is clearly ahead of the others.
# $habits (List): the habits' names; $average (Number): their average score, 0 to 100
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-strongest = Strongest habit: { LIST($habits) } (average { $average } of 100)
# $habits (List), $average (Number)
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-weakest = Weakest habit: { LIST($habits) } (average { $average } of 100)
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-table-caption = Everyone's style and habit scores (out of 100)
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-col-person = Person
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-col-style = Style
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-average = Average
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-dash-hint = A dash means that person skipped every statement about the habit.

## Tips for the mix.

# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-tips-title = Tips for the mix
# For a habit the group scores low on.
# $habit (String): expectations, follow-up, giving-first, event-choice or goal-roi
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-tip-habit = { $habit ->
    [expectations] Agree before the next event that it is there to start conversations, not to close deals, and judge the evening by the relationships it begins.
    [follow-up] Follow-up is where this group has the most to gain. Before the next event, agree who writes to whom within two days of it, and spend five minutes at your next meeting on what came of those messages.
    [giving-first] Before an event, let each person name one introduction or one piece of help they could offer someone there. Offering first makes the later requests easier for all of you.
    [event-choice] Go through the coming events together and keep the ones your clients or partners actually attend. A shared list spares each of you evenings that lead nowhere.
   *[goal-roi] Give each event a goal you can check, such as two follow-up meetings, and afterwards compare the hours you spent with what came of them, as a group.
}
# For a group where more than half lean to one style.
# $style (String)
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-tip-majority = { $style ->
    [pro] Most of you cover a room quickly. What a room full of Pros tends to miss is depth: let each person choose two or three people to get to know properly, and book the second conversation before leaving.
    [rookie] Most of you are still finding your way at events. Go in with a plan: who you want to meet and why, and one sentence each on what you are looking for, so the evening has a direction.
    [imposter] Most of you come for the company or a break, and that is worth having. For the events meant for business, choose them on purpose and set each person one small goal; keep the others as the easy evenings they are.
   *[mensch] Most of you bring good intent and build trust easily. Let the trust grow before asking: give a referral or some help first, and keep your own requests for people who already know your work.
}
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-tip-broad = Your styles differ, which is useful: pair up people of different styles at the next event, so those who meet many people make introductions and those who stay longer follow them through.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-tip-level = Your habits are level, with none clearly ahead or behind. Pick one habit to practise together for the next few events and compare notes afterwards.

## Sharing the group.

# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-share-title = Share the group
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-share-lead = The link carries each person's profile and habits, like a result link. Whoever opens it sees this comparison.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-share-names = Put the names in the link
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-share-names-on = Anyone with the link will see the names you gave.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-share-names-off = Without names, the link shows Person 1, Person 2 and so on.
# $count (Number): entries left out
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-share-left-out = { $count ->
    [one] 1 entry holds no result and is left out of the link.
   *[other] { $count } entries hold no result and are left out of the link.
}
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-share-button = Share the group link
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-share-link = Group link
# The title the share sheet gets.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-share-sheet-title = Our networking styles

## A group opened from a link.

# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-shared-eyebrow = A shared group
# $count (Number): people in the group
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-shared-title = { $count ->
    [one] A group of one
   *[other] A group of { $count }
}
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-shared-no-names = The person who shared it left the names out, so everyone is shown by number.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-shared-add = Add them to my group
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-shared-open-mine = Open my group
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-damaged-title = This group link could not be opened
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-damaged-own = Compare a group of your own
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-link-empty = The link has no group in it.
# $max (Number): the longest code
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-link-too-long = The link is longer than any netstyle group link ({ $max } characters after #/g/); something was added to it, or two links ran together.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-link-bad-characters = The link contains characters that a netstyle group link never has.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-link-damaged = The link is incomplete or was changed on its way to you; it may have been cut off when it was copied.
# $format (Number)
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-link-newer = The link was made by a newer version of netstyle (group format { $format }). Reload the page to get the latest version.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-link-out-of-range = The link holds values that no netstyle group can have.
# $number (Number): the person's place in the link; $reason (String): a link-* text
# TODO(translate): new with the screens' texts in catalogs, not yet translated
group-link-person = Person { $number } in the link could not be read. { $reason }
