-- Newest days first, but one day's quotes in the order the article gives them: a descending date
-- needs an ascending tie-break, which an index serves as the descending negative sequence.
ALTER TABLE quotes ADD COLUMN rseq bigint GENERATED ALWAYS AS (-seq) STORED;
DROP INDEX quotes_date, quotes_speaker_date, quotes_published, quotes_source_date, quotes_place_date, quotes_lang_type_date;
CREATE INDEX quotes_date ON quotes (date_key DESC, rseq DESC);
CREATE INDEX quotes_date_asc ON quotes (date_key, seq);
CREATE INDEX quotes_speaker_date ON quotes (speaker_id, date_key DESC, rseq DESC);
CREATE INDEX quotes_published ON quotes (published_key DESC, rseq DESC);
CREATE INDEX quotes_source_date ON quotes (source, date_key DESC, rseq DESC);
CREATE INDEX quotes_place_date ON quotes (sw_norm(place), date_key DESC, rseq DESC);
CREATE INDEX quotes_lang_type_date ON quotes (lang, type, date_key DESC, rseq DESC);
