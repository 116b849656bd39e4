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
//     plans to, is due to, is expected to, next ...) stands near the
//     expression in the same sentence, in which case the coming one is meant;
//     "last Friday" is the most recent Friday before the article day, "next
//     Friday" the first one after it, "this Friday" the one of the article's
//     ISO week;
//   - months and days without a year take the latest such month not after
//     the article month, or with a future cue the next one (the article month
//     counts in both cases);
//   - deictic and anaphoric expressions: "yesterday", "last week" (ISO week
//     value), "two years ago" (anchored to the article date) and "the next
//     day", "two days later" (anchored to the last day-precision date tagged
//     earlier in the same text, else the article date);
//   - "N days after <clause>" dates the embedded clause: from the built-in
//     event table (events.txt: US inaugurations and election days) when the
//     clause names one, else N days before the reference date; unknown
//     anchors without a reference stay unresolved;
//   - seasons, halves, quarters, holidays, times of day, durations, sets and
//     vague references (PRESENT_REF, PAST_REF, FUTURE_REF).
//
// Every expression carries the name of the rule that found it, for
// --explain. Rules are data (rules.go): small token patterns compiled once by
// New into an index keyed by their first token, so tagging a sentence is a
// single left-to-right scan with no regular expressions.
package timex
