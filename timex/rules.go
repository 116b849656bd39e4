package timex

// spec is one rule as data: a pattern (syntax in pattern.go), the TIMEX3
// type it yields and the resolver that computes its value.
type spec struct {
	name      string
	typ       Type
	pat       string
	res       resolver
	arg       int
	afterExpr bool // only right after another expression and a connector
}

// Context word lists shared by several patterns.
const (
	preps    = "in|since|by|until|till|from|through|during|before|after|between|throughout|around|within|over|as|into"
	yearPrep = "for|in|since|by|until|till|from|before|after|through|during|between|throughout|around|circa|year|fiscal|as|into|late|early|mid"
	connect  = "and|or|to|through|until|till|-|–|—|/|,"
	zones    = "gmt|utc|et|est|edt|bst|cet|cest|msk|pt|pst|pdt"
	vagueQ   = "several|many|few|couple|dozens|some"
	approx   = "nearly|almost|about|around|roughly|some|over?"
)

// vagueWords are the quantities of vagueQ that leave a count unknown.
var vagueWords = []string{"several", "many", "few", "couple", "dozens", "some"}

// Resolver arguments.
const (
	argAnchor = 0
	argRef    = 1

	refPresent = 1
	refPast    = 2
	refFuture  = 3
)

// futureCues are phrases that, near an expression in the same sentence,
// make weekdays, months and holidays point forward.
var futureCues = []string{
	"will", "'ll", "shall", "won 't", "is to", "are to", "is due", "are due", "due to",
	"is expected", "are expected", "expected to", "plans to", "plan to", "planned to",
	"planning to", "plans a", "scheduled", "slated", "set to", "is set", "are set",
	"going to", "next", "upcoming", "takes office", "take office", "intends to",
	"aims to", "hopes to", "is to be", "to be held", "would be held", "will be",
	"may be", "might be", "could be", "must", "forecast to", "projected to",
	"likely to", "poised to", "takes effect", "take effect", "comes into force",
	"come into force", "enters into force", "expires", "begins", "opens", "resumes",
	"expects", "expect", "should", "deadline", "could", "falls on", "planned for", "effective",
	"is planned", "are planned", "may", "might",
	"vowed to", "vows to", "vow to", "pledged to", "pledges to", "promised to", "promises to",
	"threatened to", "threatens to", "intend to", "intended to", "announced plans",
}

// pastVerbs are irregular past-tense forms; with words ending in -ed they
// mark a sentence as past.
var pastVerbs = []string{
	"said", "was", "were", "had", "did", "met", "took", "began", "came", "went",
	"made", "held", "told", "fled", "left", "won", "lost", "fell", "rose", "led",
	"saw", "struck", "sought", "spoke", "wrote", "gave", "got", "sent", "brought",
	"thought", "knew", "became", "ran", "broke", "chose", "drove", "flew", "froze",
	"hit", "kept", "paid", "put", "quit", "set", "shot", "slew", "sold", "stood",
	"swore", "threw", "understood", "withdrew", "woke", "bought", "caught", "fought",
	"taught", "felt", "heard", "built", "meant", "spent", "ago", "yesterday",
}

