package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"annals/event"
)

// Gold is one annotated article.
type Gold struct {
	ID     string      `json:"id"`
	Text   string      `json:"text"`
	Events []GoldEvent `json:"events"`
	Absent []Absent    `json:"absent"`
}

// GoldEvent is an expected event.
type GoldEvent struct {
	Src        string   `json:"src"`
	Tgt        string   `json:"tgt"`
	Root       string   `json:"root"`
	Codes      []string `json:"codes"`
	Dates      []string `json:"dates"`
	SrcRole    string   `json:"src_role"`
	TgtRole    string   `json:"tgt_role"`
	Undirected bool     `json:"undirected"`
	Optional   bool     `json:"optional"`
	Note       string   `json:"note"`
}

// Absent is a triple that must not be produced.
type Absent struct {
	Src, Tgt, Root, Note string
}

// ReadGold reads gold JSON lines; errors name the line.
func ReadGold(name string, r io.Reader) ([]Gold, error) {
	var out []Gold
	br := bufio.NewReader(r)
	for n := 1; ; n++ {
		line, err := br.ReadString('\n')
		if s := strings.TrimSpace(line); s != "" {
			var g Gold
			if jerr := json.Unmarshal([]byte(s), &g); jerr != nil {
				return out, fmt.Errorf("%s:%d: %v", name, n, jerr)
			}
			if g.ID == "" {
				return out, fmt.Errorf("%s:%d: gold article without id", name, n)
			}
			out = append(out, g)
		}
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, fmt.Errorf("%s: %w", name, err)
		}
	}
}

// Counts are the tallies behind the figures.
type Counts struct {
	Gold, TP, FP, FN, Exact, Dated, DateOK, Roled, RoleOK, AbsentHit int
}

func (c *Counts) add(o Counts) {
	c.Gold += o.Gold
	c.TP += o.TP
	c.FP += o.FP
	c.FN += o.FN
	c.Exact += o.Exact
	c.Dated += o.Dated
	c.DateOK += o.DateOK
	c.Roled += o.Roled
	c.RoleOK += o.RoleOK
	c.AbsentHit += o.AbsentHit
}

