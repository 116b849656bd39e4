// Package actor is the actor stage of the pipeline: it compiles actor
// dictionaries (countries, places, people with dated offices,
// organisations, generic agents) into an index once, and finds actor
// mentions in tagged sentences: names by longest match, titles joined to
// names ("Chinese President Xi Jinping"), titles resolved to the
// office-holder on a date ("the Chinese leader"), agents attached to a
// country ("Russian state television", "police in Dhaka"), bare surnames
// after a first mention, and pronouns by salience.
//
// A mention does not fix its code: the event date does. Mention.Actor
// resolves the code for a given date, so that Trump is USAELI on
// 2025-01-17 and USAGOV from 2025-01-20.
package actor
