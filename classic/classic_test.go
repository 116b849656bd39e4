package classic

import (
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"annals/actor"
	"annals/verb"
)

// body drops comment and blank lines and the trailing "# line" comments,
// so that tests compare the converted content.
func body(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if i := strings.Index(l, "  #"); i >= 0 {
			l = l[:i]
		}
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") || l == "option classic" {
			continue
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

func TestKindOf(t *testing.T) {
	for _, c := range []struct {
		name string
		kind Kind
		ok   bool
	}{
		{"Phoenix.Countries.actors.txt", ActorsFile, true},
		{"dir/PETR.Validate.agents.txt", AgentsFile, true},
		{"PETR.Validate.verbs.txt", VerbsFile, true},
		{"CAMEO.2.0.txt", VerbsFile, true},
		{"Phoenix.discards.txt", DiscardsFile, true},
		{"Phoenix.IssueCoding.txt", IssuesFile, true},
		{"PHOENIX.ACTORS.TXT", ActorsFile, true},
		{"records.jsonl", 0, false},
		{"README.md", 0, false},
		{"notes.txt", 0, false},
	} {
		k, ok := KindOf(c.name)
		if k != c.kind || ok != c.ok {
			t.Errorf("KindOf(%q) = %v, %v; want %v, %v", c.name, k, ok, c.kind, c.ok)
		}
	}
}

func TestConvertedName(t *testing.T) {
	for in, want := range map[string]string{
		"Phoenix.Countries.actors.txt": "Phoenix.Countries.orgs.txt",
		"Phoenix.agents.txt":           "Phoenix.agents.txt",
		"CAMEO.2.0.txt":                "CAMEO.2.0.verbs.txt",
		"x/PETR.Validate.verbs.txt":    "x/PETR.Validate.verbs.txt",
	} {
		if got := ConvertedName(in); got != want {
			t.Errorf("ConvertedName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestActors(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
		errs           int
	}{
		{"country with synonyms", "ELBONIA_ [ELB]\n+ELBONIAN_\n+THE_MUD_KINGDOM # a comment\n",
			"country ELB Elbonia\n  also Elbonian | Mud Kingdom", 0},
		{"org code", "MUDDY_RIVER_COMPANY_  [ELBBUS]\n",
			"org ELBBUS Muddy River Company", 0},
		{"acronym stays in capitals", "UN_ [IGOUNO]\nUNITED_NATIONS_OF_ELBONIA [IGOUNO]\n",
			"org IGOUNO UN\norg IGOUNO United Nations of Elbonia", 0},
		{"dated codes", "JOHN_DOE_\n+J._DOE\n\t[ELBELI]\n\t[ELBGOV 950101-991231]\n\t[ELBGOV >090120]\n\t[ELBREB < 050601]\n\t[ELBOPP 19800101-19850630]\n",
			"person John Doe\n  also J. Doe\n  code ELBELI\n  code ELBGOV 1995-01-01 .. 1999-12-31\n  code ELBGOV 2009-01-20 ..\n  code ELBREB .. 2005-05-31\n  code ELBOPP 1980-01-01 .. 1985-06-30", 0},
		{"pivot year", "A_PERSON [XYZGOV 310101-301231]\n",
			"person A Person\n  code XYZGOV 1931-01-01 .. 2030-12-31", 0},
		{"reversed range", "A_PERSON [XYZGOV 300101-310101]\n", "", 1},
		{"codes on the name line", "JANE_ROE_ [ELBGOV 010101-020202] [ELBELI]\n",
			"person Jane Roe\n  code ELBELI\n  code ELBGOV 2001-01-01 .. 2002-02-02", 0},
		{"no code", "NOBODY_ [---]\nSOMEBODY_\n", "", 0},
		{"bad lines kept going", "+ORPHAN\n[ELB]\nGOOD [ELB]\nBAD [ELB 991399]\nWORSE [el b]\n",
			"country ELB Good", 4},
		{"lower-case code", "PALESTINIAN [pse]\n", "country PSE Palestinian", 0},
		{"xml comments", "<!-- a comment -->\n<!-- \nELBONIA [ELB]\n", "country ELB Elbonia", 0},
		{"compound code", "THE_SHIRE [HOB/ELF]\n", "country HOB Shire", 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, errs := Actors("test.actors.txt", c.in)
			if got := body(out); got != c.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, c.want)
			}
			if len(errs) != c.errs {
				t.Errorf("errors %d, want %d: %v", len(errs), c.errs, errs)
			}
			if _, err := actor.Compile(actor.Source{Name: "x.orgs.txt", Text: out}); err != nil {
				t.Errorf("actor.Compile: %v\n%s", err, out)
			}
		})
	}
}

func TestActorErrorsNameLines(t *testing.T) {
	_, errs := Actors("f.actors.txt", "A [ELB]\nB [ELB 9901-990101]\n")
	if len(errs) != 1 || errs[0].Error() != `f.actors.txt:2: bad date range "9901-990101" (want YYMMDD-YYMMDD)` {
		t.Fatalf("errs = %v", errs)
	}
	if errs.Err() == nil || ErrorList(nil).Err() != nil {
		t.Error("Err() wrong")
	}
}

