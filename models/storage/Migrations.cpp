#include "Migrations.h"

#include "Database.h"
#include "Dialect.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QSqlQuery>

#include <vector>

namespace candor {

namespace {

struct Migration
{
    int version;
    std::vector<const char *> statements;
    // Run on a PostgreSQL server only, after the translated statements: what the server does its own way.
    std::vector<const char *> serverStatements = {};
};

// Times are INTEGER seconds since the epoch (UTC); ids are INTEGER PRIMARY KEY; flags are 0/1.
const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = {
        {1,
         {
             "CREATE TABLE team ("
             " id INTEGER PRIMARY KEY,"
             " parent_id INTEGER REFERENCES team(id) ON DELETE RESTRICT,"
             " name TEXT NOT NULL UNIQUE,"
             " description TEXT NOT NULL DEFAULT '')",
             "CREATE INDEX team_parent ON team(parent_id)",
             "CREATE TABLE member ("
             " id INTEGER PRIMARY KEY,"
             " team_id INTEGER NOT NULL REFERENCES team(id) ON DELETE CASCADE,"
             " name TEXT NOT NULL,"
             " role TEXT NOT NULL DEFAULT '',"
             " is_manager INTEGER NOT NULL DEFAULT 0 CHECK (is_manager IN (0, 1)),"
             " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)))",
             "CREATE INDEX member_team ON member(team_id, name)",
         }},
        {2,
         {
             "CREATE TABLE incident ("
             " id INTEGER PRIMARY KEY,"
             " team_id INTEGER NOT NULL REFERENCES team(id) ON DELETE RESTRICT,"
             " title TEXT NOT NULL,"
             " severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 4),"
             " status INTEGER NOT NULL CHECK (status BETWEEN 0 AND 2),"
             " service TEXT NOT NULL DEFAULT '',"
             " started_at INTEGER NOT NULL,"
             " detected_at INTEGER,"
             " mitigated_at INTEGER,"
             " resolved_at INTEGER,"
             " summary TEXT NOT NULL DEFAULT '',"
             " customer_impact TEXT NOT NULL DEFAULT '')",
             // The incident list pages by (sort key, id); these keep each sortable column's pages index-driven.
             "CREATE INDEX incident_started ON incident(started_at, id)",
             "CREATE INDEX incident_team_started ON incident(team_id, started_at, id)",
             "CREATE INDEX incident_severity ON incident(severity, id)",
             "CREATE INDEX incident_status ON incident(status, id)",
             "CREATE INDEX incident_title ON incident(title COLLATE NOCASE, id)",
             "CREATE INDEX incident_service ON incident(service COLLATE NOCASE, id)",
         }},
        {3,
         {
             // A moderated session: an incident's postmortem (at most one per incident) or a team retro.
             "CREATE TABLE postmortem ("
             " id INTEGER PRIMARY KEY,"
             " kind INTEGER NOT NULL CHECK (kind IN (0, 1)),"
             " incident_id INTEGER UNIQUE REFERENCES incident(id) ON DELETE RESTRICT,"
             " team_id INTEGER NOT NULL REFERENCES team(id) ON DELETE RESTRICT,"
             " title TEXT NOT NULL DEFAULT '',"
             " period_start TEXT,"
             " period_end TEXT,"
             " facilitator TEXT NOT NULL DEFAULT '',"
             " facilitator_member_id INTEGER REFERENCES member(id) ON DELETE SET NULL,"
             " facilitator_conflict_accepted INTEGER NOT NULL DEFAULT 0 CHECK (facilitator_conflict_accepted IN (0, "
             "1)),"
             " phase INTEGER NOT NULL DEFAULT 0 CHECK (phase BETWEEN 0 AND 5),"
             " turn_seconds INTEGER NOT NULL DEFAULT 120 CHECK (turn_seconds > 0),"
             " phase_minutes INTEGER NOT NULL DEFAULT 20 CHECK (phase_minutes > 0),"
             " speaker_id INTEGER,"
             " turn_started_at INTEGER,"
             " notes TEXT NOT NULL DEFAULT '',"
             " summary TEXT NOT NULL DEFAULT '',"
             " created_at INTEGER NOT NULL)",
             "CREATE INDEX postmortem_team ON postmortem(team_id, created_at)",
             // Where each phase stands now; phase_log keeps every agreement, skip and reopening for the record.
             "CREATE TABLE phase_record ("
             " postmortem_id INTEGER NOT NULL REFERENCES postmortem(id) ON DELETE CASCADE,"
             " phase INTEGER NOT NULL CHECK (phase BETWEEN 0 AND 4),"
             " started_at INTEGER,"
             " agreed_at INTEGER,"
             " agreed_by TEXT NOT NULL DEFAULT '',"
             " skip_reason TEXT NOT NULL DEFAULT '',"
             " PRIMARY KEY (postmortem_id, phase)) WITHOUT ROWID",
             "CREATE TABLE phase_log ("
             " id INTEGER PRIMARY KEY,"
             " postmortem_id INTEGER NOT NULL REFERENCES postmortem(id) ON DELETE CASCADE,"
             " at INTEGER NOT NULL,"
             " phase INTEGER NOT NULL,"
             " what INTEGER NOT NULL CHECK (what IN (0, 1, 2)),"
             " who TEXT NOT NULL DEFAULT '',"
             " reason TEXT NOT NULL DEFAULT '')",
             "CREATE INDEX phase_log_session ON phase_log(postmortem_id, id)",
             "CREATE TABLE participant ("
             " id INTEGER PRIMARY KEY,"
             " postmortem_id INTEGER NOT NULL REFERENCES postmortem(id) ON DELETE CASCADE,"
             " member_id INTEGER REFERENCES member(id) ON DELETE SET NULL,"
             " name TEXT NOT NULL,"
             " role TEXT NOT NULL DEFAULT '',"
             " position INTEGER NOT NULL)",
             "CREATE INDEX participant_session ON participant(postmortem_id, position)",
             "CREATE TABLE speaking_turn ("
             " id INTEGER PRIMARY KEY,"
             " postmortem_id INTEGER NOT NULL REFERENCES postmortem(id) ON DELETE CASCADE,"
             " participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,"
             " phase INTEGER NOT NULL,"
             " outcome INTEGER NOT NULL CHECK (outcome IN (0, 1)))",
             "CREATE INDEX speaking_turn_session ON speaking_turn(postmortem_id, phase, id)",
             "CREATE INDEX speaking_turn_participant ON speaking_turn(participant_id)",
             "CREATE TABLE timeline_event ("
             " id INTEGER PRIMARY KEY,"
             " postmortem_id INTEGER NOT NULL REFERENCES postmortem(id) ON DELETE CASCADE,"
             " at INTEGER NOT NULL,"
             " kind INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 5),"
             " text TEXT NOT NULL)",
             "CREATE INDEX timeline_event_session ON timeline_event(postmortem_id, at, id)",
             "CREATE TABLE contributing_factor ("
             " id INTEGER PRIMARY KEY,"
             " postmortem_id INTEGER NOT NULL REFERENCES postmortem(id) ON DELETE CASCADE,"
             " category INTEGER NOT NULL CHECK (category BETWEEN 0 AND 4),"
             " text TEXT NOT NULL)",
             "CREATE INDEX contributing_factor_session ON contributing_factor(postmortem_id, id)",
             "CREATE TABLE factor_event ("
             " factor_id INTEGER NOT NULL REFERENCES contributing_factor(id) ON DELETE CASCADE,"
             " event_id INTEGER NOT NULL REFERENCES timeline_event(id) ON DELETE CASCADE,"
             " PRIMARY KEY (factor_id, event_id)) WITHOUT ROWID",
             "CREATE INDEX factor_event_event ON factor_event(event_id)",
             "CREATE TABLE learning ("
             " id INTEGER PRIMARY KEY,"
             " postmortem_id INTEGER NOT NULL REFERENCES postmortem(id) ON DELETE CASCADE,"
             " kind INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 3),"
             " text TEXT NOT NULL)",
             "CREATE INDEX learning_session ON learning(postmortem_id, kind, id)",
             "CREATE TABLE action_item ("
             " id INTEGER PRIMARY KEY,"
             " postmortem_id INTEGER NOT NULL REFERENCES postmortem(id) ON DELETE CASCADE,"
             " kind INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 4),"
             " text TEXT NOT NULL,"
             " owner_team_id INTEGER NOT NULL REFERENCES team(id) ON DELETE RESTRICT,"
             " owner_person TEXT NOT NULL DEFAULT '',"
             " due_date TEXT,"
             " status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 3),"
             " factor_id INTEGER REFERENCES contributing_factor(id) ON DELETE SET NULL,"
             " created_at INTEGER NOT NULL,"
             " done_at INTEGER)",
             "CREATE INDEX action_item_session ON action_item(postmortem_id, id)",
             "CREATE INDEX action_item_owner ON action_item(owner_team_id, status, due_date)",
             "CREATE INDEX action_item_status_due ON action_item(status, due_date)",
             "CREATE INDEX action_item_factor ON action_item(factor_id)",
             // Anonymous checks keep counts per answer only: never who answered, never when.
             "CREATE TABLE check_tally ("
             " postmortem_id INTEGER NOT NULL REFERENCES postmortem(id) ON DELETE CASCADE,"
             " check_kind INTEGER NOT NULL CHECK (check_kind IN (0, 1)),"
             " value INTEGER NOT NULL CHECK (value BETWEEN 1 AND 5),"
             " count INTEGER NOT NULL CHECK (count >= 0),"
             " PRIMARY KEY (postmortem_id, check_kind, value)) WITHOUT ROWID",
             // What is typed in an entry line before Enter adds it, so a crash mid-sentence loses nothing.
             "CREATE TABLE session_draft ("
             " postmortem_id INTEGER NOT NULL REFERENCES postmortem(id) ON DELETE CASCADE,"
             " field TEXT NOT NULL,"
             " text TEXT NOT NULL,"
             " PRIMARY KEY (postmortem_id, field)) WITHOUT ROWID",
         }},
        {4,
         {
             // A versioned questionnaire: a new version is a new row; waves point at the version they froze.
             "CREATE TABLE survey_instrument ("
             " id INTEGER PRIMARY KEY,"
             " key TEXT NOT NULL,"
             " version INTEGER NOT NULL CHECK (version >= 1),"
             " name TEXT NOT NULL,"
             " description TEXT NOT NULL DEFAULT '',"
             " scale_points INTEGER NOT NULL CHECK (scale_points BETWEEN 2 AND 11),"
             " has_trend INTEGER NOT NULL DEFAULT 0 CHECK (has_trend IN (0, 1)),"
             " built_in INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1)),"
             " UNIQUE (key, version))",
             "CREATE TABLE survey_item ("
             " instrument_id INTEGER NOT NULL REFERENCES survey_instrument(id) ON DELETE CASCADE,"
             " position INTEGER NOT NULL CHECK (position >= 0),"
             " construct TEXT NOT NULL DEFAULT '',"
             " text TEXT NOT NULL,"
             " reversed INTEGER NOT NULL DEFAULT 0 CHECK (reversed IN (0, 1)),"
             " PRIMARY KEY (instrument_id, position)) WITHOUT ROWID",
             // k and the comment threshold are frozen with the instrument version when the wave is created.
             "CREATE TABLE survey_wave ("
             " id INTEGER PRIMARY KEY,"
             " team_id INTEGER NOT NULL REFERENCES team(id) ON DELETE RESTRICT,"
             " instrument_id INTEGER NOT NULL REFERENCES survey_instrument(id) ON DELETE RESTRICT,"
             " title TEXT NOT NULL DEFAULT '',"
             " opens_on TEXT NOT NULL,"
             " closes_on TEXT,"
             " invited INTEGER NOT NULL DEFAULT 0 CHECK (invited >= 0),"
             " k INTEGER NOT NULL CHECK (k BETWEEN 3 AND 10),"
             " comment_k INTEGER NOT NULL CHECK (comment_k >= k AND comment_k <= 50),"
             // Running totals of the responses (count, sum and sum of squares of the scale scores, answers per
             // band), added in the transaction that adds the responses: trends read one row per wave, not every
             // response (survey_response keeps each score, so the totals can always be recomputed).
             " respondents INTEGER NOT NULL DEFAULT 0 CHECK (respondents >= 0),"
             " score_sum REAL NOT NULL DEFAULT 0,"
             " score_squares REAL NOT NULL DEFAULT 0,"
             " unfavourable INTEGER NOT NULL DEFAULT 0,"
             " neutral INTEGER NOT NULL DEFAULT 0,"
             " favourable INTEGER NOT NULL DEFAULT 0,"
             " CHECK (closes_on IS NULL OR closes_on >= opens_on))",
             // Per item, the running total of the reverse-scored answers, kept like the wave's totals.
             "CREATE TABLE survey_wave_item ("
             " wave_id INTEGER NOT NULL REFERENCES survey_wave(id) ON DELETE CASCADE,"
             " position INTEGER NOT NULL CHECK (position >= 0),"
             " scored_sum INTEGER NOT NULL DEFAULT 0,"
             " PRIMARY KEY (wave_id, position)) WITHOUT ROWID",
             "CREATE INDEX survey_wave_team ON survey_wave(team_id, opens_on)",
             "CREATE INDEX survey_wave_instrument ON survey_wave(instrument_id)",
             // A response belongs to its wave and nothing else: no person, no time, a random id. Its scale score
             // and answer bands are computed once from the frozen instrument and added to the wave's totals.
             "CREATE TABLE survey_response ("
             " id INTEGER PRIMARY KEY,"
             " wave_id INTEGER NOT NULL REFERENCES survey_wave(id) ON DELETE CASCADE,"
             " score REAL NOT NULL,"
             " unfavourable INTEGER NOT NULL DEFAULT 0,"
             " neutral INTEGER NOT NULL DEFAULT 0,"
             " favourable INTEGER NOT NULL DEFAULT 0)",
             "CREATE INDEX survey_response_wave ON survey_response(wave_id)",
             "CREATE TABLE survey_answer ("
             " response_id INTEGER NOT NULL REFERENCES survey_response(id) ON DELETE CASCADE,"
             " position INTEGER NOT NULL,"
             " value INTEGER NOT NULL CHECK (value >= 1),"
             " trend INTEGER CHECK (trend IN (-1, 0, 1)),"
             " PRIMARY KEY (response_id, position)) WITHOUT ROWID",
             // Comments are stored apart: linked to the wave, never to a response.
             "CREATE TABLE survey_comment ("
             " id INTEGER PRIMARY KEY,"
             " wave_id INTEGER NOT NULL REFERENCES survey_wave(id) ON DELETE CASCADE,"
             " text TEXT NOT NULL)",
             "CREATE INDEX survey_comment_wave ON survey_comment(wave_id)",
         }},
        {5,
         {
             // Full-text search over what people write about incidents: one row per incident (title, service,
             // summary), per timeline event and per contributing factor of an incident's postmortem (in detail);
             // retro sessions have no incident and are not indexed. rowid = (incident id << 32) + (source id << 2) +
             // source kind (1 timeline event, 2 contributing factor; an incident's own row is incident id << 32):
             // a match gives its incident without reading the stored text, and an incident's rows are one rowid
             // range. A title hit ranks first (bm25 weights). The triggers below keep it in sync with every write,
             // cascades included; FTS5 tables in triggers need trusted_schema=ON (see Database::configure()).
             // Prefix indexes for one and two letters keep a search as you type fast from its first letter; longer
             // prefixes match few words, and a third index would cost a third more time on every insert.
             "CREATE VIRTUAL TABLE search_text USING fts5("
             " title, service, summary, detail, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2')",
             "INSERT INTO search_text(search_text, rank) VALUES ('rank', 'bm25(10.0, 5.0, 4.0, 1.0)')",
             "INSERT INTO search_text(rowid, title, service, summary, detail)"
             " SELECT id << 32, title, service, summary, '' FROM incident",
             "INSERT INTO search_text(rowid, title, service, summary, detail)"
             " SELECT (p.incident_id << 32) + (e.id << 2) + 1, '', '', '', e.text"
             " FROM timeline_event e JOIN postmortem p ON p.id = e.postmortem_id WHERE p.incident_id IS NOT NULL",
             "INSERT INTO search_text(rowid, title, service, summary, detail)"
             " SELECT (p.incident_id << 32) + (f.id << 2) + 2, '', '', '', f.text"
             " FROM contributing_factor f JOIN postmortem p ON p.id = f.postmortem_id WHERE p.incident_id IS NOT NULL",
             "CREATE TRIGGER incident_search_insert AFTER INSERT ON incident BEGIN"
             " INSERT INTO search_text(rowid, title, service, summary, detail)"
             " VALUES (new.id << 32, new.title, new.service, new.summary, '');"
             " END",
             // Editors write every column; the index is touched only when the searched text changed.
             "CREATE TRIGGER incident_search_update AFTER UPDATE OF title, service, summary ON incident"
             " WHEN old.title IS NOT new.title OR old.service IS NOT new.service OR old.summary IS NOT new.summary"
             " BEGIN"
             " UPDATE search_text SET title = new.title, service = new.service, summary = new.summary"
             " WHERE rowid = new.id << 32;"
             " END",
             "CREATE TRIGGER incident_search_delete AFTER DELETE ON incident BEGIN"
             " DELETE FROM search_text WHERE rowid = old.id << 32;"
             " END",
             "CREATE TRIGGER timeline_event_search_insert AFTER INSERT ON timeline_event BEGIN"
             " INSERT INTO search_text(rowid, title, service, summary, detail)"
             " SELECT (incident_id << 32) + (new.id << 2) + 1, '', '', '', new.text FROM postmortem"
             " WHERE id = new.postmortem_id AND incident_id IS NOT NULL;"
             " END",
             "CREATE TRIGGER timeline_event_search_update AFTER UPDATE OF postmortem_id, text ON timeline_event"
             " WHEN old.text IS NOT new.text OR old.postmortem_id IS NOT new.postmortem_id BEGIN"
             " DELETE FROM search_text WHERE rowid ="
             " (SELECT (incident_id << 32) + (old.id << 2) + 1 FROM postmortem WHERE id = old.postmortem_id);"
             " INSERT INTO search_text(rowid, title, service, summary, detail)"
             " SELECT (incident_id << 32) + (new.id << 2) + 1, '', '', '', new.text FROM postmortem"
             " WHERE id = new.postmortem_id AND incident_id IS NOT NULL;"
             " END",
             // When a whole session is deleted its row is gone before the cascade reaches its events (nothing to
             // find here); postmortem_search_delete has removed their rows already.
             "CREATE TRIGGER timeline_event_search_delete AFTER DELETE ON timeline_event BEGIN"
             " DELETE FROM search_text WHERE rowid ="
             " (SELECT (incident_id << 32) + (old.id << 2) + 1 FROM postmortem WHERE id = old.postmortem_id);"
             " END",
             "CREATE TRIGGER contributing_factor_search_insert AFTER INSERT ON contributing_factor BEGIN"
             " INSERT INTO search_text(rowid, title, service, summary, detail)"
             " SELECT (incident_id << 32) + (new.id << 2) + 2, '', '', '', new.text FROM postmortem"
             " WHERE id = new.postmortem_id AND incident_id IS NOT NULL;"
             " END",
             "CREATE TRIGGER contributing_factor_search_update AFTER UPDATE OF postmortem_id, text ON"
             " contributing_factor WHEN old.text IS NOT new.text OR old.postmortem_id IS NOT new.postmortem_id BEGIN"
             " DELETE FROM search_text WHERE rowid ="
             " (SELECT (incident_id << 32) + (old.id << 2) + 2 FROM postmortem WHERE id = old.postmortem_id);"
             " INSERT INTO search_text(rowid, title, service, summary, detail)"
             " SELECT (incident_id << 32) + (new.id << 2) + 2, '', '', '', new.text FROM postmortem"
             " WHERE id = new.postmortem_id AND incident_id IS NOT NULL;"
             " END",
             "CREATE TRIGGER contributing_factor_search_delete AFTER DELETE ON contributing_factor BEGIN"
             " DELETE FROM search_text WHERE rowid ="
             " (SELECT (incident_id << 32) + (old.id << 2) + 2 FROM postmortem WHERE id = old.postmortem_id);"
             " END",
             // An incident has at most one postmortem, so every row in its range but its own is that session's.
             "CREATE TRIGGER postmortem_search_delete BEFORE DELETE ON postmortem WHEN old.incident_id IS NOT NULL"
             " BEGIN"
             " DELETE FROM search_text"
             " WHERE rowid > old.incident_id << 32 AND rowid < (old.incident_id + 1) << 32;"
             " END",
             // The incident list's duration orders (IncidentRepository's sort expressions, written the same way)
             // page and find an incident's row through these instead of computing every row's duration.
             "CREATE INDEX incident_time_to_detect"
             " ON incident(COALESCE(detected_at - started_at, 9223372036854775807), id)",
             "CREATE INDEX incident_time_to_resolve"
             " ON incident(COALESCE(resolved_at - started_at, 9223372036854775807), id)",
             // A session that gains, loses or changes its incident moves its events and factors with it.
             "CREATE TRIGGER postmortem_search_incident AFTER UPDATE OF incident_id ON postmortem"
             " WHEN old.incident_id IS NOT new.incident_id BEGIN"
             " DELETE FROM search_text"
             " WHERE rowid > old.incident_id << 32 AND rowid < (old.incident_id + 1) << 32;"
             " INSERT INTO search_text(rowid, title, service, summary, detail)"
             " SELECT (new.incident_id << 32) + (id << 2) + 1, '', '', '', text FROM timeline_event"
             " WHERE postmortem_id = new.id AND new.incident_id IS NOT NULL;"
             " INSERT INTO search_text(rowid, title, service, summary, detail)"
             " SELECT (new.incident_id << 32) + (id << 2) + 2, '', '', '', text FROM contributing_factor"
             " WHERE postmortem_id = new.id AND new.incident_id IS NOT NULL;"
             " END",
         },
         {
             // The server's full-text search (SearchIndex.cpp): words split as by the 'simple' configuration (no
             // stemming, no stop words), lower case and without accents, as FTS5's unicode61 remove_diacritics.
             // unaccent is a trusted extension: the database's owner may create it.
             "CREATE EXTENSION IF NOT EXISTS unaccent",
             "CREATE TEXT SEARCH CONFIGURATION candor_search (COPY = simple)",
             "ALTER TEXT SEARCH CONFIGURATION candor_search ALTER MAPPING FOR"
             " word, hword, hword_part, asciiword, asciihword, hword_asciipart WITH unaccent, simple",
             // Generated columns need no triggers and cannot drift; the weights tell the place of a match (A title,
             // B service, C summary, D an event's or a factor's text). Retro sessions are left out by the queries.
             "ALTER TABLE incident ADD COLUMN search tsvector GENERATED ALWAYS AS ("
             "setweight(to_tsvector('candor_search', title), 'A')"
             " || setweight(to_tsvector('candor_search', service), 'B')"
             " || setweight(to_tsvector('candor_search', summary), 'C')) STORED",
             "ALTER TABLE timeline_event ADD COLUMN search tsvector"
             " GENERATED ALWAYS AS (setweight(to_tsvector('candor_search', text), 'D')) STORED",
             "ALTER TABLE contributing_factor ADD COLUMN search tsvector"
             " GENERATED ALWAYS AS (setweight(to_tsvector('candor_search', text), 'D')) STORED",
             "CREATE INDEX incident_search ON incident USING gin (search)",
             "CREATE INDEX timeline_event_search ON timeline_event USING gin (search)",
             "CREATE INDEX contributing_factor_search ON contributing_factor USING gin (search)",
         }},
        {6,
         {
             // Optimistic concurrency: every write of an item people edit adds one to its version, and an edit
             // based on an older version is refused instead of silently overwriting someone else's.
             "ALTER TABLE team ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1",
             "ALTER TABLE member ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1",
             "ALTER TABLE incident ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1",
             "ALTER TABLE postmortem ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1",
             "ALTER TABLE participant ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1",
             "ALTER TABLE timeline_event ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1",
             "ALTER TABLE contributing_factor ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1",
             "ALTER TABLE learning ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1",
             "ALTER TABLE action_item ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1",
         },
         {
             // Live updates between desktops sharing a server (ChangeFeed.cpp): each change of a row sends
             // "table:operation:id:parent" on channel 'candor', ids only. The parent is the column named by the
             // trigger's argument (the session of a postmortem's items). Bulk writes (import, demo) set
             // candor.bulk for their transaction and send one 'reload' instead. Survey responses, answers and
             // comments send nothing: when an answer arrives would say who gave it; nor do kiosk tallies and drafts.
             "CREATE FUNCTION candor_notify() RETURNS trigger LANGUAGE plpgsql AS $body$"
             " DECLARE item jsonb;"
             " BEGIN"
             " IF coalesce(current_setting('candor.bulk', true), '') = 'on' THEN RETURN NULL; END IF;"
             " IF TG_OP = 'DELETE' THEN item := to_jsonb(OLD); ELSE item := to_jsonb(NEW); END IF;"
             " PERFORM pg_notify('candor', TG_TABLE_NAME || ':' || lower(left(TG_OP, 1)) || ':'"
             " || coalesce(item->>'id', '') || ':' || coalesce(item->>TG_ARGV[0], ''));"
             " RETURN NULL;"
             " END $body$",
             "CREATE TRIGGER team_notify AFTER INSERT OR UPDATE OR DELETE ON team"
             " FOR EACH ROW EXECUTE FUNCTION candor_notify('parent_id')",
             "CREATE TRIGGER member_notify AFTER INSERT OR UPDATE OR DELETE ON member"
             " FOR EACH ROW EXECUTE FUNCTION candor_notify('team_id')",
             "CREATE TRIGGER incident_notify AFTER INSERT OR UPDATE OR DELETE ON incident"
             " FOR EACH ROW EXECUTE FUNCTION candor_notify('team_id')",
             "CREATE TRIGGER postmortem_notify AFTER INSERT OR UPDATE OR DELETE ON postmortem"
             " FOR EACH ROW EXECUTE FUNCTION candor_notify('id')",
             "CREATE TRIGGER phase_record_notify AFTER INSERT OR UPDATE OR DELETE ON phase_record"
             " FOR EACH ROW EXECUTE FUNCTION candor_notify('postmortem_id')",
             "CREATE TRIGGER phase_log_notify AFTER INSERT OR UPDATE OR DELETE ON phase_log"
             " FOR EACH ROW EXECUTE FUNCTION candor_notify('postmortem_id')",
             "CREATE TRIGGER participant_notify AFTER INSERT OR UPDATE OR DELETE ON participant"
             " FOR EACH ROW EXECUTE FUNCTION candor_notify('postmortem_id')",
             "CREATE TRIGGER speaking_turn_notify AFTER INSERT OR UPDATE OR DELETE ON speaking_turn"
             " FOR EACH ROW EXECUTE FUNCTION candor_notify('postmortem_id')",
             "CREATE TRIGGER timeline_event_notify AFTER INSERT OR UPDATE OR DELETE ON timeline_event"
             " FOR EACH ROW EXECUTE FUNCTION candor_notify('postmortem_id')",
             "CREATE TRIGGER contributing_factor_notify AFTER INSERT OR UPDATE OR DELETE ON contributing_factor"
             " FOR EACH ROW EXECUTE FUNCTION candor_notify('postmortem_id')",
             "CREATE TRIGGER learning_notify AFTER INSERT OR UPDATE OR DELETE ON learning"
             " FOR EACH ROW EXECUTE FUNCTION candor_notify('postmortem_id')",
             "CREATE TRIGGER action_item_notify AFTER INSERT OR UPDATE OR DELETE ON action_item"
             " FOR EACH ROW EXECUTE FUNCTION candor_notify('postmortem_id')",
             "CREATE TRIGGER survey_instrument_notify AFTER INSERT OR UPDATE OR DELETE ON survey_instrument"
             " FOR EACH ROW EXECUTE FUNCTION candor_notify('id')",
             // Not when a wave's running totals change: a figure that moves on another screen as each answer
             // arrives would tell whoever watches it what the person at the kiosk answered.
             "CREATE TRIGGER survey_wave_notify AFTER INSERT OR DELETE OR UPDATE OF team_id, instrument_id, title,"
             " opens_on, closes_on, invited, k, comment_k ON survey_wave"
             " FOR EACH ROW EXECUTE FUNCTION candor_notify('instrument_id')",
         }},
        {7,
         {},
         {
             // HR reads survey trends through these views only (docs/postgresql.md, scripts/pg-roles.sql): an HR
             // login has no privilege on any table, and its search_path is candor_hr, so Candor's own reads of
             // team, survey_instrument, survey_item, survey_wave, survey_wave_item and candor_meta land here
             // unchanged. Only waves with at least k responses exist here (primary suppression, in the server), with
             // their running totals; no response, answer or comment, and no invited count below k. The views run
             // with their owner's rights; security_barrier keeps a caller's functions away from the rows they hide.
             // AnonymityPolicy still applies complementary suppression on top.
             "CREATE SCHEMA IF NOT EXISTS candor_hr",
             "CREATE VIEW candor_hr.candor_meta WITH (security_barrier) AS"
             " SELECT one, application_id, schema_version FROM candor_meta",
             "CREATE VIEW candor_hr.team WITH (security_barrier) AS"
             " SELECT id, parent_id, name, description, row_version FROM team",
             "CREATE VIEW candor_hr.survey_instrument WITH (security_barrier) AS"
             " SELECT id, key, version, name, description, scale_points, has_trend, built_in FROM survey_instrument",
             "CREATE VIEW candor_hr.survey_item WITH (security_barrier) AS"
             " SELECT instrument_id, position, construct, text, reversed FROM survey_item",
             "CREATE VIEW candor_hr.survey_wave WITH (security_barrier) AS"
             " SELECT id, team_id, instrument_id, title, opens_on, closes_on,"
             " CASE WHEN invited >= k THEN invited ELSE 0 END AS invited, k, comment_k, respondents, score_sum,"
             " score_squares, unfavourable, neutral, favourable"
             " FROM survey_wave WHERE respondents >= k",
             "CREATE VIEW candor_hr.survey_wave_item WITH (security_barrier) AS"
             " SELECT s.wave_id, s.position, s.scored_sum FROM survey_wave_item s"
             " JOIN survey_wave w ON w.id = s.wave_id WHERE w.respondents >= w.k",
             // When the roles exist already (scripts/pg-roles.sql was run before an upgrade), HR keeps its reads.
             "DO $body$ BEGIN"
             " IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'candor_hr') THEN"
             " GRANT USAGE ON SCHEMA candor_hr TO candor_hr;"
             " GRANT SELECT ON ALL TABLES IN SCHEMA candor_hr TO candor_hr;"
             " END IF;"
             " END $body$",
         }},
    };
    return all;
}

} // namespace

