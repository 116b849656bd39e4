// Package classic reads the dictionaries of the classic event coders —
// TABARI, PETRARCH-1 and PETRARCH-2 — into annals' own dictionary model.
//
// The readers do not build annals' dictionaries directly: they convert each
// classic file into annals' text formats (dict/FORMAT.md), which the
// actor and verb packages compile as they compile the built-in
// dictionaries. The converted text is therefore also what `annals dict
// convert` writes, and every converted line carries the classic line it
// came from in a trailing comment.
//
//   - Actors converts an actors file (`NAME [CODE]`, `+SYNONYM` lines,
//     dated codes `[USAGOV >090120]`) to country, org and person blocks.
//   - Agents converts an agents file (`TROOPS [~MIL]`, `!PERSON!`
//     substitution sets, `{plural}` forms) to agent lines.
//   - Verbs converts a verbs file (PETRARCH-1/TABARI verb blocks and
//     PETRARCH-2's CAMEO.2.0.txt with its synonym sets) to verb patterns.
//   - Discards and Issues read the discard and issue lists into plain
//     values.
//   - Dir and Load read every classic file of a directory.
//
// Converted verb files start with "option classic", so that annals
// applies the classic coders' semantics to them (see package verb). Words
// before the verb ("SAID WOULD NOT *", verbs like WIRE_+TAP) become
// elements before the trigger ("said * would * not > send"); words joined
// by _ must be adjacent while a space allows words between them (a *
// gap); ^ becomes a skipped phrase, % a compound actor, [X:Y] a paired
// code, and a verb's listed irregular forms extra triggers.
//
// Classic constructs that annals cannot express (transformations, dated
// "no code" spans...) are skipped and counted by reason in Stats; the
// output names them in comments. Bad lines are reported as errors
// "file:line: message" and skipped; the rest of the file is kept. No
// reader panics on any input.
package classic
