#include "SearchIndex.h"

#include "SqlSupport.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace candor {

namespace {

// The words' query, bound once per statement.
const QString tsQuery = QStringLiteral("to_tsquery('candor_search', CAST(? AS TEXT))");

// The events and factors of incidents' postmortems (retros have no incident) as (incident_id, text, search).
QString detailRows(const QString &table)
{
    return QStringLiteral("SELECT p.incident_id, d.text, d.search FROM %1 d JOIN postmortem p ON p.id = d.postmortem_id"
                          " WHERE p.incident_id IS NOT NULL")
        .arg(table);
}

// An excerpt from ts_headline (matched words between \x01 and \x02) with the caller's marks, and "…" where it does
// not reach an end of the text, as FTS5's snippet().
QString excerpt(const QString &headline, const QString &text, const QString &markStart, const QString &markEnd)
{
    QString plain = headline;
    plain.remove(QLatin1Char('\x01')).remove(QLatin1Char('\x02'));
    plain = plain.trimmed();
    const QString whole = text.trimmed();
    QString marked = headline.trimmed();
    marked.replace(QLatin1Char('\x01'), markStart).replace(QLatin1Char('\x02'), markEnd);
    const QString ellipsis = QStringLiteral("…");
    if (!whole.startsWith(plain))
        marked.prepend(ellipsis);
    if (!whole.endsWith(plain))
        marked.append(ellipsis);
    return marked;
}

} // namespace

QString ServerSearchIndex::query(const QString &text, bool anyWord)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList words;
    for (const QString &typed : text.split(space, Qt::SkipEmptyParts)) {
        // The parser splits words at anything but letters and digits, as FTS5; a word of punctuation or emoji alone
        // has nothing to look for.
        if (std::none_of(typed.cbegin(), typed.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        // Quoted, nothing in it is an operator; a word the parser splits (o'brien, payments-gateway) becomes a
        // phrase of its parts.
        QString quoted = typed;
        quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("''"));
        words.append(QLatin1Char('\'') + quoted + QStringLiteral("':*"));
    }
    return words.join(anyWord ? QStringLiteral(" | ") : QStringLiteral(" & "));
}

QString ServerSearchIndex::incidentIds(const QString &text, QVariantList &bound)
{
    const QString words = query(text);
    if (words.isEmpty())
        return QStringLiteral("SELECT id FROM incident WHERE 1 = 0");
    bound << words << words << words;
    return QStringLiteral("SELECT s.id FROM incident s WHERE s.search @@ %1"
                          " UNION SELECT m.incident_id FROM (%2) m WHERE m.search @@ %1"
                          " UNION SELECT m.incident_id FROM (%3) m WHERE m.search @@ %1")
        .arg(tsQuery, detailRows(QStringLiteral("timeline_event")), detailRows(QStringLiteral("contributing_factor")));
}

