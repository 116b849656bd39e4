# The two commands of the README:
#   make demo   codes the sample articles into a local database and serves the UI
#   make test   installs what the tests need (scripts/test-deps.sh: chromium;
#               scripts/pg.sh: a local PostgreSQL) and runs every test
GO ?= go

.PHONY: test demo build vet bench fuzz

test:
	./scripts/test-deps.sh
	$(GO) vet ./...
	ANNALS_TEST_POSTGRES="$${ANNALS_TEST_POSTGRES:-$$(./scripts/pg.sh || true)}" $(GO) test -race -count=1 ./...

demo:
	$(GO) run ./cmd/annals demo

build:
	$(GO) build -o annals ./cmd/annals

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./coder ./actor ./timex

# each fuzz target for a minute
fuzz:
	$(GO) test -run '^$$' -fuzz FuzzParseSeed -fuzztime 60s ./article
	$(GO) test -run '^$$' -fuzz FuzzParseJSONL -fuzztime 60s ./article
	$(GO) test -run '^$$' -fuzz FuzzTag -fuzztime 60s ./timex
	$(GO) test -run '^$$' -fuzz FuzzSplit -fuzztime 60s ./text
	$(GO) test -run '^$$' -fuzz FuzzParse -fuzztime 60s ./actor
	$(GO) test -run '^$$' -fuzz FuzzParse -fuzztime 60s ./verb
