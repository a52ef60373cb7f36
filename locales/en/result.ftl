### Screen 3: the result, own or shared, and the page about the styles.

# The style as the page's heading: one style, or every tied style.
# $styles (List): the styles' names
result-headline = { LIST($styles) }

# A tie: "Equal parts Pro and Mensch".
# $styles (List): the styles' names
result-blend-tie = Equal parts { LIST($styles) }

# "Mensch with a Pro streak".
# $primary (String), $secondary (String): styles
result-blend = { $primary ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
} with { $secondary ->
    [pro] a { -style-pro }
    [rookie] a { -style-rookie }
    [imposter] an { -style-imposter }
   *[mensch] a { -style-mensch }
} streak

# Under the heading, when there is a second style: "with a Pro streak".
# $secondary (String)
result-streak = with { $secondary ->
    [pro] a { -style-pro }
    [rookie] a { -style-rookie }
    [imposter] an { -style-imposter }
   *[mensch] a { -style-mensch }
} streak

result-tie-explained = The answers gave these styles exactly the same points, so netstyle names them all rather than pick one.

# Before a style's trap, in a tie (each tied style has its own).
# $style (String)
result-trap-of = The { $style ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
} trap:{ " " }
result-trap-label = The trap:{ " " }

result-eyebrow = Your networking style
result-eyebrow-shared = A shared result

result-none-title = No result yet
result-none-text = Finish the quiz once and your result will be shown here.

result-nav-style = Your style
result-nav-habits = Habits
result-nav-why = Why
result-nav-checklist = Checklist
result-nav-history = History

result-your-habits = Your habits
result-why-title = Why you got this
# $styles (List): the result's styles
result-why-lead = These answers pulled most towards the { LIST($styles) }:
result-why-agreed = You agreed with this.
# A count item (what the person did at their events) that pulled towards the style.
result-why-counted = You answered with a high count.
result-why-none = You skipped the questions that decide a style, so this result rests on very little.

result-checklist-title = Your checklist
result-checklist-lead = Tips for your style and for your two weakest habits. Tick them off as you go; they stay ticked.
# When every habit is strong: the tips for the two weakest habits give way to tips for keeping the habits.
result-checklist-lead-strong = Tips for your style and for keeping your habits strong. Tick them off as you go; they stay ticked.
# On the checklist, beside each tip for keeping strong habits.
result-checklist-keep-source = Keeping your habits

## Said plainly when every habit scores 70 or more.

result-habits-strong = Your habits are strong: every habit scores 70 or more.
result-habits-strong-why = Your style is how you come across; your habits say your hours at events pay off.
result-journal-link = Plan your next event and its follow-ups in the journal
result-history-title = Earlier results
result-history-empty = Your earlier results will appear here.
# When an earlier result was made, as a local date and time.
# $when (Number): milliseconds since 1970
result-history-when = { DATETIME($when, dateStyle: "medium", timeStyle: "short") }

result-your-profile = Your profile

# $style (String)
result-being = Being { $style ->
    [pro] a { -style-pro }
    [rookie] a { -style-rookie }
    [imposter] an { -style-imposter }
   *[mensch] a { -style-mensch }
}
result-your-strength = Your strength
result-the-trap = The trap
result-what-helps-link = What helps, and the other three styles

result-retake = Retake the quiz
result-retake-question = Start a new attempt? This result stays in your history.
result-retake-yes = Yes, retake

# The profile chart's accessible name.
# $shares (List): each style with its share, from profile-share
profile-title = Profile: { LIST($shares, type: "unit") }
# A style's share in the profile: "Pro 25%".
# $style (String), $share (Number): a fraction
profile-share = { $style ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
} { NUMBER($share, style: "percent") }
# An earlier result's profile in the history list: "Pro 25%, Rookie 25%, ...".
# $shares (List)
profile-summary = { LIST($shares, type: "unit") }

## Too few scenes answered to tell a style.

not-enough-title = Not enough answers to tell your style yet
# $answered (Number): scenes answered; $scenes (Number): scenes in the quiz; $needed (Number): scenes needed
not-enough-lead = { $answered ->
    [0] You skipped every scene
   *[other] You answered { $answered } of the { $scenes } scenes
}. The scenes are what tell the styles apart, and netstyle needs at least { $needed } of them answered before it names one, rather than guess.
not-enough-kept = Your answers so far are kept. Answer a few of the scenes you skipped and your result will be ready.
not-enough-answer = Answer the skipped scenes

## Sharing a result.

share-title = My networking style
share-button = Share your result
share-done = Shared.
share-copied = Link copied to the clipboard.
share-failed = Could not copy the link automatically. Select it below and copy it.
share-link-label = Your share link
share-note = The link shows your profile and habits, never your answers.
share-group-link = Compare your result with a group's

## A result opened from a link.

shared-damaged-title = This result link could not be opened
shared-damaged-ask = Ask the person who sent it for a fresh link. Nothing on your device was changed.
shared-their-profile = Their profile
shared-their-habits = Their habits
shared-habits-strong = Their habits are strong: every habit scores 70 or more.
shared-habits-strong-why = Their style is how they come across; their habits say their hours at events pay off.
# On the result card, when every habit scores 70 or more.
card-habits-strong = Strong habits: every one at 70 or more.
shared-compare = Compare with mine
shared-hide-compare = Hide the comparison
shared-side-by-side = Side by side
# $blend (String): their blend label
shared-theirs = Theirs: { $blend }
# $blend (String): your blend label
shared-yours = Yours: { $blend }
shared-habit-caption = Habit scores out of 100
shared-habit = Habit
shared-theirs-column = Theirs
shared-yours-column = Yours
# $theirs (String), $mine (String): their style and yours
shared-pair-title = How { $theirs ->
    [pro] a { -style-pro }
    [rookie] a { -style-rookie }
    [imposter] an { -style-imposter }
   *[mensch] a { -style-mensch }
} and { $mine ->
    [pro] a { -style-pro }
    [rookie] a { -style-rookie }
    [imposter] an { -style-imposter }
   *[mensch] a { -style-mensch }
} work best together

## The page about the four styles.

styles-title = The four networking styles
styles-lead = None of the four is networking done right. Each has a strength worth keeping and a trap that costs time; what makes the hours pay off are the habits that help.
# $style (String)
styles-card-title = The { $style ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
}
styles-mine = Your latest result
styles-strength = Strength
styles-trap = Trap
styles-helps = What helps
styles-back-to-result = Back to your result
styles-to-start = To the start
styles-find-yours = Find your style

## A link the app cannot read.

unknown-title = This link does not lead anywhere
unknown-text = The address may be incomplete or mistyped. Nothing on your device was changed.
unknown-go = Go to the quiz
