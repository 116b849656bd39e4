package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"annals/article"
	"annals/text"
	"annals/timex"
)

type actorsCmd struct{}

func (*actorsCmd) Name() string { return "actors" }
func (*actorsCmd) Synopsis() string {
	return "print recognised actor mentions as JSON lines"
}

// mentionLine is one line of `annals actors`.
type mentionLine struct {
	DocID      string `json:"doc_id"`
	SentenceID int    `json:"sentence_id"`
	Text       string `json:"text"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Code       string `json:"code"`
	Country    string `json:"country,omitempty"`
	Org        string `json:"org,omitempty"`
	Role       string `json:"role,omitempty"`
	Name       string `json:"name,omitempty"`
	Via        string `json:"via"`
	Entry      string `json:"entry,omitempty"`
}

func (c *actorsCmd) Run(ctx context.Context, env *Env, args []string) int {
	fs := newFlags(env, "actors", "[PATH|-]...")
	var df dictFlags
	df.register(fs)
	var in input
	in.register(fs)
	paths, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	arts, err := in.articles(env, paths)
	if err != nil {
		fmt.Fprintf(env.Stderr, "annals actors: %v\n", err)
		return ExitUsage
	}
	cd, err := df.build()
	if err != nil {
		fmt.Fprintf(env.Stderr, "annals actors: %v\n", err)
		return ExitUsage
	}
	enc := json.NewEncoder(env.Stdout)
	status := ExitOK
	for a, err := range arts {
		if err != nil {
			fmt.Fprintln(env.Stderr, err)
			status = ExitUsage
			continue
		}
		rec := cd.Actors.NewRecognizer()
		rec.SetDate(a.Date)
		for _, s := range text.Split(a.Text) {
			for _, m := range rec.Sentence(cd.Tagger.Sentence(s)) {
				if !m.IsActor() {
					continue
				}
				act := m.Actor(cd.Actors, a.Date)
				if err := enc.Encode(mentionLine{DocID: a.ID, SentenceID: s.Index, Text: m.Span.Of(a.Text), Start: m.Start, End: m.End,
					Code: act.Code, Country: act.Country, Org: act.Org, Role: act.Role, Name: act.Name, Via: m.Via, Entry: act.Entry}); err != nil {
					return writeErr(env, "actors", err)
				}
			}
		}
	}
	return status
}

func writeErr(env *Env, cmd string, err error) int {
	fmt.Fprintf(env.Stderr, "annals %s: %v\n", cmd, err)
	return ExitUsage
}

type timexCmd struct{}

func (*timexCmd) Name() string { return "timex" }
func (*timexCmd) Synopsis() string {
	return "print temporal expressions with spans and resolved values"
}

type timexLine struct {
	DocID      string `json:"doc_id"`
	SentenceID int    `json:"sentence_id"`
	Text       string `json:"text"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Type       string `json:"type"`
	Value      string `json:"value"`
	Date       string `json:"date,omitempty"`
	Vague      bool   `json:"vague,omitempty"`
}

func (c *timexCmd) Run(ctx context.Context, env *Env, args []string) int {
	fs := newFlags(env, "timex", "[--date YYYY-MM-DD] [PATH|-]...")
	var in input
	in.register(fs)
	paths, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	arts, err := in.articles(env, paths)
	if err != nil {
		return writeErr(env, "timex", err)
	}
	tg := timex.New()
	status := ExitOK
	for a, err := range arts {
		if err != nil {
			fmt.Fprintln(env.Stderr, err)
			status = ExitUsage
			continue
		}
		if err := writeTimex(env.Stdout, tg, a); err != nil {
			return writeErr(env, "timex", err)
		}
	}
	return status
}

func writeTimex(w io.Writer, tg *timex.Tagger, a article.Article) error {
	enc := json.NewEncoder(w)
	sents := text.Split(a.Text)
	k := 0
	for _, x := range tg.Tag(a.Text, a.Date) {
		for k+1 < len(sents) && x.Start >= sents[k].End {
			k++
		}
		sid := 0
		if len(sents) > 0 {
			sid = sents[k].Index
		}
		if err := enc.Encode(timexLine{DocID: a.ID, SentenceID: sid, Text: x.Text, Start: x.Start, End: x.End,
			Type: string(x.Type), Value: x.Value, Date: x.Date.String(), Vague: x.Vague}); err != nil {
			return err
		}
	}
	return nil
}
