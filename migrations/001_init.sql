-- Articles, speakers and quotes. Every filter and sort of the API has an index here; the
-- columns published_at/source/date_key are copied from the article onto its quotes so that
-- quote lists filter and page on one table.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE; with its dictionary named it is safe to index.
CREATE OR REPLACE FUNCTION sw_norm(t text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, t)) $$;

CREATE TABLE articles (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  content_hash  text NOT NULL UNIQUE,
  title         text,
  url           text,
  source        text,
  published_at  text,            -- as given: YYYY-MM-DD or YYYY-MM
  published_on  date,            -- its first day, for ranges
  published_key date NOT NULL,   -- published_on, or the day of ingest: the sort key
  lang          text NOT NULL,
  text          text NOT NULL,
  quote_count   integer NOT NULL DEFAULT 0,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX articles_published ON articles (published_key DESC, id DESC);
CREATE INDEX articles_source_published ON articles (source, published_key DESC, id DESC);

CREATE TABLE speakers (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name        text NOT NULL,
  norm_name   text NOT NULL UNIQUE,        -- sw_norm(name): one speaker per spelling up to case and accents
  name_keys   text[] NOT NULL DEFAULT '{}', -- phonetic keys of the name's words (Kölner Phonetik)
  aliases     text[] NOT NULL DEFAULT '{}',
  quote_count integer NOT NULL DEFAULT 0,   -- kept by ingest and delete, for "most quoted" lists
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX speakers_quote_count ON speakers (quote_count DESC, id DESC);
CREATE INDEX speakers_norm_trgm ON speakers USING gin (norm_name gin_trgm_ops);
CREATE INDEX speakers_name_keys ON speakers USING gin (name_keys);

CREATE TABLE quotes (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq           bigint GENERATED ALWAYS AS IDENTITY UNIQUE, -- insertion order: the tie-break of every sort
  article_id    uuid NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ord           integer NOT NULL,
  speaker_id    uuid REFERENCES speakers (id) ON DELETE SET NULL,
  speaker_name  text,
  mention       jsonb,
  text          text NOT NULL,
  type          text NOT NULL CHECK (type IN ('direct', 'partial', 'indirect')),
  spans         jsonb NOT NULL,
  role          text,
  place         text,
  said_on       date,
  cue           jsonb,
  confidence    real NOT NULL,
  lang          text NOT NULL,
  context       text NOT NULL,
  source        text,
  published_on  date,
  date_key      date NOT NULL,            -- said_on, else the article's publication day: the sort key
  published_key date NOT NULL,
  tsv tsvector GENERATED ALWAYS AS (
    CASE lang WHEN 'de' THEN to_tsvector('german', text)
              WHEN 'en' THEN to_tsvector('english', text)
              ELSE to_tsvector('simple', text) END) STORED,
  UNIQUE (article_id, ord)
);
CREATE INDEX quotes_date ON quotes (date_key DESC, seq DESC);
CREATE INDEX quotes_speaker_date ON quotes (speaker_id, date_key DESC, seq DESC);
CREATE INDEX quotes_published ON quotes (published_key DESC, seq DESC);
CREATE INDEX quotes_source_date ON quotes (source, date_key DESC, seq DESC);
CREATE INDEX quotes_place_date ON quotes (sw_norm(place), date_key DESC, seq DESC);
CREATE INDEX quotes_tsv ON quotes USING gin (tsv);
CREATE INDEX quotes_lang_type_date ON quotes (lang, type, date_key DESC, seq DESC);
