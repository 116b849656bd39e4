package cli

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"annals/article"
	"annals/coder"
	"annals/timex"
)

const petrarchDir = "../../shared/validation/petrarch1"

// petrarchFloor is the best rate reached so far; it only goes up.
const petrarchFloor = 0.85

type petrarchRecord struct {
	ID             string `json:"id"`
	Date           string `json:"date"`
	Text           string `json:"text"`
	Expected       []struct{ Source, Target, Code string }
	ExpectNoEvents bool            `json:"expect_noevents"`
	ExpectError    any             `json:"expect_error"`
	Config         json.RawMessage `json:"config"`
	Evaluate       bool            `json:"evaluate"`
}

// TestPetrarchSuite codes PETRARCH-1's validation records with only its
// own dictionaries (--no-builtin --dict) and counts records coded exactly:
// the same set of (source, target, event code); an expected error or
// discard means no event.
func TestPetrarchSuite(t *testing.T) {
	needShared(t, petrarchDir+"/records.jsonl")
	df := dictFlags{dirs: stringList{petrarchDir}, noBuiltin: true}
	cd, warns, err := df.buildWarn()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d dictionary warnings", len(warns))
	f, err := os.Open(petrarchDir + "/records.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	n, ok := 0, 0
	var fails []string
	for sc.Scan() {
		var r petrarchRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		if !r.Evaluate || len(r.Config) > 0 && string(r.Config) != "null" {
			continue
		}
		n++
		want := map[string]bool{}
		if !r.ExpectNoEvents && r.ExpectError == nil {
			for _, e := range r.Expected {
				want[e.Source+" "+e.Target+" "+e.Code] = true
			}
		}
		got := petrarchCode(cd, r)
		if setEq(want, got) {
			ok++
		} else {
			fails = append(fails, fmt.Sprintf("%s: want %v got %v :: %s", r.ID, keys(want), keys(got), r.Text))
		}
	}
	rate := float64(ok) / float64(max(1, n))
	t.Logf("PETRARCH-1 validation suite: %d of %d evaluable records coded exactly (%.1f%%)", ok, n, 100*rate)
	if os.Getenv("ANNALS_PETRARCH_V") != "" {
		for _, f := range fails {
			t.Log(f)
		}
	}
	if rate < petrarchFloor {
		t.Errorf("rate %.3f below the floor %.3f", rate, petrarchFloor)
	}
}

func petrarchCode(cd *coder.Coder, r petrarchRecord) map[string]bool {
	d, err := timex.ParseDay(r.Date)
	if err != nil {
		d = timex.Ymd(2000, 1, 1)
	}
	res := cd.Code(article.Article{ID: r.ID, Date: d, Text: r.Text}, coder.Options{})
	got := map[string]bool{}
	for _, e := range res.Events {
		got[e.Source.Code+" "+e.Target.Code+" "+e.Cameo] = true
	}
	return got
}

func setEq(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

func keys(m map[string]bool) string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return strings.Join(out, "; ")
}
