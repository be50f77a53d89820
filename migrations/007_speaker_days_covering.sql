-- The most quoted speakers in a range sum the per-day rows of the speakers with the highest
-- totals first (services/stats.ts); with the language and count in the index those reads, and a
-- speaker's timeline, are index-only scans instead of a heap visit per day.
DROP INDEX speaker_days_speaker;
CREATE INDEX speaker_days_speaker ON speaker_days (speaker_id, day) INCLUDE (lang, n);
