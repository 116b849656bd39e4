package classic

import (
	"strings"
	"testing"

	"annals/actor"
	"annals/verb"
)

// checkErrs verifies that errors name the file and a line of the input.
func checkErrs(t *testing.T, name, in string, errs ErrorList) {
	t.Helper()
	n := strings.Count(in, "\n") + 1
	for _, e := range errs {
		if e.File != name || e.Line < 1 || e.Line > n {
			t.Fatalf("bad error position %v (file has %d lines)", e, n)
		}
	}
}

func FuzzActors(f *testing.F) {
	for _, s := range []string{
		"ELBONIA_ [ELB]\n+ELBONIAN_\n+THE_MUD_KINGDOM # c\n",
		"JOHN_DOE_\n+J._DOE\n\t[ELBELI]\n\t[ELBGOV 950101-991231]\n\t[ELBGOV >090120]\n\t[ELBREB < 050601]\n",
		"THE_SHIRE [HOB/ELF]\nNOBODY [---]\nP [--- <950630]\n[DOL]\n<!-- x -->\nUN_ [IGOUNO]\n",
		"A [X 19920230-19930101]\nB [ELB 20121204]\n+C|D#E [ELB]\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out, errs := Actors("f.actors.txt", in)
		checkErrs(t, "f.actors.txt", in, errs)
		if _, err := actor.Compile(actor.Source{Name: "f.orgs.txt", Text: out}); err != nil {
			t.Fatalf("actor.Compile rejected the conversion: %v\ninput %q\noutput:\n%s", err, in, out)
		}
	})
}

func FuzzAgents(f *testing.F) {
	for _, s := range []string{
		"TROOPS [~MIL]\nRIOT_POLICE {} [~COP]\nGOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\n",
		"!PERSON! = MAN, WOMAN\nSALES!PERSON! [~BUS]\n!PERSON!_OF_LETTERS {} [IGO~]\n",
		"F/A-18 [~MIL]\nTYPO [~ENV}\nX {A B C} [~GOV]\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out, errs := Agents("f.agents.txt", in)
		checkErrs(t, "f.agents.txt", in, errs)
		if _, err := actor.Compile(actor.Source{Name: "f.agents.txt", Text: out}); err != nil {
			t.Fatalf("actor.Compile rejected the conversion: %v\ninput %q\noutput:\n%s", err, in, out)
		}
	})
}

func FuzzVerbs(f *testing.F) {
	f.Add(verbFixture)
	for _, s := range []string{
		"--- B [010] ---\nB\n- * NOCODE\n- * (UNBALANCED [010]\n+ASK {UNCLOSED [020]\n",
		"&A\n+&B\n&B\n+&A\n+X_Y\n--- V [01:02] ---\nV\n- * &A (IN_+) [0100]\n- * ::: [12]\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out, errs := Verbs("f.verbs.txt", in)
		checkErrs(t, "f.verbs.txt", in, errs)
		if _, err := verb.Compile(verb.Source{Name: "f.verbs.txt", Text: out}); err != nil {
			t.Fatalf("verb.Compile rejected the conversion: %v\ninput %q\noutput:\n%s", err, in, out)
		}
	})
}

func FuzzDiscards(f *testing.F) {
	f.Add("+World_Golf Championships # pas\nBASEBALL\n<!-- x -->\n+\n1914\n")
	f.Add("<ISSUE CATEGORY=\"E\">\nn:teacher [T]\n~x\nfoo\n</ISSUE>\n")
	f.Fuzz(func(t *testing.T, in string) {
		ds, errs := Discards("f.discards.txt", in)
		checkErrs(t, "f.discards.txt", in, errs)
		for _, d := range ds {
			if len(d.Phrase) == 0 {
				t.Fatalf("empty discard phrase at %s", d.Pos)
			}
			for _, w := range d.Phrase {
				if w == "" || strings.ContainsAny(w, " \t_") {
					t.Fatalf("bad discard word %q", w)
				}
			}
		}
		is, _, errs := Issues("f.issues.txt", in)
		checkErrs(t, "f.issues.txt", in, errs)
		for _, i := range is {
			if len(i.Phrase) == 0 {
				t.Fatalf("empty issue phrase at %s", i.Pos)
			}
		}
	})
}
