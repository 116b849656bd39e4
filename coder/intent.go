package coder

import (
	"annals/text"
	"annals/verb"
)

// intent reads an announced act as CAMEO codes it: "Finland will give
// Tanzania a grant" or "Japan pledged to send aid" is the intent to give
// aid (033), not aid given (07x) and not speculation; "Iran warned it
// would strike" or "threatened to attack" is a threat (13x). ok is false
// when the candidate stays as it is (asserted, or hedged by speculation:
// may, might, could, if, a verb of seeming).
func intent(s text.Sentence, c verb.Candidate) (out verb.Candidate, ok bool) {
	if c.Pattern == nil || c.Pattern.Classic {
		return c, false
	}
	if c.Negated && (refusals[c.HedgedBy] || c.HedgedBy == "will" && !predicted(s.Tokens, c.Trigger, "will")) {
		// "declined to resign", "refused to release the hostages", "will
		// not accept more refugees": the refusal CAMEO codes (12x)
		if code := refusalCode(c.Code); code != "" {
			out = c
			out.Why = "refused (" + c.HedgedBy + "): " + c.Code + " read as " + code
			out.Code, out.Negated, out.HedgedBy = code, false, ""
			return out, true
		}
		return c, false
	}
	if !c.Hedged || c.Negated {
		return c, false
	}
	by := c.HedgedBy
	if by == "" {
		by = governing(s.Tokens, c.Trigger)
	}
	code := ""
	switch {
	case threatWords[by] || (by == "will" || by == "would" || by == "could" || by == "shall") && verb.WarnedBefore(s.Tokens, c.Trigger):
		code = threatCode(c.Code)
	case intentWords[by] && !predicted(s.Tokens, c.Trigger, by):
		// a cooperative act announced is an intent; a hostile one
		// announced ("will extend the curfew", "plans to impose
		// restrictions") is a threat
		code = intentCode(c.Code)
		if c.Code == "051" && supportVerbs[s.Tokens[c.Trigger].Lemma] {
			code = "032" // "will support": policy support, not praise
		}
		if code == "" && by != "agree" && by != "offer" && by != "propose" {
			code = threatCode(c.Code)
		}
	}
	if code == "" {
		return c, false
	}
	out = c
	out.Why = "announced (" + by + "): " + c.Code + " read as " + code
	if code == c.Code {
		// an intent or a threat announced ("ready to accept the
		// proposal", "would threaten"): asserted as it is
		out.Why = "announced (" + by + "): " + code
	}
	out.Code, out.Hedged, out.HedgedBy = code, false, ""
	return out, true
}

// intentWords announce an act: a future modal or a verb of intending.
var intentWords = map[string]bool{"will": true, "would": true, "shall": true, "plan": true, "intend": true,
	"pledge": true, "promise": true, "offer": true, "prepare": true, "agree": true, "decide": true, "aim": true,
	"want": true, "seek": true, "propose": true, "ready": true}

// supportVerbs announce policy support (032) rather than praise.
var supportVerbs = map[string]bool{"support": true, "back": true, "endorse": true, "champion": true}

// refusals negate an act by refusing it: CAMEO codes the refusal.
var refusals = map[string]bool{"refuse": true, "decline": true, "reject": true}

// refusalCode maps a refused cooperative act (03-08) to the rejection
// CAMEO gives it (12x); "" for acts with none.
func refusalCode(code string) string { return refusalMap.of(code) }

var refusalMap = codeMap{exact: refusalOf, root: map[string]string{"03": "120", "04": "125", "05": "120", "06": "121",
	"07": "122", "08": "124"}}

// codeMap maps an event code to another: by the code itself, then its
// three-digit parent, then its root ("=" keeps the code as it is).
type codeMap struct{ exact, root map[string]string }

func (m codeMap) of(code string) string {
	if len(code) < 2 {
		return ""
	}
	if c, ok := m.exact[code]; ok {
		return c
	}
	if len(code) == 4 {
		if c, ok := m.exact[code[:3]]; ok {
			return c
		}
	}
	if c := m.root[code[:2]]; c != "=" {
		return c
	}
	return code
}

var refusalOf = map[string]string{
	"045": "126", "057": "127", "061": "1211", "062": "1212",
	"081": "1241", "082": "1242", "083": "123", "0831": "1231", "0832": "1232", "0833": "1233", "0834": "1234",
	"084": "1243", "085": "1244", "086": "1245", "087": "1246",
	"036": "125", "037": "127", "038": "126", "039": "126",
}

