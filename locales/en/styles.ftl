### The four styles and the five habits: names, portraits, traps and what helps.
### Style names are terms, so a sentence that names a style can give it the
### article and case its language needs. In English they keep their names.

-style-pro = Pro
-style-rookie = Rookie
-style-imposter = Imposter
-style-mensch = Mensch

# The name of a style on its own (headings, charts, legends).
# $style (String): pro, rookie, imposter or mensch
style-name = { $style ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
}

# The name with its indefinite article, inside a sentence: "You are an Imposter."
# $style (String): pro, rookie, imposter or mensch
style-with-article = { $style ->
    [pro] a { -style-pro }
    [rookie] a { -style-rookie }
    [imposter] an { -style-imposter }
   *[mensch] a { -style-mensch }
}

# What the style's name means here, in a few words, shown beside the name on
# the welcome screen, the styles page and the result. Each language writes its
# own: it keeps a name from reading as an insult (Imposter as "fraud") or as
# something else (Mensch as "human being" in German).
# $style (String): pro, rookie, imposter or mensch
style-gloss = { $style ->
    [pro] As in professional: practised, quick and at home in a crowd.
    [rookie] As in sport: a newcomer, still finding their way around the room.
    [imposter] Not a fraud: a guest at heart, there for the company more than for business.
   *[mensch] Yiddish for a decent, kind person.
}

# One line in the third person, introducing a style (welcome screen).
style-gist = { $style ->
    [pro] Works the whole room at speed, collects contacts and is gone early.
    [rookie] New to the room, friendly, and quick to hand over a business card.
    [imposter] Comes for the food, the drinks or old friends, not for new contacts.
   *[mensch] Open, honest and well-meaning, hoping for referrals and real connections.
}

# The one-line portrait on the result page.
style-tagline = { $style ->
    [pro] You cover the whole room at speed and leave with a pocket full of contacts.
    [rookie] You turn up curious and friendly, and hand a card to everyone you meet.
    [imposter] You come for something other than business: the company, the food and drinks, or a break from work.
   *[mensch] You come with good intentions, say plainly what you do, and hope for real connections.
}

# What this style does well.
style-strength = { $style ->
    [pro] You are at ease with strangers and meet more people in an hour than most do in an evening. Your energy opens doors.
    [rookie] You are approachable and people find you easy to talk to. You show up and give it a go, which is where every good networker began.
    [imposter] You are relaxed company and nobody feels pushed by you. You know how to enjoy an evening, and the people you already know are glad you came.
   *[mensch] People can trust you. You say plainly what you do, and you want the people you meet to do well.
}

# What tends to go wrong for this style.
style-trap = { $style ->
    [pro] Breadth without depth: you meet many people, but few of them ever become a working relationship.
    [rookie] Quantity over quality: lots of cards change hands, but there is no plan behind them and no follow-up after.
    [imposter] The evening costs you hours and gives nothing back, because nobody gets to know you.
   *[mensch] Your intent is good, but your approach is unpolished: you ask for referrals before anyone knows you, so people smile, nod and drift on.
}

# Three concrete changes that turn the strength into results; $n is 1, 2 or 3.
style-help = { $style ->
    [pro] { $n ->
        [1] Choose the two or three people worth a real conversation and stay long enough to learn what they need.
        [2] Write to each of them within two days and suggest a next step.
       *[3] Count the relationships an event started, not the cards you brought home.
    }
    [rookie] { $n ->
        [1] Go with one goal, such as meeting two people who serve the clients you want.
        [2] Trade the stock opener for a question about what the other person is working on.
       *[3] Hand out fewer cards, and follow up on every card you take home.
    }
    [imposter] { $n ->
        [1] Decide before you go whether the evening is for business or for unwinding, and pick the event to match.
        [2] Prefer events with a talk or a discussion, where conversations start by themselves.
       *[3] Set yourself one small aim, such as a single new conversation before you head for the buffet.
    }
   *[mensch] { $n ->
        [1] Give before you ask: pass on an introduction or a useful contact first.
        [2] Keep the request for referrals until you have met again and know each other.
       *[3] When you ask, ask for one specific kind of help that people can act on straight away.
    }
}
