-- Articles: one row per stored article key (id, or sha256 of the text).
CREATE TABLE articles (
	id        INTEGER PRIMARY KEY,
	doc_id    TEXT NOT NULL UNIQUE,
	date      TEXT NOT NULL,
	title     TEXT NOT NULL,
	body      TEXT NOT NULL,
	source    TEXT NOT NULL,
	url       TEXT NOT NULL,
	language  TEXT NOT NULL,
	stored_at TEXT NOT NULL
);

-- Events: one row per distinct (source, target, cameo, date). The
-- descriptive columns come from the first report; record keeps that
-- report's full event record as JSON.
CREATE TABLE events (
	id             INTEGER PRIMARY KEY,
	source_code    TEXT NOT NULL,
	target_code    TEXT NOT NULL,
	cameo          TEXT NOT NULL,
	date           TEXT NOT NULL, -- '' when unknown
	source_country TEXT NOT NULL,
	target_country TEXT NOT NULL,
	source_role    TEXT NOT NULL,
	target_role    TEXT NOT NULL,
	quad_class     INTEGER NOT NULL,
	goldstein      REAL NOT NULL,
	record         TEXT NOT NULL,
	mentions       INTEGER NOT NULL,
	articles       INTEGER NOT NULL,
	sources        INTEGER NOT NULL,
	UNIQUE (source_code, target_code, cameo, date)
);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_target ON events (target_code, source_code, date);
CREATE INDEX events_cameo ON events (cameo, date);
CREATE INDEX events_quad ON events (quad_class, date);
CREATE INDEX events_source_country ON events (source_country, date);
CREATE INDEX events_target_country ON events (target_country, date);
CREATE INDEX events_source_role ON events (source_role, date);
CREATE INDEX events_target_role ON events (target_role, date);

-- Mentions: each report of an event in an article.
CREATE TABLE mentions (
	id             INTEGER PRIMARY KEY,
	event          INTEGER NOT NULL REFERENCES events (id),
	article        INTEGER NOT NULL REFERENCES articles (id),
	outlet         TEXT NOT NULL, -- the article's source, for source counts
	event_id       TEXT NOT NULL,
	sentence_id    INTEGER NOT NULL,
	sentence       TEXT NOT NULL,
	sentence_start INTEGER NOT NULL,
	sentence_end   INTEGER NOT NULL,
	source_text    TEXT NOT NULL,
	source_start   INTEGER NOT NULL,
	source_end     INTEGER NOT NULL,
	target_text    TEXT NOT NULL,
	target_start   INTEGER NOT NULL,
	target_end     INTEGER NOT NULL,
	evidence       TEXT NOT NULL,
	evidence_start INTEGER NOT NULL,
	evidence_end   INTEGER NOT NULL,
	pattern        TEXT NOT NULL,
	negated        INTEGER NOT NULL,
	hedged         INTEGER NOT NULL,
	reported_by    TEXT NOT NULL,
	date_text      TEXT NOT NULL,
	count          INTEGER NOT NULL,
	UNIQUE (article, event)
);
CREATE INDEX mentions_event ON mentions (event, outlet);

-- Full-text index over the reporting sentences (external content).
CREATE VIRTUAL TABLE mentions_fts USING fts5 (
	sentence,
	content = 'mentions',
	content_rowid = 'id'
);

-- Actors: distinct events per actor code, kept current on insert.
CREATE TABLE actors (
	code   TEXT PRIMARY KEY,
	name   TEXT NOT NULL,
	events INTEGER NOT NULL
) WITHOUT ROWID;
