// Package timex is the temporal tagger of annals.
//
// In the pipeline it runs after tokenisation (it needs only the article text
// and the article date) and before event dating: the event stage asks it for
// the temporal expressions of a sentence and uses their resolved dates to pin
// events in time.
//
// Tag finds expressions in TimeML/TIMEX3 style (types DATE, TIME, DURATION
// and SET) and normalises each one against the anchor, the article date:
//
//   - explicit dates ("Jan. 6, 2021", "6 January 2021", "2021-01-06",
//     "February 2022", "in 2014", "the 1990s");
//   - weekdays, read as past in news ("on Friday" is the most recent Friday,
//     the article day itself included) unless a future cue (will, is to,
//     plans to, is due to, is expected to, next ...) governs the expression
//     in its sentence, in which case the coming one is meant; "last Friday"
//     is the most recent Friday before the article day but never yesterday
//     (a writer would say "on Friday"), "next Friday" the first one after
//     it but never tomorrow, "this Friday" the coming one unless the
//     sentence is in the past; with no tense cue at all the nearer one;
//   - months and days without a year take the latest such month not after
//     the article month, or with a future cue the next one (the article
//     month counts in both cases); after "until", "till", "by" the nearest
//     one; a day up to 60 days ahead in a sentence with no tense cue at all
//     is upcoming ("takes office on January 20");
//   - deictic and anaphoric expressions: "yesterday", "last week" (ISO week
//     value), "two years ago" (anchored to the article date) and "the next
//     day", "two days later" (anchored to the last day-precision date tagged
//     earlier in the same text, else the article date);
//   - "a day after Trump was inaugurated", "the day after the inauguration"
//     denote the day after the anchoring event: resolved when the clause
//     names an event of the built-in table (events.txt: US inaugurations
//     and election days, the latest one on or before the article date whose
//     context words occur in the sentence), with Expr.Event set to the
//     event's own date; any other "N days after <clause>" stays unresolved
//     (Value ""), while "a week after." or "a week later" with no clause
//     counts from the reference date;
//   - seasons, halves, quarters, holidays, times of day, durations, sets and
//     vague references (PRESENT_REF, PAST_REF, FUTURE_REF).
//
// Conventions: spans leave out governing prepositions ("on [Friday]",
// "for [three weeks]") but keep determiners and modifiers ("[the 1990s]",
// "[late last year]", "[more than three years]", with Expr.Mod); seasons
// are SP, SU, FA, WI, a winter labelled with the year of its December;
// weeks, seasons, halves and quarters give the coarsest Date containing
// them (a week inside one month gives that month, else its year, else
// nothing); decades, durations, sets and vague references give no Date.
//
// Every expression carries the name of the rule that found it, for
// --explain. Rules are data (rules.go): small token patterns compiled once by
// New into an index keyed by their first token, so tagging a sentence is a
// single left-to-right scan with no regular expressions.
package timex
