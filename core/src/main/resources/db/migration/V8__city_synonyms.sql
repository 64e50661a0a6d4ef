-- SPDX-License-Identifier: EUPL-1.2
-- Search synonyms belong to the city (local words, dialect, shop jargon); one rule per line in the
-- Solr format Elasticsearch reads ("handy, smartphone" or "natel => smartphone").
ALTER TABLE city_settings ADD COLUMN synonyms TEXT NULL;