// threatWords govern an act as a threat.
var threatWords = map[string]bool{"threaten": true, "warn": true, "vow": true}

// predicted reports a future said of someone other than the speaker:
// "he argued that Greenlanders would choose to ..." is a prediction, while
// "Japan said it would send aid" announces Japan's own act. A modal after
// a verb of saying or thinking announces only with a pronoun subject.
func predicted(toks []text.Token, trig int, by string) bool {
	if by != "will" && by != "would" && by != "shall" {
		return false
	}
	md := -1
	for k := trig - 1; k >= 0 && k >= trig-6; k-- {
		if toks[k].Tag == "MD" {
			md = k
			break
		}
	}
	if md < 0 {
		return false
	}
	said := false
	for k := md - 1; k >= 0; k-- {
		if len(toks[k].Tag) >= 2 && toks[k].Tag[:2] == "VB" && sayVerbs[toks[k].Lemma] {
			said = true
			break
		}
	}
	if !said {
		return false
	}
	k := md - 1
	for k >= 0 && toks[k].Tag == "RB" {
		k--
	}
	// "his government would", "its forces will": the speaker's own
	for n := k; n >= 0 && n >= k-3 && (toks[n].Tag == "NN" || toks[n].Tag == "NNS" || toks[n].Tag == "JJ" || toks[n].Tag == "PRP$"); n-- {
		if toks[n].Tag == "PRP$" {
			return false
		}
	}
	return k < 0 || toks[k].Tag != "PRP"
}

// sayVerbs report what someone said or thinks.
var sayVerbs = map[string]bool{"say": true, "argue": true, "predict": true, "believe": true, "think": true,
	"expect": true, "suggest": true, "tell": true, "report": true, "claim": true, "insist": true, "note": true,
	"add": true, "state": true, "announce": true, "estimate": true, "forecast": true}

// governing finds what an infinitive trigger depends on: "ready to",
// "willing to", or an intending verb further back in a chain of
// infinitives ("agreed to set up a commission and to meet again").
func governing(toks []text.Token, trig int) string {
	if trig < 2 || toks[trig-1].Tag != "TO" {
		return ""
	}
	for k := trig - 2; k >= 0 && k >= trig-20; k-- {
		t := &toks[k]
		switch {
		case t.Norm == ";" || t.Norm == ":":
			return ""
		case t.Lemma == "ready" || t.Lemma == "willing" || t.Lemma == "prepared" || t.Lemma == "eager" || t.Lemma == "determined" || t.Lemma == "committed":
			return "ready"
		case len(t.Tag) >= 2 && t.Tag[:2] == "VB" && (intentWords[t.Lemma] || threatWords[t.Lemma]):
			return t.Lemma
		case len(t.Tag) >= 2 && t.Tag[:2] == "VB" && (k == 0 || toks[k-1].Tag != "TO"):
			return "" // a finite verb of another kind governs the chain
		}
	}
	return ""
}

// intentCode maps a cooperative act (04-08) to its intent code (03x);
// "" for acts CAMEO has no intent code for.
func intentCode(code string) string { return intentMap.of(code) }

var intentMap = codeMap{exact: intentOf, root: map[string]string{"03": "=", "04": "036", "06": "031", "07": "033", "08": "035"}}

var intentOf = map[string]string{
	"045": "039", "050": "032", "052": "032", "053": "032", "054": "032", "055": "030", "056": "030", "057": "030",
	"061": "0311", "062": "0312", "063": "0313", "064": "0314",
	"071": "0331", "072": "0332", "073": "0333", "074": "0334",
	"081": "0351", "082": "0352", "0831": "0341", "0832": "0342", "0833": "0343", "0834": "0344", "083": "034",
	"084": "0353", "085": "0354", "086": "0355", "087": "0356",
}

// threatCode maps a hostile act (14-20) to the threat of it (13x); ""
// for acts that are not threatened so.
func threatCode(code string) string { return threatMap.of(code) }

var threatMap = codeMap{exact: threatOf, root: map[string]string{"13": "=", "14": "133", "15": "138", "16": "131",
	"17": "137", "18": "1383", "19": "1384", "20": "1383"}}

var threatOf = map[string]string{
	"161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136",
	"172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324", "174": "132",
	"191": "1381", "192": "1382", "204": "1385",
}
