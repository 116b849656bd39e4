-- Text columns compared as ISO dates or code prefixes use the "C" collation,
-- so that they sort and range-match byte by byte as in the SQLite backend,
-- and plain btree indexes serve prefix ranges (col >= lo AND col < hi).

-- Articles: one row per stored article key (id, or sha256 of the text).
CREATE TABLE articles (
	id        bigserial PRIMARY KEY,
	doc_id    text COLLATE "C" NOT NULL UNIQUE,
	date      text NOT NULL,
	title     text NOT NULL,
	body      text NOT NULL,
	source    text NOT NULL,
	url       text NOT NULL,
	language  text NOT NULL,
	stored_at timestamptz NOT NULL DEFAULT now()
);

-- Events: one row per distinct (source, target, cameo, date). The
-- descriptive columns come from the first report; record keeps that
-- report's full event record as JSON.
CREATE TABLE events (
	id             bigserial PRIMARY KEY,
	source_code    text COLLATE "C" NOT NULL,
	target_code    text COLLATE "C" NOT NULL,
	cameo          text COLLATE "C" NOT NULL,
	date           text COLLATE "C" NOT NULL, -- '' when unknown
	source_country text COLLATE "C" NOT NULL,
	target_country text COLLATE "C" NOT NULL,
	source_role    text COLLATE "C" NOT NULL,
	target_role    text COLLATE "C" NOT NULL,
	quad_class     integer NOT NULL,
	goldstein      double precision NOT NULL,
	record         json NOT NULL,
	mentions       integer NOT NULL,
	articles       integer NOT NULL,
	sources        integer NOT NULL,
	-- Normalised actor prefixes: the first three characters of each code
	-- (the country, or IGO...), for dyad lookups by events_dyad.
	source3        text COLLATE "C" GENERATED ALWAYS AS (left(source_code, 3)) STORED,
	target3        text COLLATE "C" GENERATED ALWAYS AS (left(target_code, 3)) STORED,
	UNIQUE (source_code, target_code, cameo, date)
);
-- The unique index serves source prefixes and one direction of a dyad;
-- events_target serves target prefixes and the other direction.
CREATE INDEX events_target ON events (target_code, source_code, date);
-- Dyads and timelines: the pair of normalised prefixes, covering what a
-- timeline reads so that it can be an index-only scan.
CREATE INDEX events_dyad ON events (source3, target3, date)
	INCLUDE (source_code, target_code, quad_class, mentions, goldstein);
CREATE INDEX events_date ON events (date, id);
CREATE INDEX events_cameo ON events (cameo, date);
CREATE INDEX events_quad ON events (quad_class, date);
CREATE INDEX events_source_country ON events (source_country, date);
CREATE INDEX events_target_country ON events (target_country, date);
CREATE INDEX events_source_role ON events (source_role, date);
CREATE INDEX events_target_role ON events (target_role, date);

-- Mentions: each report of an event in an article.
CREATE TABLE mentions (
	id             bigserial PRIMARY KEY,
	event          bigint NOT NULL REFERENCES events (id),
	article        bigint NOT NULL REFERENCES articles (id),
	outlet         text NOT NULL, -- the article's source
	event_id       text NOT NULL,
	sentence_id    integer NOT NULL,
	sentence       text NOT NULL,
	sentence_start integer NOT NULL,
	sentence_end   integer NOT NULL,
	source_text    text NOT NULL,
	source_start   integer NOT NULL,
	source_end     integer NOT NULL,
	target_text    text NOT NULL,
	target_start   integer NOT NULL,
	target_end     integer NOT NULL,
	evidence       text NOT NULL,
	evidence_start integer NOT NULL,
	evidence_end   integer NOT NULL,
	pattern        text NOT NULL,
	negated        boolean NOT NULL,
	hedged         boolean NOT NULL,
	reported_by    text NOT NULL,
	date_text      text NOT NULL,
	count          integer NOT NULL,
	UNIQUE (article, event)
);
CREATE INDEX mentions_event ON mentions (event);
-- Full text over reporting sentences; the 'simple' configuration neither
-- stems nor drops stop words, like the SQLite backend's FTS5 tokenizer.
CREATE INDEX mentions_text ON mentions USING gin (to_tsvector('simple', sentence));

-- Event outlets: the distinct article sources of each event, so that
-- events.sources can be kept current incrementally.
CREATE TABLE event_outlets (
	event  bigint NOT NULL REFERENCES events (id),
	outlet text NOT NULL,
	PRIMARY KEY (event, outlet)
);

-- Actors: distinct events per actor code, kept current on insert.
CREATE TABLE actors (
	code   text COLLATE "C" PRIMARY KEY,
	name   text NOT NULL,
	events integer NOT NULL
);
CREATE INDEX actors_events ON actors (events DESC, code);
