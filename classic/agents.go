package classic

import (
	"fmt"
	"strings"
)

// maxExpand bounds the names one agent line expands to through
// substitution sets.
const maxExpand = 64

// Agents converts a TABARI / PETRARCH agents file to annals' agent
// format. `TROOPS [~MIL]` becomes `agent MIL troops`; a prefix role
// `[IGO~]` becomes `agent IGO ...` with a comment, since annals agents
// carry their role after the country code only; `!PERSON! = MAN, MEN`
// substitution sets are expanded; `{PLURAL}` gives an irregular plural
// and `{}` no plural.
func Agents(name, text string) (string, ErrorList) {
	var st Stats
	return convertAgents(name, text, &st)
}

func convertAgents(name, text string, st *Stats) (string, ErrorList) {
	r := &reader{name: name}
	var b strings.Builder
	fmt.Fprintf(&b, "# converted from %s (classic agents)\n\n", name)
	subst := map[string][]string{}
	for n, raw := range lines(text) {
		n++
		t := strings.TrimSpace(stripComment(raw))
		if t == "" {
			continue
		}
		if t[0] == '!' && strings.Contains(t, "=") && !strings.Contains(t, "[") {
			readSubst(r, n, t, subst)
			continue
		}
		agentLine(&b, r, n, t, subst, st)
	}
	st.Errors += len(r.errs)
	return b.String(), r.errs
}

// readSubst reads "!NAME! = A, B, C".
func readSubst(r *reader, n int, t string, subst map[string][]string) {
	key, vals, ok := strings.Cut(t, "=")
	key = strings.TrimSpace(key)
	if !ok || len(key) < 3 || !strings.HasSuffix(key, "!") || strings.Count(key, "!") != 2 {
		r.bad(n, "want: !NAME! = WORD, WORD")
		return
	}
	var out []string
	for _, v := range strings.Split(vals, ",") {
		if w := strings.Join(words(strings.ToLower(v)), " "); w != "" {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		r.bad(n, "substitution set %s is empty", key)
		return
	}
	subst[strings.ToUpper(key)] = out
}

func agentLine(b *strings.Builder, r *reader, n int, t string, subst map[string][]string, st *Stats) {
	open := strings.IndexByte(t, '[')
	if open < 0 {
		r.bad(n, "agent without a [~CODE]")
		return
	}
	end := strings.IndexByte(t[open:], ']')
	if end < 0 {
		r.bad(n, "unclosed [ in %q", clip(t[open:]))
		return
	}
	code := strings.ToUpper(strings.Join(strings.Fields(t[open+1:open+end]), ""))
	if rest := strings.TrimSpace(t[open+end+1:]); rest != "" {
		r.bad(n, "unexpected text after the code: %q", clip(rest))
		return
	}
	phrase, plural := t[:open], ""
	hasPlural := false
	if i := strings.IndexByte(phrase, '{'); i >= 0 {
		j := strings.IndexByte(phrase[i:], '}')
		if j < 0 {
			r.bad(n, "unclosed { in %q", clip(phrase))
			return
		}
		plural, hasPlural = phrase[i+1:i+j], true
		phrase = phrase[:i] + " " + phrase[i+j+1:]
	}
	role, note := "", ""
	switch {
	case strings.HasPrefix(code, "~") && !strings.HasSuffix(code, "~"):
		role = code[1:]
	case strings.HasSuffix(code, "~") && !strings.HasPrefix(code, "~"):
		role = code[:len(code)-1]
		note = fmt.Sprintf("  # classic prefix %s~: the role goes before the country code; annals writes it as the agent role", role)
		st.skip("agent prefix role X~: written as the role")
	default:
		r.bad(n, "agent code %q: want [~ROLE] or [ROLE~]", clip(code))
		return
	}
	if !isActorCode(role) {
		r.bad(n, "bad agent role %q", clip(role))
		return
	}
	sing := expandSubst(strings.ToUpper(phrase), subst)
	if sing == nil {
		r.bad(n, "agent %q: unknown substitution set or too many forms", clip(phrase))
		return
	}
	var pls []string
	for _, p := range strings.Fields(plural) {
		pls = append(pls, expandSubst(strings.ToUpper(p), subst)...)
	}
	var forms []string
	seen := map[string]bool{}
	add := func(f string) {
		if !seen[f] {
			seen[f] = true
			forms = append(forms, f)
		}
	}
	for i, s := range sing {
		if !agentSafe(s) {
			st.skip("agent name with a character annals reserves (/ | { } ...)")
			fmt.Fprintf(b, "# skipped (reserved character): %s  # %d\n", oneLine(s), n)
			return
		}
		switch {
		case hasPlural && len(pls) == 0:
			add(s + "/" + s) // {}: no plural form
		case hasPlural && i < len(pls) && agentSafe(pls[i]):
			add(s + "/" + pls[i])
		default:
			add(s)
		}
	}
	for _, p := range pls[min(len(pls), len(sing)):] {
		if agentSafe(p) {
			add(p + "/" + p)
		}
	}
	st.Agents++
	st.AgentForms += len(forms)
	fmt.Fprintf(b, "agent %s %s  # %d%s\n", role, strings.Join(forms, " | "), n, note)
}

// expandSubst turns a classic phrase with !SET! markers into lower-case
// names; nil when a set is unknown or the expansion is too large.
func expandSubst(phrase string, subst map[string][]string) []string {
	out := []string{""}
	for phrase != "" {
		i := strings.IndexByte(phrase, '!')
		if i < 0 {
			out = appendAll(out, []string{phrase})
			break
		}
		j := strings.IndexByte(phrase[i+1:], '!')
		if j < 0 {
			return nil
		}
		set, ok := subst[phrase[i:i+j+2]]
		if !ok {
			return nil
		}
		out = appendAll(out, []string{phrase[:i]})
		out = appendAll(out, set)
		if len(out) > maxExpand {
			return nil
		}
		phrase = phrase[i+j+2:]
	}
	for k, s := range out {
		out[k] = strings.Join(words(strings.ToLower(strings.ToValidUTF8(s, ""))), " ")
	}
	var keep []string
	for _, s := range out {
		if s != "" {
			keep = append(keep, s)
		}
	}
	if len(keep) == 0 {
		return nil
	}
	return keep
}

func appendAll(prefixes, tails []string) []string {
	out := make([]string, 0, len(prefixes)*len(tails))
	for _, p := range prefixes {
		for _, t := range tails {
			out = append(out, p+strings.ToLower(t))
		}
	}
	return out
}

func agentSafe(s string) bool {
	for _, w := range strings.Fields(s) {
		if !safeWord(w) {
			return false
		}
	}
	return s != ""
}
