/* db_schema.h: the store's schema, one text for both backends (src/store/db.h).
 * The dialects differ only in the types of ids and reals, which each
 * backend passes in: SQLite "INTEGER PRIMARY KEY", "INTEGER", "REAL";
 * PostgreSQL "BIGSERIAL PRIMARY KEY", "BIGINT", "DOUBLE PRECISION".
 * docs/store.md explains every column.  The meta table (key, value) is
 * created by the store itself (CREATE TABLE IF NOT EXISTS) before any
 * migration runs.  Not installed. */
#ifndef DY_DB_SCHEMA_H
#define DY_DB_SCHEMA_H

/* Version 1: articles, mentions, events.  ID: an id column's type with its
 * key; REF: the type of a reference to one; FLOAT: a real. */
#define DB_SCHEMA_V1(ID, REF, FLOAT) \
    "CREATE TABLE articles (\n" \
    "  id TEXT PRIMARY KEY,\n" \
    "  date TEXT NOT NULL,\n" \
    "  source TEXT,\n" \
    "  url TEXT,\n" \
    "  lang TEXT NOT NULL,\n" \
    "  hash TEXT NOT NULL,\n" \
    "  n_mentions INTEGER NOT NULL,\n" \
    "  ingested TEXT NOT NULL\n" \
    ");\n" \
    "CREATE TABLE mentions (\n" \
    "  id " ID ",\n" \
    "  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,\n" \
    "  seq INTEGER NOT NULL,\n" \
    "  sent INTEGER NOT NULL,\n" \
    "  date TEXT NOT NULL,\n" \
    "  source TEXT NOT NULL,\n" \
    "  target TEXT NOT NULL,\n" \
    "  source_name TEXT,\n" \
    "  target_name TEXT,\n" \
    "  code TEXT NOT NULL,\n" \
    "  root TEXT NOT NULL,\n" \
    "  quad INTEGER NOT NULL,\n" \
    "  goldstein " FLOAT " NOT NULL,\n" \
    "  mood TEXT NOT NULL,\n" \
    "  evidence TEXT NOT NULL,\n" \
    "  ev_start INTEGER NOT NULL, ev_end INTEGER NOT NULL,\n" \
    "  src_start INTEGER, src_end INTEGER,\n" \
    "  tgt_start INTEGER, tgt_end INTEGER,\n" \
    "  pred_start INTEGER, pred_end INTEGER,\n" \
    "  rule TEXT,\n" \
    "  participants TEXT,\n" \
    "  mkey TEXT NOT NULL,\n" \
    "  event_id " REF "\n" \
    ");\n" \
    "CREATE INDEX mentions_article ON mentions(article_id);\n" \
    "CREATE INDEX mentions_mkey ON mentions(mkey, date);\n" \
    "CREATE INDEX mentions_event ON mentions(event_id);\n" \
    "CREATE TABLE events (\n" \
    "  id " ID ",\n" \
    "  mkey TEXT NOT NULL,\n" \
    "  date TEXT NOT NULL,\n" \
    "  last_date TEXT NOT NULL,\n" \
    "  source TEXT NOT NULL,\n" \
    "  target TEXT NOT NULL,\n" \
    "  source_country TEXT NOT NULL,\n" \
    "  target_country TEXT NOT NULL,\n" \
    "  code TEXT NOT NULL,\n" \
    "  root TEXT NOT NULL,\n" \
    "  quad INTEGER NOT NULL,\n" \
    "  goldstein " FLOAT " NOT NULL,\n" \
    "  participants TEXT,\n" \
    "  num_mentions INTEGER NOT NULL,\n" \
    "  num_sources INTEGER NOT NULL,\n" \
    "  num_articles INTEGER NOT NULL\n" \
    ");\n" \
    "CREATE INDEX events_mkey ON events(mkey, date);\n" \
    "CREATE INDEX events_date ON events(date);\n" \
    "CREATE INDEX events_pair ON events(source_country, target_country, date);\n"

/* Version 2 adds the actors table, filled from the mentions already
 * stored. */
#define DB_SCHEMA_V2 \
    "CREATE TABLE actors (\n" \
    "  code TEXT PRIMARY KEY,\n" \
    "  country TEXT NOT NULL,\n" \
    "  role TEXT NOT NULL,\n" \
    "  name TEXT,\n" \
    "  first_seen TEXT NOT NULL,\n" \
    "  last_seen TEXT NOT NULL\n" \
    ");\n" \
    "INSERT INTO actors (code, country, role, name, first_seen, last_seen)\n" \
    "  SELECT code, substr(code, 1, 3), substr(code, 4), MIN(name), MIN(date), MAX(date) FROM (\n" \
    "    SELECT source AS code, source_name AS name, date FROM mentions\n" \
    "    UNION ALL SELECT target, target_name, date FROM mentions) AS a\n" \
    "  GROUP BY code;\n"

/* Version 3 keeps each mention's location (issue 12): one text,
 * COUNTRY|ADMIN1|LEVEL|LAT|LON|GEONAMES_ID|RULE|PLACE, NULL for none
 * (src/store/store.c loc_encode).  An event's location is its first
 * mention's.  Stores of version 2 migrate with their mentions' locations
 * NULL: they were coded before locations were kept. */
#define DB_SCHEMA_V3 \
    "ALTER TABLE mentions ADD COLUMN location TEXT;\n"

#endif
