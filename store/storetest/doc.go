// Package storetest is the conformance suite every store.Store backend
// must pass. A backend's test calls Run with a function that opens a fresh,
// empty store:
//
//	func TestConformance(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) store.Store { ... })
//	}
//
// Fixture returns the small corpus the suite uses, for other packages'
// tests (the HTTP server's, for instance).
package storetest
