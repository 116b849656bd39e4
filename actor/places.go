package actor

import (
	"annals/text"
)

// capitalIsPlace reports a capital named as a location rather than as the
// government it stands for: after a locative preposition ("a drone struck
// a block in Kyiv"), as the goal or source of a movement ("flew to
// Riyadh", "fled to Moscow", "carried a proposal to Doha"), as the whole
// of a spatial part ("the streets of Nairobi"), or in a comparison of
// distance ("as far away as Beirut"). A visit is to the government:
// "visited Kyiv" is UKRGOV.
func capitalIsPlace(toks []text.Token, i int) bool {
	if i == 0 {
		return false
	}
	prev := toks[i-1].Norm
	switch {
	case locPreps[prev]:
		return true
	case prev == "of":
		return i >= 2 && spatialNouns[toks[i-2].Norm]
	case prev == "as":
		return i >= 2 && (toks[i-2].Norm == "away" || toks[i-2].Norm == "far" || toks[i-2].Norm == "such")
	case prev == "to" || prev == "from" || prev == "on":
		// the nearest verb before, within a short object phrase
		for k := i - 2; k >= 0 && k >= i-6; k-- {
			if isVerbTag(toks[k].Tag) {
				return motionVerbs[lemmaOf(&toks[k])]
			}
		}
	}
	return false
}

func lemmaOf(t *text.Token) string {
	if t.Lemma != "" {
		return t.Lemma
	}
	return t.Norm
}

// motionVerbs move people or things to or from a place.
var motionVerbs = map[string]bool{"fly": true, "flew": true, "travel": true, "flee": true, "fled": true, "return": true,
	"go": true, "went": true, "come": true, "came": true, "head": true, "move": true, "march": true, "arrive": true,
	"sail": true, "drive": true, "drove": true, "carry": true, "bring": true, "brought": true, "take": true, "took": true,
	"recall": true, "withdraw": true, "evacuate": true, "deport": true, "relocate": true, "walk": true, "ride": true,
	"rode": true, "escape": true, "airlift": true, "transfer": true, "ship": true, "smuggle": true, "advance": true,
	"retreat": true, "commute": true, "extradite": true, "repatriate": true}

// spatialNouns name parts of a place: "the streets of Nairobi".
var spatialNouns = map[string]bool{"streets": true, "street": true, "districts": true, "district": true, "outskirts": true,
	"suburbs": true, "suburb": true, "centre": true, "center": true, "heart": true, "parts": true, "part": true,
	"areas": true, "area": true, "neighbourhoods": true, "neighborhoods": true, "neighbourhood": true, "neighborhood": true,
	"edge": true, "north": true, "south": true, "east": true, "west": true, "skies": true, "sky": true, "residents": true,
	"outskirt": true, "port": true, "downtown": true}

// choose picks among dictionary phrases of the same length matching at
// token i. A country's name wins over a place of another country of the
// same name, except right after "PLACE," of that other country: "Atlanta,
// Georgia" is the US state, "Georgia" alone the country.
func choose(toks []text.Token, items []item, i int, cands []*phrase) *phrase {
	if len(cands) == 1 {
		return cands[0]
	}
	if i >= 2 && toks[i-1].Tag == "," && len(items) > 0 {
		last := items[len(items)-1]
		if last.j == i-1 && last.p != nil && last.p.entry.Kind == Country {
			for _, p := range cands {
				if p.how == "place" && p.entry == last.p.entry {
					return p
				}
			}
		}
	}
	for _, p := range cands {
		if p.how != "place" {
			return p
		}
	}
	return cands[0]
}
