-- A speaker's timeline sums their rows of speaker_days (one per day and language) instead of
-- counting their quote rows: the most quoted speaker of a million quotes took ~34 ms a request.
CREATE INDEX speaker_days_speaker ON speaker_days (speaker_id, day);