int Migrations::latestVersion()
{
    return migrations().back().version;
}

int Migrations::currentVersion(const QSqlDatabase &db)
{
    return Dialect::schemaVersion(db);
}

QStringList Migrations::statements(const QSqlDatabase &db, int version)
{
    QStringList result;
    const Dialect::Backend backend = Dialect::of(db);
    for (const Migration &migration : migrations()) {
        if (migration.version != version)
            continue;
        for (const char *statement : migration.statements) {
            const QString translated = Dialect::schemaStatement(backend, QString::fromUtf8(statement));
            if (!translated.isEmpty())
                result.append(translated);
        }
        if (backend == Dialect::Backend::PostgreSQL) {
            for (const char *statement : migration.serverStatements)
                result.append(QString::fromUtf8(statement));
        }
    }
    return result;
}

Status Migrations::migrate(const QSqlDatabase &db, int target)
{
    if (currentVersion(db) == target)
        return {};

    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return Status::failure(tr("Cannot start updating the database: %1").arg(transaction.error()));
    // Another desktop sharing a server database may be migrating it: wait for it, then read where it left it.
    QString error;
    if (!Dialect::lockForMigration(db, &error))
        return Status::failure(tr("Cannot start updating the database: %1").arg(error));
    const int current = currentVersion(db);
    if (current < 0)
        return Status::failure(tr("Cannot read the database's schema version."));
    if (target > latestVersion() || current > target)
        return Status::failure(tr("Cannot migrate from schema version %1 to %2.").arg(current).arg(target));
    if (current == target)
        return {};

    if (current == 0 && !Dialect::markAsCandor(db, Database::applicationId, &error))
        return Status::failure(tr("Cannot mark the database as Candor's: %1").arg(error));
    QSqlQuery query(db);
    for (int version = current + 1; version <= target; ++version) {
        for (const QString &statement : statements(db, version)) {
            if (!query.exec(statement)) {
                return Status::failure(tr("Updating the database to version %1 failed: %2")
                                           .arg(version)
                                           .arg(sql::describe(query.lastError())));
            }
        }
        if (!Dialect::setSchemaVersion(db, version, &error))
            return Status::failure(tr("Cannot record schema version %1: %2").arg(version).arg(error));
    }
    return transaction.commit();
}

} // namespace candor