Result<QList<ServerSearchIndex::Match>> ServerSearchIndex::find(const QSqlDatabase &db, const QString &text,
                                                                qint64 teamId, int limit, const QString &markStart,
                                                                const QString &markEnd)
{
    using R = Result<QList<Match>>;
    QList<Match> found;
    const QString words = query(text);
    if (words.isEmpty() || limit <= 0)
        return found;
    QSqlQuery q(db);
    QString error;

    // Ranking reads every match, which takes long when a word is everywhere; when a word matches more than
    // rankedMatches texts the order is by place, then the newest incident first (as on SQLite).
    constexpr int rankedMatches = 5000;
    bool ranked = true;
    for (const QString &word : query(text, true).split(QStringLiteral(" | "))) {
        const QString counted = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM incident WHERE search @@ %1"
                                               " UNION ALL SELECT 1 FROM (%2) m WHERE m.search @@ %1"
                                               " UNION ALL SELECT 1 FROM (%3) m WHERE m.search @@ %1 LIMIT %4) n")
                                    .arg(tsQuery, detailRows(QStringLiteral("timeline_event")),
                                         detailRows(QStringLiteral("contributing_factor")))
                                    .arg(rankedMatches + 1);
        if (!sql::run(q, counted, {word, word, word}, &error) || !q.next())
            return R::failure(error);
        ranked = q.value(0).toInt() <= rankedMatches;
        q.finish();
        if (!ranked)
            break;
    }

    // Every matching text with its place: an incident's own by the first of its fields holding any of the words
    // (matching all of them in one field would put a title with one word and a summary with the other at the
    // summary), its postmortem's events (3) and factors (4). Then each incident's best match, title hits first.
    QString team;
    QVariantList bound = {words, query(text, true)};
    if (teamId > 0) {
        team = QStringLiteral(" AND m.incident_id IN (SELECT id FROM incident WHERE team_id IN (%1))")
                   .arg(sql::teamSubtreeQuery());
        bound << teamId << teamId << teamId;
    }
    const QString rank = ranked ? QStringLiteral("ts_rank(m.search, q.words)") : QStringLiteral("CAST(0 AS REAL)");
    const QString statement =
        QStringLiteral(
            "WITH q AS (SELECT %1 AS words, %1 AS anyword),"
            " matched AS ("
            "SELECT m.incident_id, m.place, %2 AS rank,"
            " CASE m.place WHEN 0 THEN m.title WHEN 1 THEN m.service ELSE m.summary END AS text"
            " FROM q, (SELECT s.id AS incident_id, s.title, s.service, s.summary, s.search,"
            " CASE WHEN ts_filter(s.search, '{a}') @@ q.anyword THEN 0"
            " WHEN ts_filter(s.search, '{b}') @@ q.anyword THEN 1 ELSE 2 END AS place"
            " FROM q, incident s WHERE s.search @@ q.words) m WHERE 1 = 1%3"
            " UNION ALL SELECT m.incident_id, 3, %2, m.text FROM q, (%4) m WHERE m.search @@ q.words%3"
            " UNION ALL SELECT m.incident_id, 4, %2, m.text FROM q, (%5) m WHERE m.search @@ q.words%3),"
            " best AS (SELECT DISTINCT ON (incident_id) incident_id, place, rank, text FROM matched"
            " ORDER BY incident_id, least(place, 3), rank DESC, place)"
            "SELECT top.incident_id, top.place, ts_headline('candor_search', top.text, q.anyword,"
            " 'StartSel=' || chr(1) || ', StopSel=' || chr(2) ||"
            " ', MaxWords=12, MinWords=4, ShortWord=0, MaxFragments=1'),"
            " top.text"
            " FROM q, (SELECT * FROM best ORDER BY least(place, 3), rank DESC, incident_id DESC LIMIT %6) top"
            " ORDER BY least(top.place, 3), top.rank DESC, top.incident_id DESC")
            .arg(tsQuery, rank, team, detailRows(QStringLiteral("timeline_event")),
                 detailRows(QStringLiteral("contributing_factor")))
            .arg(limit);
    if (!sql::run(q, statement, bound, &error))
        return R::failure(error);
    while (q.next()) {
        Match match;
        match.incidentId = q.value(0).toLongLong();
        match.place = static_cast<SearchPlace>(std::clamp(q.value(1).toInt(), 0, 4));
        match.snippet = excerpt(q.value(2).toString(), q.value(3).toString(), markStart, markEnd);
        found.append(match);
    }
    return found;
}

bool ServerSearchIndex::matches(const QSqlDatabase &db, const QString &text, const Incident &incident)
{
    const QString words = query(text);
    if (words.isEmpty())
        return false;
    QSqlQuery q(db);
    const QString statement =
        QStringLiteral(
            "WITH q AS (SELECT %1 AS words)"
            " SELECT 1 FROM q WHERE (to_tsvector('candor_search', CAST(? AS TEXT))"
            " || to_tsvector('candor_search', CAST(? AS TEXT))"
            " || to_tsvector('candor_search', CAST(? AS TEXT))) @@ q.words"
            " OR EXISTS (SELECT 1 FROM (%2) m WHERE m.incident_id = CAST(? AS BIGINT) AND m.search @@ q.words)"
            " OR EXISTS (SELECT 1 FROM (%3) m WHERE m.incident_id = CAST(? AS BIGINT) AND m.search @@ q.words)")
            .arg(tsQuery, detailRows(QStringLiteral("timeline_event")),
                 detailRows(QStringLiteral("contributing_factor")));
    return sql::run(q, statement, {words, incident.title, incident.service, incident.summary, incident.id, incident.id},
                    nullptr) &&
           q.next();
}

} // namespace candor