// ruleSpecs is the rule set. Longer matches win; on equal length the
// earlier rule wins.
var ruleSpecs = []spec{
	// Explicit calendar dates.
	{name: "iso", typ: DATE, pat: "@iso", res: rISO},
	{name: "mdy", typ: DATE, pat: "@month .? @day ,? @year", res: rExplicit},
	{name: "mdy", typ: DATE, pat: "@wday ,? @month .? @day ,? @year", res: rExplicit},
	{name: "dmy", typ: DATE, pat: "the? @day of? @month .? ,? @year", res: rExplicit},
	{name: "dmy", typ: DATE, pat: "@wday ,? the? @day of? @month .? ,? @year", res: rExplicit},
	{name: "dmy-ordw", typ: DATE, pat: "the @ordw of @month ,? @year", res: rExplicit},
	{name: "md", typ: DATE, pat: "@month .? @day !:|@unit|@units", res: rExplicit},
	{name: "md", typ: DATE, pat: "@wday ,? @month .? @day !:|@unit|@units", res: rExplicit},
	{name: "dm", typ: DATE, pat: "the? @day of? @month", res: rExplicit},
	{name: "dm", typ: DATE, pat: "@wday ,? the? @day of? @month", res: rExplicit},
	{name: "dm-ordw", typ: DATE, pat: "the @ordw of @month", res: rExplicit},
	{name: "my", typ: DATE, pat: "early|late|mid? -? @month .? ,? @year", res: rExplicit},
	{name: "month-mod", typ: DATE, pat: "early|late|mid -? @month", res: rExplicit},
	{name: "month-of", typ: DATE, pat: "the? end|beginning|start|middle|close of @month ,? @year?", res: rExplicit},
	{name: "month", typ: DATE, pat: "<" + preps + "> @month", res: rExplicit},
	{name: "md-rel", typ: DATE, pat: "@month .? @day ,? last|this|next year", res: rExplicit},
	{name: "month-rel-year", typ: DATE, pat: "<" + preps + "> early|late|mid? -? @month last|this|next year", res: rExplicit},
	{name: "week-of-month", typ: DATE, pat: "the first|second|third|fourth|final|last week|weekend|days of @month ,? @year?", res: rWeekOfMonth},
	{name: "day-range", typ: DATE, pat: "<to|-|–|and|through|until|till> @day !@word|@unit|@units|:", res: rDayRange, afterExpr: true},
	{name: "month-list", typ: DATE, pat: "<" + connect + "> @month", res: rExplicit, afterExpr: true},
	{name: "month-rel", typ: DATE, pat: "early|late? last|next|this|coming|past @month", res: rMonthRel},
	{name: "ord-day", typ: DATE, pat: "the @ord !@word|@num", res: rOrdDay},

	// Years and decades.
	{name: "year", typ: DATE, pat: "<" + yearPrep + "> @year !@unit|@units|%", res: rYear, arg: 1800},
	{name: "year-mod", typ: DATE, pat: "early|late|mid -? @year !@unit|@units", res: rYear, arg: 1000},
	{name: "year-of", typ: DATE, pat: "the? end|beginning|start|middle|close|turn|rest|remainder of @year", res: rYear, arg: 1000},
	{name: "year-adj", typ: DATE, pat: "<the|a|an|its|his|her|their|this|that|of|'s> @year <@word> !@unit|@units", res: rYear, arg: 1900},
	{name: "year-range", typ: DATE, pat: "@year <-|–|—> <@year>", res: rYear, arg: 1800},
	{name: "year-list", typ: DATE, pat: "<" + connect + "> @year", res: rYear, arg: 1000, afterExpr: true},
	{name: "decade", typ: DATE, pat: "the? early|late|mid? -? @decade", res: rDecade},
	{name: "century", typ: DATE, pat: "the early|late|mid? -? @ord|@ordw century", res: rCentury},

	// Weekdays.
	{name: "weekday", typ: DATE, pat: "!black|good|holy|bloody|super|ash|cyber|easter early|late? this? last|next|this|coming|past? @wday @part?", res: rWday},

	// Deictic days and parts of days.
	{name: "deictic", typ: DATE, pat: "!usa yesterday|today|tomorrow|tonight @part?", res: rDeictic},
	{name: "deictic-part", typ: TIME, pat: "this|last @part", res: rDeictic},
	{name: "overnight", typ: TIME, pat: "overnight", res: rDeictic},
	{name: "deictic-2", typ: DATE, pat: "the day before|after yesterday|tomorrow", res: rDeictic},

	// Anaphoric: relative to the last mentioned day.
	{name: "anaphor", typ: DATE, pat: "the next|following|previous|preceding|same day|morning|afternoon|evening|night|week|month|year|weekend !of", res: rRel, arg: argRef},
	{name: "anaphor-that", typ: DATE, pat: "later|earlier? that day|morning|afternoon|evening|night|week|month|year|weekend", res: rRel, arg: argRef},
	{name: "in-the-unit", typ: DATE, pat: "earlier|later in the day|week|month|year", res: rRel, arg: argRef},
	{name: "weekend", typ: DATE, pat: "<over|during|at|on|by|until|since|after|before|through|throughout> the weekend", res: rWeekend},
	{name: "later", typ: DATE, pat: approx + " @num|the @unit|@units later|earlier|afterwards|afterward", res: rOffset, arg: argRef},
	{name: "after-end", typ: DATE, pat: approx + " @num|the @unit|@units after|before !@word|@num", res: rOffset, arg: argRef},
	{name: "after-clause", typ: DATE, pat: approx + " @num|the @unit|@units after|before <@word|@num>", res: rClause},
	{name: "during-campaign", typ: DATE, pat: "<during> his|her|their|the presidential|election|re-election|reelection? campaign", res: rCampaign},
	{name: "after-event", typ: DATE, pat: approx + " @num|the|several|few|a? few? @unit|@units after|before @event", res: rEvent},
	{name: "ago", typ: DATE, pat: approx + " @num @unit|@units ago today?", res: rOffset, arg: argAnchor},
	{name: "ago", typ: DATE, pat: "more|less than @num @unit|@units ago", res: rOffset, arg: argAnchor},
	{name: "ago-vague", typ: DATE, pat: "a? " + vagueQ + "? of? @units ago", res: rRef, arg: refPast},

	// Weeks, months, years relative to the article date.
	{name: "rel", typ: DATE, pat: "earlier|later|early|late|mid? -? this|last|next|coming|current @unit", res: rRel, arg: argAnchor},
	{name: "rel-of", typ: DATE, pat: "the? end|beginning|start|middle|close|rest|remainder|turn of the|this|last|next @unit", res: rRel, arg: argAnchor},
	{name: "half", typ: DATE, pat: "the? first|second|third|fourth|@ord half|quarter of the|this|last|next? year|@year", res: rHalf},
	{name: "half-bare", typ: DATE, pat: "<in|during|for|over|since|by|until|through|throughout> the first|second|third|fourth|@ord quarter|half !of", res: rHalf},
	{name: "half-code", typ: DATE, pat: "q1|q2|q3|q4|h1|h2 @year?", res: rHalf},

	// Seasons.
	{name: "season-year", typ: DATE, pat: "early|late|mid? -? @season ,? @year", res: rSeason},
	{name: "season-of", typ: DATE, pat: "the? early|late|mid? -? @season of @year", res: rSeason},
	{name: "season-rel", typ: DATE, pat: "early|late? this|last|next|coming|past @season", res: rSeason},
	{name: "season", typ: DATE, pat: "<" + preps + "> the? early|late? @season !of|in", res: rSeason},
	{name: "season-the", typ: DATE, pat: "the summer|winter|autumn !of|@word", res: rSeason},

	// Holidays.
	{name: "christmas", typ: DATE, pat: "last|next|this? christmas eve|day? ,? @year?", res: rHoliday, arg: 1225},
	{name: "new-year", typ: DATE, pat: "last|next|this? new year 's day|eve ,? @year?", res: rHoliday, arg: 101},
	{name: "independence", typ: DATE, pat: "!'s last|next|this? independence day ,? @year?", res: rHoliday, arg: 704},
	{name: "valentine", typ: DATE, pat: "last|next|this? valentine 's day ,? @year?", res: rHoliday, arg: 214},
	{name: "halloween", typ: DATE, pat: "last|next|this? halloween ,? @year?", res: rHoliday, arg: 1031},
	{name: "easter", typ: DATE, pat: "last|next|this? good friday ,? @year?", res: rHoliday, arg: -2},
	{name: "easter", typ: DATE, pat: "last|next|this? easter sunday|monday? ,? @year?", res: rHoliday, arg: -1},
	{name: "holiday-weekend", typ: DATE, pat: "the? christmas|easter|thanksgiving weekend", res: rHoliday, arg: -3},
	{name: "new-year-the", typ: DATE, pat: "<into|in|until|till|by|after|before|since|for> the new year", res: rHoliday, arg: -4},
	{name: "thanksgiving", typ: DATE, pat: "last|next|this? thanksgiving day? ,? @year?", res: rHoliday, arg: 0},

	// Clock times.
	{name: "clock", typ: TIME, pat: "@time a.m.|p.m.|am|pm? " + zones + "?", res: rClock},
	{name: "clock", typ: TIME, pat: "@num a.m.|p.m. " + zones + "?", res: rClock},
	{name: "clock", typ: TIME, pat: "<at|around|about|by|until|before|after|from> @num am|pm " + zones + "?", res: rClock},
	{name: "clock", typ: TIME, pat: "@num o 'clock", res: rClock},
	{name: "clock", typ: TIME, pat: "<at|by|until|till|before|after|around|from|past> noon|midnight", res: rClock},

	// Rates ("$300 billion a year") are sets, not durations.
	{name: "set-rate", typ: SET, pat: "<billion|million|trillion|thousand|percent|%|dollars|euros|tons|tonnes|barrels|times> a|per @unit", res: rSet},
	{name: "set-rate", typ: SET, pat: "per @unit", res: rSet},

	// Durations.
	{name: "dur-than", typ: DURATION, pat: "more|less|fewer than @num -? @unit|@units !ago|later|earlier", res: rDuration},
	{name: "dur-least", typ: DURATION, pat: "at least|most @num -? @unit|@units !ago|later|earlier", res: rDuration},
	{name: "dur-upto", typ: DURATION, pat: "up to @num -? @unit|@units !ago|later|earlier", res: rDuration},
	{name: "dur", typ: DURATION, pat: "nearly|almost|about|around|roughly|approximately|some|over|under? @num -? @unit|@units !ago|later|earlier|afterwards", res: rDuration},
	{name: "dur-long", typ: DURATION, pat: "@num? -? @unit|@units - long|old", res: rDuration},
	{name: "dur-vague", typ: DURATION, pat: "a? several|many|few|couple|dozens of? @units !ago", res: rDuration},
	{name: "dur-bare", typ: DURATION, pat: "<for|over|within|in|after|since> @units !ago|later", res: rDuration},
	{name: "dur-decades", typ: DURATION, pat: "decades|centuries !ago|later|earlier", res: rDuration},
	{name: "dur-past", typ: DURATION, pat: "the past|last|next|coming @num @units", res: rDuration},
	{name: "dur-past1", typ: DURATION, pat: "the past|last @unit !of", res: rDuration},

	// Sets.
	{name: "set-every", typ: SET, pat: "every|each @wday|@unit|@part", res: rSet},
	{name: "set-every-n", typ: SET, pat: "every @num @units", res: rSet},
	{name: "set-every-few", typ: SET, pat: "every few|several|couple of? @units", res: rSet},
	{name: "set-wdays", typ: SET, pat: "@wdays", res: rSet},
	{name: "set-adv", typ: SET, pat: "daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly|biweekly", res: rSet},
	{name: "set-times", typ: SET, pat: "once|twice a|per|each @unit", res: rSet},
	{name: "set-times", typ: SET, pat: "@num times a|per|each @unit", res: rSet},

	// Vague references.
	{name: "ref-now", typ: DATE, pat: "right? now|currently|nowadays|presently", res: rRef, arg: refPresent},
	{name: "ref-these", typ: DATE, pat: "these days", res: rRef, arg: refPresent},
	{name: "ref-moment", typ: DATE, pat: "<at> present|the moment", res: rRef, arg: refPresent},
	{name: "ref-recent", typ: DATE, pat: "recently|lately", res: rRef, arg: refPast},
	{name: "ref-recent-units", typ: DATE, pat: "recent @units", res: rRef, arg: refPast},
	{name: "ref-past-few", typ: DATE, pat: "the past|last few @units", res: rRef, arg: refPast},
	{name: "ref-coming", typ: DATE, pat: "the coming|next few? @units", res: rRef, arg: refFuture},
	{name: "ref-coming", typ: DATE, pat: "<in|over|within|during> coming|upcoming|next few? @units", res: rRef, arg: refFuture},
	{name: "ref-past", typ: DATE, pat: "<in> the past !@num|@units|@unit|few|several", res: rRef, arg: refPast},
	{name: "ref-future", typ: DATE, pat: "<in> the near? future", res: rRef, arg: refFuture},
	{name: "ref-soon", typ: DATE, pat: "!as soon !as|after", res: rRef, arg: refFuture},
}
