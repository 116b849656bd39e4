// Package verb is the event stage of the pipeline: it compiles verb
// pattern dictionaries once and, for a tagged sentence with its actor
// mentions, finds the event triggers (verbs and event nouns), matches
// their patterns, and assigns sources and targets by shallow clause
// analysis: subjects (skipping introductory phrases, parentheticals and
// prepositional objects), compound actors, passive voice with "by",
// relative clauses, infinitive chains, negation and hedging.
//
// Patterns are data (see dict/FORMAT.md, section verbs): a trigger word
// followed by literal words, alternatives {a|b c}, actor slots + (target)
// and $ (source), and * gaps. Every candidate carries the pattern that
// fired (file:line) and every rejection its reason, for --explain.
package verb