func TestAgents(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
		errs           int
	}{
		{"suffix role", "TROOPS [~MIL]\nRIOT_POLICE {} [~COP] # no plural\n",
			"agent MIL troops\nagent COP riot police/riot police", 0},
		{"irregular plural", "GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\n",
			"agent GGS golden goose/golden geese", 0},
		{"substitution set", "!PERSON! = MAN, WOMAN\nSALES!PERSON! [~BUS]\n!PERSON!_OF_LETTERS [~EDU]\n",
			"agent BUS salesman | saleswoman\nagent EDU man of letters | woman of letters", 0},
		{"prefix role", "PEACEKEEPER [IGO~]\n", "agent IGO peacekeeper", 0},
		{"space in code", "POLICE {} [ ~COP]\n", "agent COP police/police", 0},
		{"bad lines", "NO_CODE\nBAD [MIL]\nTYPO [~ENV}\nUNKNOWN!SET! [~GOV]\nGOOD [~GOV]\n", "agent GOV good", 4},
		{"reserved character skipped", "F/A-18 [~MIL]\n", "", 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, errs := Agents("test.agents.txt", c.in)
			if got := body(out); got != c.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, c.want)
			}
			if len(errs) != c.errs {
				t.Errorf("errors %d, want %d: %v", len(errs), c.errs, errs)
			}
			if _, err := actor.Compile(actor.Source{Name: "x.agents.txt", Text: out}); err != nil {
				t.Errorf("actor.Compile: %v\n%s", err, out)
			}
		})
	}
}

const verbFixture = `
&WEAPON_
+GUN
+MACHINE_GUN
+&BLADE

&BLADE
+KNIFE
# a comment inside a set
+SWORD

--- PLEAD  [020] ---
PLEAD {PLEADS PLEADED PLEADING }
+CALL_FOR {+CALLED_FOR +CALLING_FOR} [021]
BEG
SOFTLY_+ASK
- * (FOR {FINANCIAL AID}) [0231]  # PLEAD
- $ * + [042:043]
- * + (FOR &WEAPON) [0233]
- * ^ (WITH +) [046]
- SAID * TO ATTEND [082]
- * WITH % [031]
- * THE FULL [---]
- * DIPLOMATIC [075A]

--- IDLE [---] ---
IDLE
- * &NOSUCHSET [030]
~ a (a b ATTACK) SAY = a b 015
`

func TestVerbs(t *testing.T) {
	out, errs := Verbs("test.verbs.txt", verbFixture)
	want := `code 020
  verb {plead|beg}
code 021
  verb call for
code 0231
  verb {plead|call for|beg} * for * financial * aid
code 042:043
  verb {plead|call for|beg} * +
code 0233
  verb {plead|call for|beg} * + * for * {gun|machine gun|knife|sword}
code 046
  verb {plead|call for|beg} ^ with * +
code 082
  verb said * > {plead|call for|beg} * to * attend
code 031
  verb {plead|call for|beg} * with * %
code 075A
  verb {plead|call for|beg} * diplomatic
code 020
  verb softly > ask
code 0231
  verb softly > ask * for * financial * aid
code 042:043
  verb softly > ask * +
code 0233
  verb softly > ask * + * for * {gun|machine gun|knife|sword}
code 046
  verb softly > ask ^ with * +
code 082
  verb said * softly > ask * to * attend
code 031
  verb softly > ask * with * %
code 075A
  verb softly > ask * diplomatic`
	if got := body(out); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if len(errs) != 0 {
		t.Errorf("errors: %v", errs)
	}
	var st Stats
	convertVerbs("test.verbs.txt", verbFixture, &st)
	wantSkip := map[string]int{
		"verb pattern no code [---]":                 2,
		"verb pattern: unknown or empty synonym set": 1,
		"verb transformation ~":                      1,
	}
	if !reflect.DeepEqual(st.Skipped, wantSkip) {
		t.Errorf("skipped = %v\nwant %v", st.Skipped, wantSkip)
	}
	if st.VerbBlocks != 2 || st.Patterns != 9 || st.Synsets != 2 || st.Verbs != 5 || st.PreVerb != 8 || st.Paired != 2 {
		t.Errorf("stats = %+v", st)
	}
	if _, err := verb.Compile(verb.Source{Name: "x.verbs.txt", Text: out}); err != nil {
		t.Errorf("verb.Compile: %v\n%s", err, out)
	}
}

func TestVerbSlashAndGluedStar(t *testing.T) {
	out, errs := Verbs("v.verbs.txt", "--- B [---] ---\nB\n- *SCEPTICAL [012]\n- * (BY/WITH &X) [163]\n&X\n+SANCTIONS\n+EMBARGO\n- * (TO/) [10]\n")
	want := "code 012\n  verb b sceptical\ncode 163\n  verb b * {by|with} * {sanctions|embargo}"
	if got := body(out); got != want || len(errs) != 0 {
		t.Errorf("got:\n%s\nwant:\n%s\nerrs %v", got, want, errs)
	}
}

