// Package verb is the event stage of the pipeline: it compiles verb
// pattern dictionaries once and, for a tagged sentence with its actor
// mentions, finds the event triggers (verbs and event nouns), matches
// their patterns, and assigns sources and targets by shallow clause
// analysis: subjects (skipping introductory phrases, parentheticals,
// relative clauses between commas and prepositional objects, taking the
// actor of a partitive "thousands of Georgians"), coordinated clauses and
// verbs ("armed and funded X" share the object), compound actors,
// targets past numbers, quantities and adjectives ("more than a dozen
// missiles at two Iraqi bases"), passive voice with "by", reduced
// passive relatives ("a truce brokered by Egypt between A and B"),
// relative clauses, infinitive chains, negation and hedging (a verb of
// seeming hedges its complement, not an adverbial clause). readings.go
// holds the readings that go beyond the clause: the subject of a
// threat's condition, a relative clause's antecedent, a causative's
// object, what an accusation alleges or someone lets another do, a
// compound through a collective, "its", meetings in adjuncts, places
// that house troops, the nation of a thing acted on, and domestic acts.
// Before any pattern is matched, one whose literal words are not all in
// the sentence is passed over (Pattern.possible).
//
// Patterns are data (see dict/FORMAT.md, section verbs): a trigger word
// followed by literal words, alternatives {a|b c}, actor slots + (target)
// and $ (source), and * gaps. Every candidate carries the pattern that
// fired (file:line) and every rejection its reason, for --explain.
//
// Extensions used by dictionaries converted from the classic coders
// (package classic), valid in any verb file:
//
//   - elements before the trigger, ended by ">": "verb will * not > attack +"
//     (matched leftwards from the trigger; a trailing slot "+ > verb" may
//     stand up to six tokens before it);
//   - "%": a compound actor of two or more mentions; before the trigger
//     it is the source and, with no target, its members act on each other;
//   - "^": a gap of at least one token (a skipped phrase);
//   - "code X:Y": paired codes; each event X also gives the reverse event
//     Y from the target to the source; codes may end in capitals (174K);
//   - a top-level line "option classic" (anywhere) makes the file's patterns follow
//     the classic semantics: no negation or hedging but the pattern's own
//     words, literal words matched as written (no stemming), a verb listed
//     in an inflected form (LEFT) replacing its lemma's patterns and other
//     irregular forms not matched, specificity counting every word and
//     slot, the target taken as the first actor of the verb phrase (not
//     past a comma, nor a possessive pronoun), compounds read across
//     modifiers, no passive without a "by" phrase, and non-finite verbs
//     under an event already coded left alone.
package verb
