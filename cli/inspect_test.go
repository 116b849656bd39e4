package cli

import (
	"os"
	"strings"
	"testing"
)

func TestTimexCommand(t *testing.T) {
	in := "date 2025-01-21 Putin spoke with Xi on Tuesday. On Friday, Xi had a call with Trump. Russia invaded Ukraine in February 2022."
	out, stderr, st := run(t, in, "timex", "-")
	if st != 0 {
		t.Fatalf("exit %d: %s", st, stderr)
	}
	for _, want := range []string{
		`"sentence_id":0,"text":"Tuesday"`, `"type":"DATE","value":"2025-01-21"`,
		`"sentence_id":1,"text":"Friday"`, `"value":"2025-01-17"`,
		`"sentence_id":2,"text":"February 2022"`, `"value":"2022-02"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("timex output lacks %s:\n%s", want, out)
		}
	}
	// plain text needs --date
	if _, stderr, st := run(t, "Talks resumed yesterday.", "timex", "-"); st != 2 || !strings.Contains(stderr, "no date") {
		t.Errorf("undated input: exit %d %s", st, stderr)
	}
	out, _, _ = run(t, "Talks resumed yesterday.", "timex", "--date", "2024-03-10", "-")
	if !strings.Contains(out, `"value":"2024-03-09"`) {
		t.Errorf("--date anchor: %s", out)
	}
}

func TestActorsCommand(t *testing.T) {
	in := "date 2025-01-17 Chinese President Xi Jinping had a call with Trump. He praised the U.N. and Russia's foreign minister."
	out, stderr, st := run(t, in, "actors", "-")
	if st != 0 {
		t.Fatalf("exit %d: %s", st, stderr)
	}
	for _, want := range []string{
		`"text":"Chinese President Xi Jinping","start":0,"end":28,"code":"CHNGOV"`,
		`"text":"Trump"`, `"code":"USAELI"`,
		`"text":"He"`, `"via":"pronoun"`,
		`"code":"IGOUNO"`, `"org":"UNO"`,
		`"text":"Russia's foreign minister"`, `"code":"RUSGOV","country":"RUS","role":"GOV","name":"Sergey Lavrov"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("actors output lacks %s:\n%s", want, out)
		}
	}
	if !strings.Contains(out, `"entry":"dict/actors/`) {
		t.Errorf("no dictionary entry positions:\n%s", out)
	}
}

func TestDictCommand(t *testing.T) {
	out, stderr, st := run(t, "", "dict", "check")
	if st != 0 || out != "" {
		t.Fatalf("built-in dictionaries have problems (exit %d):\n%s%s", st, out, stderr)
	}
	out, _, st = run(t, "", "dict", "stats")
	if st != 0 || !strings.Contains(out, "countries 2") || !strings.Contains(out, "verb patterns") {
		t.Errorf("stats: %d\n%s", st, out)
	}
	dir := t.TempDir()
	writeFile(t, dir+"/bad.people.txt", "person A B\n  USA presidnt 2020-01-01 ..\n")
	writeFile(t, dir+"/old.verbs.txt", "code 041\n  verb call +\n")
	writeFile(t, dir+"/Mini.agents.txt", "TROOPS [~MIL]\nPOLICE [~COP\n")
	out, _, st = run(t, "", "dict", "check", dir)
	if st != 1 || !strings.Contains(out, "bad.people.txt:2: unknown office \"presidnt\"") || !strings.Contains(out, "Mini.agents.txt:2:") {
		t.Errorf("check of a bad directory: exit %d\n%s", st, out)
	}
	to := t.TempDir()
	out, stderr, st = run(t, "", "dict", "convert", "--to", to, dir)
	if !strings.Contains(out, "Mini.agents.txt") {
		t.Errorf("convert: exit %d %s\n%s", st, stderr, out)
	}
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestSeedActors checks the seed's hard mentions: titles, pronouns and
// dated roles.
func TestSeedActors(t *testing.T) {
	needShared(t, seedPath)
	out, stderr, st := run(t, "", "actors", seedPath)
	if st != 0 {
		t.Fatalf("exit %d: %s", st, stderr)
	}
	want := []string{
		`"sentence_id":5,"text":"the Chinese leader"`, // span may include "the"
		`"sentence_id":6,"text":"He"`,
	}
	found := map[string]string{}
	for _, l := range strings.Split(out, "\n") {
		for _, w := range want {
			if strings.Contains(l, w) || strings.Contains(l, strings.Replace(w, `"the Chinese leader"`, `"Chinese leader"`, 1)) {
				found[w] = l
			}
		}
	}
	if l := found[want[0]]; !strings.Contains(l, `"code":"CHNGOV"`) || !strings.Contains(l, `"name":"Xi Jinping"`) {
		t.Errorf("the Chinese leader: %q", l)
	}
	if l := found[want[1]]; !strings.Contains(l, `"code":"RUSGOV"`) || !strings.Contains(l, `"name":"Vladimir Putin"`) {
		t.Errorf("He said that he wanted...: %q", l)
	}
}

// TestConvertToClassicRoundTrip writes the built-in actors in the classic
// format, reads them back as classic dictionaries and checks dated roles
// survive.
func TestConvertToClassicRoundTrip(t *testing.T) {
	to := t.TempDir()
	if _, stderr, st := run(t, "", "dict", "convert", "--classic", "--to", to); st != 0 {
		t.Fatalf("convert: %d %s", st, stderr)
	}
	for date, want := range map[string]string{"2016-06-01": "", "2019-05-01": "USAGOV", "2022-03-01": "USAELI", "2025-01-17": "USAELI", "2025-02-10": "USAGOV"} {
		out, _, _ := run(t, "Donald Trump spoke.", "actors", "--no-builtin", "--dict", to, "--date", date, "-")
		if want != "" && !strings.Contains(out, `"code":"`+want+`"`) {
			t.Errorf("%s: want %s, got %s", date, want, out)
		}
	}
}