func TestVerbMultiWordLemma(t *testing.T) {
	var st Stats
	out, errs := convertVerbs("v.verbs.txt", "--- KILL [---] ---\n+KILLED_BY {} [180]\n- * + [190]\n", &st)
	want := "code 180\n  verb kill by\ncode 190\n  verb kill by * +"
	if got := body(out); got != want || len(errs) != 0 || st.Lemmatised != 1 {
		t.Errorf("got:\n%s\nwant:\n%s\nerrs %v, stats %+v", got, want, errs, st)
	}
}

func TestVerbErrors(t *testing.T) {
	in := "- * ORPHAN [010]\n--- B [010] ---\nB\n- * NOCODE\n- * (UNBALANCED [010]\n+ASK {UNCLOSED [020]\n"
	out, errs := Verbs("v.verbs.txt", in)
	if len(errs) != 3 {
		t.Errorf("errors = %v", errs)
	}
	if got := body(out); got != "code 010\n  verb b" {
		t.Errorf("got:\n%s", got)
	}
}

func TestDiscards(t *testing.T) {
	in := "# header\n+World_Golf Championships # pas\nBASEBALL\n<!-- x -->\n+\n1914\n"
	ds, errs := Discards("d.discards.txt", in)
	want := []Discard{
		{Phrase: []string{"world", "golf", "championships"}, Story: true, Pos: "d.discards.txt:2"},
		{Phrase: []string{"baseball"}, Pos: "d.discards.txt:3"},
		{Phrase: []string{"1914"}, Pos: "d.discards.txt:6"},
	}
	if !reflect.DeepEqual(ds, want) {
		t.Errorf("got %+v", ds)
	}
	if len(errs) != 1 || errs[0].Line != 5 {
		t.Errorf("errs = %v", errs)
	}
}

func TestIssues(t *testing.T) {
	in := "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\nn:teacher [TEACHERS]\n~a head start\nhigher education\n</ISSUE>\nstray\n"
	is, skipped, errs := Issues("i.txt", in)
	want := []Issue{
		{Category: "EDUCATION", Code: "TEACHERS", Phrase: []string{"n:teacher"}, Pos: "i.txt:2"},
		{Category: "EDUCATION", Code: "EDUCATION", Phrase: []string{"higher", "education"}, Pos: "i.txt:4"},
	}
	if !reflect.DeepEqual(is, want) || skipped != 1 || len(errs) != 1 {
		t.Errorf("got %+v, skipped %d, errs %v", is, skipped, errs)
	}
}

func TestDir(t *testing.T) {
	fsys := fstest.MapFS{
		"d/Test.actors.txt":   {Data: []byte("ELBONIA [ELB]\n+ELBONIAN\n")},
		"d/Test.agents.txt":   {Data: []byte("TROOPS [~MIL]\n")},
		"d/CAMEO.test.txt":    {Data: []byte("--- PLEAD [020] ---\nPLEAD\n- * + [042]\n")},
		"d/Test.discards.txt": {Data: []byte("+BASEBALL\n")},
		"d/Test.Issues.txt":   {Data: []byte("<ISSUE CATEGORY=\"X\">\nfoo [X]\n")},
		"d/README.md":         {Data: []byte("not a dictionary")},
	}
	res := Load(fsys)
	if len(res.Errs) != 0 {
		t.Fatal(res.Errs)
	}
	acts, verbs, ds, errs := Dir(fsys)
	if len(acts) != 2 || len(verbs) != 1 || len(ds) != 1 || len(errs) != 0 || len(res.Issues) != 1 {
		t.Fatalf("Dir: %d actors, %d verbs, %d discards, %v", len(acts), len(verbs), len(ds), errs)
	}
	if acts[0].Name != "d/Test.orgs.txt" || verbs[0].Name != "d/CAMEO.test.verbs.txt" {
		t.Errorf("names %q %q", acts[0].Name, verbs[0].Name)
	}
	ad, err := actor.Compile(acts...)
	if err != nil {
		t.Fatal(err)
	}
	vd, err := verb.Compile(verbs...)
	if err != nil {
		t.Fatal(err)
	}
	if s := ad.Stats(); s.Countries != 1 || s.Agents != 1 || len(vd.Patterns) != 2 {
		t.Errorf("compiled %+v, %d patterns", s, len(vd.Patterns))
	}
	if st := res.Stats; st.Entries != 1 || st.Agents != 1 || st.Emitted != 2 || st.Discards != 1 || st.Issues != 1 {
		t.Errorf("stats %+v", st)
	}
	if !strings.Contains(res.Stats.String(), "verb blocks 1") {
		t.Errorf("Stats.String: %s", res.Stats.String())
	}
}
