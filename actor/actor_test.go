package actor

import (
	"os"
	"strings"
	"testing"

	"annals/tag"
	"annals/text"
	"annals/timex"
)

// loadDict compiles the actor files under dir/sub.
func loadDict(t testing.TB, dir, sub string) *Dict {
	t.Helper()
	srcs, err := ReadFS(os.DirFS(dir), sub)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Compile(srcs...)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// testDict is the small dictionary of the package's own tests.
func testDict(t testing.TB) *Dict { return loadDict(t, "testdata", ".") }

// mentions runs the recognizer over a small article and renders each
// mention as "text=CODE" for the given date.
func mentions(d *Dict, body string, date timex.Date) []string {
	tg := tag.New()
	r := d.NewRecognizer()
	r.SetDate(date)
	var out []string
	for _, s := range text.Split(body) {
		for _, m := range r.Sentence(tg.Sentence(s)) {
			if !m.IsActor() {
				continue
			}
			a := m.Actor(d, date)
			out = append(out, m.Text+"="+a.Code)
		}
	}
	return out
}

func TestRecognize(t *testing.T) {
	d := testDict(t)
	day := timex.Ymd(2025, 1, 21)
	tests := []struct {
		body string
		date timex.Date
		want string
	}{
		{"Russian President Vladimir Putin spoke with Chinese President Xi Jinping on Tuesday.", day,
			"Russian President Vladimir Putin=RUSGOV Chinese President Xi Jinping=CHNGOV"},
		{"Xi had a call with Trump.", timex.Ymd(2025, 1, 17), "Xi=CHNGOV Trump=USAELI"},
		{"Putin congratulated Trump.", day, "Putin=RUSGOV Trump=USAGOV"},
		{"Trump met Putin.", timex.Ymd(2022, 3, 1), "Trump=USAELI Putin=RUSGOV"},
		{"Putin greeted the Chinese leader. He said that he wanted to talk.", day,
			"Putin=RUSGOV Chinese leader=CHNGOV He=RUSGOV he=RUSGOV"},
		{"Addressing Xi from near Moscow, Putin greeted the Chinese leader, referring to him as a friend.", day,
			"Xi=CHNGOV Moscow=RUS Putin=RUSGOV Chinese leader=CHNGOV him=CHNGOV"},
		{"Russia's foreign minister met the U.S. president.", day, "Russia's foreign minister=RUSGOV U.S. president=USAGOV"},
		{"Police in Dhaka fired at protesters.", day, "Police in Dhaka=BGDCOP protesters=BGDCVL"},
		{"Russian state television said Russian troops entered Kursk.", day, "Russian state television=RUSMED Russian troops=RUSMIL Kursk=RUS"},
		{"The UN criticised the Kremlin.", day, "UN=IGOUNO Kremlin=RUSGOV"},
		{"He spoke a Russian translation.", day, ""},
		{"Lavrov met us at the un office.", day, "Lavrov=RUSGOV"},
		{"Georgia's prime minister visited Kyiv.", day, "Georgia's prime minister=GEOGOV Kyiv=UKRGOV"},
		{"Russia's deputy foreign minister visited Kyiv.", day, "Russia's deputy foreign minister=RUSGOV Kyiv=UKRGOV"},
	}
	for _, tt := range tests {
		got := strings.Join(mentions(d, tt.body, tt.date), " ")
		if got != tt.want {
			t.Errorf("%s\n got %s\nwant %s", tt.body, got, tt.want)
		}
	}
}
