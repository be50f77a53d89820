-- One article per URL: the same URL with a different text is a conflict (409), not a second
-- article, so an edited page does not silently double its quotes.
CREATE UNIQUE INDEX articles_url_unique ON articles (url) WHERE url IS NOT NULL;
