// Package cameo is the CAMEO event code table: every code's name, Goldstein
// value, quad class and PLOVER category with mode. The coder's event stage
// looks codes up here to fill the event record; codes that are not CAMEO
// (from a user dictionary) pass through with the name "unknown".
//
// The table is codes.txt, embedded and parsed once by Load.
package cameo
