// Package pgtest gives tests a fresh PostgreSQL schema of their own.
//
// The database comes from the environment variable ANNALS_TEST_POSTGRES, a
// postgres:// URL (scripts/pg.sh starts a local server and prints one).
// When it is not set, tests that ask for a schema are skipped with a
// message saying so.
package pgtest
