// Package eval scores coded events against hand-annotated gold articles
// (the gold format of the project's reference data): precision, recall and
// F1 over (source, target, root) triples per article, exact-code, date and
// role accuracy over matched triples, violations of "absent" triples, and
// a per-root table. It follows the reference scorer's rules exactly, so
// that `annals eval` and that scorer agree on the same events.
package eval
