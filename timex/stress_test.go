package timex

import (
	"strings"
	"testing"
	"time"
)

// TestLongInput guards against super-linear behaviour on long texts
// without sentence breaks.
func TestLongInput(t *testing.T) {
	if testing.Short() {
		t.Skip("long input")
	}
	tg := New()
	for _, unit := range []string{"at 10:30 and ", "on May 5 and ", "a day after the election and ", "the the a a 2024 "} {
		text := strings.Repeat(unit, 5000)
		start := time.Now()
		got := tg.Tag(text, anchorTue)
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%q x 5000: %v for %d expressions", unit, d, len(got))
		}
	}
}