// Precision, Recall, F1 and the accuracies.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }
func (c Counts) Recall() float64    { return ratio(c.TP, c.Gold) }
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
func (c Counts) ExactAcc() float64 { return ratio(c.Exact, c.TP) }
func (c Counts) DateAcc() float64  { return ratio(c.DateOK, c.Dated) }
func (c Counts) RoleAcc() float64  { return ratio(c.RoleOK, c.Roled) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Report is the outcome of scoring.
type Report struct {
	Total  Counts
	ByRoot map[string]*Counts
	Lines  []string // misses, extras and absent violations
}

type sideInfo struct {
	place, role string
	segs        map[string]bool
}

var orgPrefix = map[string]bool{"IGO": true, "NGO": true, "IMG": true, "MNC": true}
var roleSegs = map[string]bool{}

func init() {
	for _, r := range strings.Fields("GOV MIL REB OPP COP CVL ELI JUD LEG MED BUS HLH REF IGO NGO PTY CRM EDU AGR LAB SPY UAF ENV HRI MOD RAD SEP INS IMG MNC RES ETH REL PRO DEV ATH UIS SET IRC ICG NON DOM") {
		roleSegs[r] = true
	}
}

// side reads the place, role and code segments of an actor the way the
// reference scorer does.
func side(a event.Actor) sideInfo {
	code := strings.ToUpper(a.Code)
	var segs []string
	for i := 0; i < len(code); i += 3 {
		segs = append(segs, code[i:min(i+3, len(code))])
	}
	place := strings.ToUpper(a.Country)
	if place == "" {
		place = strings.ToUpper(a.Org)
	}
	if place == "" && len(segs) > 0 {
		if orgPrefix[segs[0]] {
			place = segs[0]
			for k := len(segs) - 1; k >= 1; k-- {
				if !roleSegs[segs[k]] {
					place = segs[k]
					break
				}
			}
		} else {
			place = segs[0]
		}
	}
	role := strings.ToUpper(a.Role)
	if role == "" {
		for _, s := range segs {
			if roleSegs[s] {
				role += s
			}
		}
	}
	set := map[string]bool{place: true}
	for _, s := range segs {
		set[s] = true
	}
	return sideInfo{place, role, set}
}

type sysEv struct {
	ev       *event.Event
	src, tgt sideInfo
}

type triple struct{ src, tgt, root string }

// Score compares events with gold articles.
func Score(gold []Gold, events []event.Event) Report {
	byDoc := map[string][]*event.Event{}
	for i := range events {
		byDoc[events[i].DocID] = append(byDoc[events[i].DocID], &events[i])
	}
	rep := Report{ByRoot: map[string]*Counts{}}
	root := func(r string) *Counts {
		if rep.ByRoot[r] == nil {
			rep.ByRoot[r] = &Counts{}
		}
		return rep.ByRoot[r]
	}
	for _, g := range gold {
		triples := map[triple][]sysEv{}
		var order []triple
		for _, ev := range byDoc[g.ID] {
			if len(ev.Cameo) < 2 {
				continue
			}
			s, t := side(ev.Source), side(ev.Target)
			k := triple{s.place, t.place, ev.Cameo[:2]}
			if _, ok := triples[k]; !ok {
				order = append(order, k)
			}
			triples[k] = append(triples[k], sysEv{ev, s, t})
		}
		used := map[triple]bool{}
		var d Counts
		for _, ge := range g.Events {
			var keys []triple
			for _, k := range order {
				if k.root != ge.Root {
					continue
				}
				for _, x := range triples[k] {
					fwd := x.src.segs[ge.Src] && x.tgt.segs[ge.Tgt]
					back := ge.Undirected && x.tgt.segs[ge.Src] && x.src.segs[ge.Tgt]
					if fwd || back {
						keys = append(keys, k)
						break
					}
				}
			}
			for _, k := range keys {
				used[k] = true
			}
			if ge.Optional {
				continue
			}
			var c Counts
			c.Gold = 1
			if len(keys) == 0 {
				c.FN = 1
				rep.Lines = append(rep.Lines, fmt.Sprintf("  %s MISS %s->%s %s (%s)", g.ID, ge.Src, ge.Tgt, ge.Root, ge.Note))
				d.add(c)
				root(ge.Root).add(c)
				continue
			}
			c.TP = 1
			var evs []sysEv
			for _, k := range keys {
				evs = append(evs, triples[k]...)
			}
			for _, x := range evs {
				if contains(ge.Codes, x.ev.Cameo) {
					c.Exact = 1
					break
				}
			}
			if len(ge.Dates) > 0 {
				c.Dated = 1
			dates:
				for _, x := range evs {
					for _, gd := range ge.Dates {
						if x.ev.Date != nil && strings.HasPrefix(*x.ev.Date, gd) {
							c.DateOK = 1
							break dates
						}
					}
				}
			}
			for _, w := range []struct {
				want   string
				fwdSrc bool
			}{{ge.SrcRole, true}, {ge.TgtRole, false}} {
				if w.want == "" {
					continue
				}
				c.Roled++
				for _, x := range evs {
					// a reversed match of an undirected event reads roles the other way
					var r string
					if x.src.segs[ge.Src] == w.fwdSrc {
						r = x.src.role
					} else {
						r = x.tgt.role
					}
					if strings.Contains(r, w.want) {
						c.RoleOK++
						break
					}
				}
			}
			d.add(c)
			root(ge.Root).add(c)
		}
		for _, k := range order {
			if !used[k] {
				d.FP++
				root(k.root).FP++
				x := triples[k][0].ev
				ev := x.Evidence
				if ev == "" {
					ev = x.Sentence
				}
				rep.Lines = append(rep.Lines, fmt.Sprintf("  %s EXTRA %s->%s %s :: %s", g.ID, k.src, k.tgt, x.Cameo, trunc(ev, 90)))
			}
		}
		for _, ab := range g.Absent {
			if _, ok := triples[triple{ab.Src, ab.Tgt, ab.Root}]; ok {
				d.AbsentHit++
				rep.Lines = append(rep.Lines, fmt.Sprintf("  %s ABSENT-VIOLATION %s->%s %s (%s)", g.ID, ab.Src, ab.Tgt, ab.Root, ab.Note))
			}
		}
		rep.Total.add(d)
	}
	return rep
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func trunc(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n])
	}
	return s
}

// Roots lists the roots of the per-root table in order.
func (r Report) Roots() []string {
	var out []string
	for k := range r.ByRoot {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
