package actor

import (
	"strings"
	"testing"

	"annals/timex"
)

func TestParseErrors(t *testing.T) {
	src := Source{Name: "bad.people.txt", Text: `person Someone
  XXX president 2020-01-01 .. 2019-01-01
  USA emperor 2020-01-01 ..
  gender x
  RUS president 2020-13-01 ..
planet Mars
  also Red Planet
person Good One
  gender f
  USA president 2020-01-20 ..
`}
	es, errs := Parse(src)
	want := []string{
		"bad.people.txt:2: range ends before it starts: 2020-01-01 .. 2019-01-01",
		`bad.people.txt:3: unknown office "emperor"`,
		"bad.people.txt:4: gender must be m or f",
		`bad.people.txt:5: impossible date "2020-13-01": month 13`,
		`bad.people.txt:6: unknown block keyword "planet" (want country, person, org or agent)`,
		"bad.people.txt:7: indented line outside a block",
	}
	var got []string
	for _, e := range errs {
		got = append(got, e.Error())
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(es) != 2 || es[1].Name != "Good One" || es[1].Gender != 'f' {
		t.Errorf("entries kept: %+v", es)
	}
}

func TestDatedRoles(t *testing.T) {
	d := testDict(t)
	var trump *Entry
	for _, e := range d.Entries {
		if e.Name == "Donald Trump" {
			trump = e
		}
	}
	tests := []struct {
		date timex.Date
		want string
	}{
		{timex.Ymd(2016, 6, 1), "USAELI"},
		{timex.Ymd(2016, 12, 1), "USAELI"},
		{timex.Ymd(2017, 1, 20), "USAGOV"},
		{timex.Ymd(2021, 1, 19), "USAGOV"},
		{timex.Ymd(2021, 1, 20), "USAELI"},
		{timex.Ymd(2025, 1, 17), "USAELI"},
		{timex.Ymd(2025, 1, 19), "USAELI"},
		{timex.Ymd(2025, 1, 20), "USAGOV"},
		{timex.Date{Y: 2025, M: 1, Prec: timex.Month}, "USAGOV"},
		{timex.Date{Y: 2019, Prec: timex.Year}, "USAGOV"},
	}
	for _, tt := range tests {
		if got, _ := trump.CodeAt(tt.date); got != tt.want {
			t.Errorf("Trump on %s: %s, want %s", tt.date, got, tt.want)
		}
	}
	// the test dictionary lacks president Medvedev: "leader" falls back to the prime minister
	if h := d.Holder("RUS", "leader", timex.Ymd(2010, 1, 1)); h == nil || h.Name != "Vladimir Putin" {
		t.Errorf("2010 Russian leader: got %v", h)
	}
	if h := d.Holder("RUS", "leader", timex.Ymd(2020, 1, 1)); h == nil || h.Name != "Vladimir Putin" {
		t.Errorf("2020 Russian leader: got %v", h)
	}
	if h := d.Holder("RUS", "prime-minister", timex.Ymd(2010, 1, 1)); h == nil || h.Name != "Vladimir Putin" {
		t.Errorf("2010 Russian prime minister: got %v", h)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("country RUS Russia\n  adj Russian\n  leader president\n")
	f.Add("person A B\n  also C | D\n  USA president 2020-01 .. 2021\n  code USAGOV ..\n")
	f.Add("agent MIL troop | man/men\norg IGOUNO United Nations\n  also UN\n")
	f.Fuzz(func(t *testing.T, in string) {
		es, errs := Parse(Source{Name: "f.txt", Text: in})
		for _, e := range errs {
			if e.Line < 1 || !strings.HasPrefix(e.Error(), "f.txt:") {
				t.Fatalf("bad error %v", e)
			}
		}
		d := Build(es)
		r := d.NewRecognizer()
		_ = r
		for _, e := range es {
			e.CodeAt(timex.Ymd(2020, 1, 1))
		}
	})
}

func TestParseNotAndGeneric(t *testing.T) {
	tests := []struct {
		name, text, err string
	}{
		{"not in a country", "country GIN Guinea\n  not Guinea pig | Guinea pigs\n", ""},
		{"generic in an org", "org - Rapid Support Forces\n  generic paramilitaries\n", ""},
		{"generic in a country", "country SDN Sudan\n  generic paramilitaries\n", "x.txt:2: generic lines belong to org blocks"},
		{"generic of two words", "org - X\n  generic armed men\n", `x.txt:2: generic: "armed men": one word per name`},
		{"empty not", "country GIN Guinea\n  not\n", "x.txt:2: not: no names"},
	}
	for _, tt := range tests {
		_, errs := Parse(Source{Name: "x.txt", Text: tt.text})
		if got := errs.Error(); got != tt.err {
			t.Errorf("%s: errors %q, want %q", tt.name, got, tt.err)
		}
	}
}
