// Package actor is the actor stage of the pipeline: it compiles actor
// dictionaries (countries, places, people with dated offices,
// organisations, generic agents) into an index once, and finds actor
// mentions in tagged sentences: names by longest match, titles joined to
// names ("Chinese President Xi Jinping"), titles resolved to the
// office-holder on a date ("the Chinese leader"), agents attached to a
// country ("Russian state television", "police in Dhaka"), bare surnames
// after a first mention, and pronouns by salience.
//
// A sentence goes through these passes (Recognizer.Sentence):
//
//   - match: longest dictionary phrases and titles (recognize.go), a
//     country's name winning over a same-named place of another country
//     except after "CITY," ("Atlanta, Georgia": places.go); `not` phrases
//     ("Guinea pigs") are consumed and give no mention;
//   - compose: places, titles, names and agents joined into mentions
//     (compose.go); capitals as places or governments (places.go); bare
//     titles resolved from the article ("the president", "King Abdullah":
//     titles.go);
//   - surnames, hyphenated compounds ("Russian-Chinese", "U.S.-led":
//     hyphen.go) and coordination ("Saudi and Emirati officials":
//     coord.go);
//   - introduced names: a person the dictionary lacks, named after a role
//     ("Kremlin spokesman Dmitry Peskov", "Law Minister Anisul Huq") or an
//     office whose country comes from the article, is remembered with the
//     role's code for later surnames and pronouns (intro.go);
//   - group references (after pronouns): "the two countries", "both
//     sides", "they" after "A and B" give one mention per member over the
//     same tokens (group.go); "the alliance", "the bloc", "the group"
//     name the latest organisation of that kind (orgref.go);
//   - pronouns (coref.go), then agents that are not actors in context
//     ("air defence systems", "in parliament", "as a lawmaker": uses.go);
//   - context: agents that name no country take one by the order set out
//     in context.go (attachment, subject, nearest country, article, a
//     place later in the sentence), and generic words that stand for a
//     dated group in its country take the group's code ("the
//     paramilitaries" in Sudan: the RSF).
//
// Dictionary attributes beyond dict/FORMAT.md, read by this package:
// `not NAME | ...` in any block (longer phrases that are not the entry)
// and `generic WORD | ...` in org blocks (generic agent words that mean the
// organisation in its country); both are described where they are used,
// in dict/actors.
//
// A mention does not fix its code: the event date does. Mention.Actor
// resolves the code for a given date, so that Trump is USAELI on
// 2025-01-17 and USAGOV from 2025-01-20.
package actor
