#include "IncidentRepository.h"

#include "Database.h"
#include "Dialect.h"
#include "SearchIndex.h"
#include "SqlSupport.h"
#include "Transaction.h"
#include "domain/Names.h"
#include "domain/Validation.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>

namespace candor {

using sql::Text;

namespace {

const QStringList fullColumnList = {
    QStringLiteral("id"),          QStringLiteral("team_id"),     QStringLiteral("title"),
    QStringLiteral("severity"),    QStringLiteral("status"),      QStringLiteral("service"),
    QStringLiteral("started_at"),  QStringLiteral("detected_at"), QStringLiteral("mitigated_at"),
    QStringLiteral("resolved_at"), QStringLiteral("summary"),     QStringLiteral("customer_impact")};
const QString fullColumns = fullColumnList.join(QStringLiteral(", "));
const QString rowColumns =
    QStringLiteral("i.id, i.team_id, t.name, i.title, i.severity, i.status, i.service, i.started_at, i.detected_at,"
                   " i.mitigated_at, i.resolved_at");
const QString listFrom = QStringLiteral(" FROM incident i JOIN team t ON t.id = i.team_id");
// Counting needs the team only when the order is by team name.
const QString countFrom = QStringLiteral(" FROM incident i");

Incident incidentFrom(const QSqlQuery &q)
{
    Incident i;
    i.id = q.value(0).toLongLong();
    i.teamId = q.value(1).toLongLong();
    i.title = q.value(2).toString();
    i.severity = static_cast<Severity>(q.value(3).toInt());
    i.status = static_cast<IncidentStatus>(q.value(4).toInt());
    i.service = q.value(5).toString();
    i.started = sql::toTime(q.value(6));
    i.detected = sql::toTime(q.value(7));
    i.mitigated = sql::toTime(q.value(8));
    i.resolved = sql::toTime(q.value(9));
    i.summary = q.value(10).toString();
    i.customerImpact = q.value(11).toString();
    i.rowVersion = q.value(12).toLongLong();
    return i;
}

IncidentRow rowFrom(const QSqlQuery &q)
{
    IncidentRow r;
    r.id = q.value(0).toLongLong();
    r.teamId = q.value(1).toLongLong();
    r.teamName = q.value(2).toString();
    r.title = q.value(3).toString();
    r.severity = static_cast<Severity>(q.value(4).toInt());
    r.status = static_cast<IncidentStatus>(q.value(5).toInt());
    r.service = q.value(6).toString();
    r.started = sql::toTime(q.value(7));
    r.detected = sql::toTime(q.value(8));
    r.mitigated = sql::toTime(q.value(9));
    r.resolved = sql::toTime(q.value(10));
    return r;
}

QVariantList values(const Incident &i)
{
    return {sql::fromId(i.id),
            i.teamId,
            i.title,
            static_cast<int>(i.severity),
            static_cast<int>(i.status),
            i.service,
            sql::fromTime(i.started),
            sql::fromTime(i.detected),
            sql::fromTime(i.mitigated),
            sql::fromTime(i.resolved),
            i.summary,
            i.customerImpact};
}

// Durations sort by their seconds, an unknown one as longer than any: a value rather than NULL, so that the keyset
// comparisons of (key, id) stay exact. The list then agrees with Qt's proxies, which sort an invalid value last.
constexpr qint64 unknownDuration = std::numeric_limits<qint64>::max();

QString durationExpression(const QString &column)
{
    return QStringLiteral("COALESCE(%1 - i.started_at, %2)").arg(column).arg(unknownDuration);
}

// The SQL expression a list is sorted by; id breaks ties so every row has a unique position.
QString sortExpression(IncidentSortKey key, Dialect::Backend backend)
{
    switch (key) {
    case IncidentSortKey::Started:
        return QStringLiteral("i.started_at");
    case IncidentSortKey::Title:
        return Dialect::folded(backend, QStringLiteral("i.title"));
    case IncidentSortKey::Team:
        return QStringLiteral("t.name");
    case IncidentSortKey::Severity:
        return QStringLiteral("i.severity");
    case IncidentSortKey::Status:
        return QStringLiteral("i.status");
    case IncidentSortKey::Service:
        return Dialect::folded(backend, QStringLiteral("i.service"));
    case IncidentSortKey::TimeToDetect:
        return durationExpression(QStringLiteral("i.detected_at"));
    case IncidentSortKey::TimeToResolve:
        return durationExpression(QStringLiteral("i.resolved_at"));
    }
    return QStringLiteral("i.started_at");
}

// A value compared with sortExpression(): on the server a folded key is lower(column), so the value is folded too
// (on SQLite the column's NOCASE applies to the comparison).
QString sortPlaceholder(IncidentSortKey key, Dialect::Backend backend, const QString &value = QStringLiteral("?"))
{
    const bool folded = key == IncidentSortKey::Title || key == IncidentSortKey::Service;
    return folded && backend == Dialect::Backend::PostgreSQL ? QStringLiteral("lower(%1)").arg(value) : value;
}

QVariant sortValue(IncidentSortKey key, const IncidentRow &row)
{
    switch (key) {
    case IncidentSortKey::Started:
        return sql::fromTime(row.started);
    case IncidentSortKey::Title:
        return row.title;
    case IncidentSortKey::Team:
        return row.teamName;
    case IncidentSortKey::Severity:
        return static_cast<int>(row.severity);
    case IncidentSortKey::Status:
        return static_cast<int>(row.status);
    case IncidentSortKey::Service:
        return row.service;
    case IncidentSortKey::TimeToDetect:
        return IncidentMetrics::timeToDetect(row).value_or(unknownDuration);
    case IncidentSortKey::TimeToResolve:
        return IncidentMetrics::timeToResolve(row).value_or(unknownDuration);
    }
    return {};
}

// Rows after (greater: `>`) or before (`<`) a position (key value, id), for counting them: spelled out rather than as
// a row value, because SQLite then counts along the (key, id) index (a row value comparison on a collated or
// computed key scanned every row). Pages keep the row value, whose plan walks the index in list order.
// The value is `value` (a placeholder or a subquery) twice, then the id.
QString beyond(IncidentSortKey key, Dialect::Backend backend, const QString &op, const QString &value)
{
    const QString expression = sortExpression(key, backend);
    return QStringLiteral("(%1 %2 %3 OR (%1 = %3 AND i.id %2 ?))")
        .arg(expression, op, sortPlaceholder(key, backend, value));
}

QString orderBy(const IncidentOrder &order, bool reversed, Dialect::Backend backend)
{
    const bool descending = order.descending != reversed;
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return QStringLiteral(" ORDER BY ") + sortExpression(order.key, backend) + direction + QStringLiteral(", i.id") +
           direction;
}

// The filter as a WHERE clause over columns named i.*; appends its bound values.
// hits: the SELECT of the incident ids the search matches (IncidentRepository::searchHits()); empty: no search.
QString whereClause(const IncidentFilter &filter, QVariantList &bound, const QString &hits = QString())
{
    QStringList conditions;
    // First: its bound value, if any, was appended before this function's.
    if (!hits.isEmpty())
        conditions.append(QStringLiteral("i.id IN (%1)").arg(hits));
    if (filter.teamId > 0) {
        conditions.append(QStringLiteral("i.team_id IN (%1)").arg(sql::teamSubtreeQuery()));
        bound.append(filter.teamId);
    }
    if (filter.severity) {
        conditions.append(QStringLiteral("i.severity = ?"));
        bound.append(static_cast<int>(*filter.severity));
    }
    if (filter.status) {
        conditions.append(QStringLiteral("i.status = ?"));
        bound.append(static_cast<int>(*filter.status));
    }
    if (conditions.isEmpty())
        return QStringLiteral(" WHERE 1 = 1"); // portable: PostgreSQL has no integer truth values
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// The list rows of these incidents (not empty), by id; false with *error when they cannot be read.
bool readRows(const QSqlDatabase &db, const QList<qint64> &ids, QHash<qint64, IncidentRow> &rows, QString *error)
{
    QStringList marks;
    QVariantList bound;
    for (const qint64 id : ids) {
        marks.append(QStringLiteral("?"));
        bound.append(id);
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!sql::run(q,
                  QStringLiteral("SELECT ") + rowColumns + listFrom +
                      QStringLiteral(" WHERE i.id IN (%1)").arg(marks.join(QStringLiteral(", "))),
                  bound, error))
        return false;
    while (q.next()) {
        const IncidentRow row = rowFrom(q);
        rows.insert(row.id, row);
    }
    return true;
}

// Incidents of a team and its sub-teams (0: every team) that started in [from, to) (an invalid time: no bound on
// that side), as a WHERE clause over columns named i.*; appends its bound values.
QString periodClause(qint64 teamId, const QDateTime &from, const QDateTime &to, QVariantList &bound)
{
    QStringList conditions;
    if (from.isValid()) {
        conditions.append(QStringLiteral("i.started_at >= ?"));
        bound.append(sql::fromTime(from));
    }
    if (to.isValid()) {
        conditions.append(QStringLiteral("i.started_at < ?"));
        bound.append(sql::fromTime(to));
    }
    if (teamId > 0) {
        conditions.append(QStringLiteral("i.team_id IN (%1)").arg(sql::teamSubtreeQuery()));
        bound.append(teamId);
    }
    if (conditions.isEmpty())
        return QStringLiteral(" WHERE 1 = 1"); // portable: PostgreSQL has no integer truth values
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

IncidentRepository::IncidentRepository(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

Result<Incident> IncidentRepository::incident(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("SELECT %1, row_version FROM incident WHERE id = ?").arg(fullColumns), {id},
                  &error))
        return Result<Incident>::failure(error);
    if (!q.next())
        return Result<Incident>::missing(Text::tr("There is no incident with id %1.").arg(id));
    return incidentFrom(q);
}

Status IncidentRepository::conflict(const QString &title, bool gone)
{
    if (gone) {
        return Status::deletedElsewhere(
            Text::tr("The incident “%1” was deleted on another desktop, so your change was not"
                     " saved. Add it again if it is still needed.")
                .arg(shortName(title)));
    }
    return Status::conflict(Text::tr("The incident “%1” was changed on another desktop after you last saw it, so"
                                     " your change was not saved. Open it again to see what is stored now, and"
                                     " make your change again if it is still needed.")
                                .arg(shortName(title)));
}

Status IncidentRepository::check(const Incident &incident) const
{
    if (const FieldErrors errors = Validation::incident(incident); !errors.isEmpty())
        return Status::failure(Validation::summary(errors));
    QSqlQuery q(m_database.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("SELECT 1 FROM team WHERE id = ?"), {incident.teamId}, &error))
        return Status::failure(error);
    if (!q.next())
        return Status::failure(Text::tr("The incident's team no longer exists. Choose another team."));
    return {};
}

Result<qint64> IncidentRepository::insert(const Incident &incident)
{
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Result<qint64>::failure(transaction.error());
    if (const Status status = check(incident); !status)
        return Result<qint64>::failure(status.error());
    QSqlQuery q(m_database.connection());
    QString error;
    Incident stored = incident;
    stored.id = sql::insertRow(q, QStringLiteral("incident"), fullColumnList, values(incident), &error);
    if (stored.id == 0)
        return Result<qint64>::failure(error);
    if (const Status status = transaction.commit(); !status)
        return Result<qint64>::failure(status.error());
    emit inserted(stored);
    return stored.id;
}

Status IncidentRepository::update(const Incident &incident, qint64 *written)
{
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    const Result<Incident> before = this->incident(incident.id);
    if (!before)
        return Status::failure(before.error());
    if (const Status status = check(incident); !status)
        return status;
    // Optimistic: only if nobody changed it since incident.rowVersion was read (0: whatever is stored).
    if (incident.rowVersion != 0 && before->rowVersion != incident.rowVersion)
        return conflict(before->title, false);
    QVariantList bound = values(incident);
    bound.removeFirst();
    bound << incident.id << incident.rowVersion << incident.rowVersion;
    QSqlQuery q(m_database.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("UPDATE incident SET team_id = ?, title = ?, severity = ?, status = ?, service = ?,"
                                 " started_at = ?, detected_at = ?, mitigated_at = ?, resolved_at = ?, summary = ?,"
                                 " customer_impact = ?, row_version = row_version + 1 WHERE id = ?"
                                 " AND (CAST(? AS BIGINT) = 0 OR row_version = CAST(? AS BIGINT))"),
                  bound, &error))
        return Status::failure(error);
    if (q.numRowsAffected() < 1)
        return conflict(before->title, !this->incident(incident.id).ok());
    Incident after = incident;
    q.finish();
    if (!sql::run(q, QStringLiteral("SELECT row_version FROM incident WHERE id = ?"), {incident.id}, &error))
        return Status::failure(error);
    after.rowVersion = q.next() ? q.value(0).toLongLong() : 0;
    if (const Status status = transaction.commit(); !status)
        return status;
    if (written)
        *written = after.rowVersion;
    emit updated(*before, after);
    return {};
}

Status IncidentRepository::remove(qint64 id, qint64 version)
{
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    const Result<Incident> before = incident(id);
    if (!before)
        return Status::failure(before.error());
    QSqlQuery q(m_database.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("SELECT 1 FROM postmortem WHERE incident_id = ?"), {id}, &error))
        return Status::failure(error);
    if (q.next())
        return Status::failure(Text::tr("“%1” has a postmortem, which keeps what the group agreed. Delete the"
                                        " postmortem first if the incident must go.")
                                   .arg(before->title));
    q.finish();
    if (!sql::run(q,
                  QStringLiteral("DELETE FROM incident WHERE id = ?"
                                 " AND (CAST(? AS BIGINT) = 0 OR row_version = CAST(? AS BIGINT))"),
                  {id, version, version}, &error))
        return Status::failure(error);
    if (q.numRowsAffected() < 1)
        return conflict(before->title, !incident(id).ok());
    if (const Status status = purgeDeletedText(m_database.connection()); !status)
        return status;
    if (const Status status = transaction.commit(); !status)
        return status;
    emit removed(*before);
    return {};
}

Status IncidentRepository::purgeDeletedText(const QSqlDatabase &db)
{
    // The server has no such step: deleted rows stay in its pages until VACUUM reuses them (its administrator's
    // autovacuum and backup retention decide; see docs/postgresql-plan.md).
    if (Dialect::isServer(db))
        return {};
    // 'optimize' merges every segment of the index into one and drops the deleted entries on the way (SQLite 3.40
    // has no FTS5 secure-delete option, which would remove them at once).
    QSqlQuery q(db);
    QString error;
    if (!sql::run(q, QStringLiteral("INSERT INTO search_text(search_text) VALUES ('optimize')"), {}, &error))
        return Status::failure(error);
    return {};
}

int IncidentRepository::count(const IncidentFilter &filter) const
{
    QVariantList bound;
    const QString hits = searchHits(filter, bound);
    const QString where = whereClause(filter, bound, hits);
    QSqlQuery q(m_database.connection());
    if (sql::run(q, QStringLiteral("SELECT count(*)") + countFrom + where, bound, nullptr) && q.next())
        return q.value(0).toInt();
    return 0;
}

QList<IncidentRow> IncidentRepository::rows(const IncidentFilter &filter, const IncidentOrder &order,
                                            const std::optional<IncidentRow> &anchor, int offset, int limit,
                                            bool backwards) const
{
    QList<IncidentRow> result;
    if (limit <= 0)
        return result;
    const Dialect::Backend backend = Dialect::of(m_database.connection());
    QVariantList bound;
    const QString hits = searchHits(filter, bound);
    QString statement = QStringLiteral("SELECT ") + rowColumns + listFrom + whereClause(filter, bound, hits);
    if (anchor) {
        // Walking forwards in a descending list, or backwards in an ascending one, means smaller keys.
        const bool smaller = order.descending != backwards;
        statement += QStringLiteral(" AND (%1, i.id) %2 (%3, ?)")
                         .arg(sortExpression(order.key, backend), smaller ? QStringLiteral("<") : QStringLiteral(">"),
                              sortPlaceholder(order.key, backend));
        bound << sortValue(order.key, *anchor) << anchor->id;
    }
    statement += orderBy(order, backwards, backend) + QStringLiteral(" LIMIT ? OFFSET ?");
    bound << limit << std::max(0, offset);

    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (sql::run(q, statement, bound, nullptr)) {
        while (q.next())
            result.append(rowFrom(q));
    }
    if (backwards)
        std::reverse(result.begin(), result.end());
    return result;
}

Status IncidentRepository::forEach(const IncidentFilter &filter, const IncidentOrder &order,
                                   const std::function<void(const IncidentRow &)> &visit) const
{
    constexpr int pageSize = 500;
    std::optional<IncidentRow> anchor;
    for (;;) {
        const QList<IncidentRow> page = rows(filter, order, anchor, 0, pageSize);
        for (const IncidentRow &row : page)
            visit(row);
        if (page.size() < pageSize)
            return {};
        anchor = page.last();
    }
}

int IncidentRepository::position(const IncidentFilter &filter, const IncidentOrder &order,
                                 const Incident &incident) const
{
    QVariantList bound;
    const QString from = order.key == IncidentSortKey::Team ? listFrom : countFrom;
    const QString hits = searchHits(filter, bound);
    QString statement = QStringLiteral("SELECT count(*)") + from + whereClause(filter, bound, hits);
    // The incident's own sort value; for the team order that is its team's current name.
    const QString value = order.key == IncidentSortKey::Team ? QStringLiteral("(SELECT name FROM team WHERE id = ?)")
                                                             : QStringLiteral("?");
    statement += QStringLiteral(" AND i.id <> ? AND ") +
                 beyond(order.key, Dialect::of(m_database.connection()),
                        order.descending ? QStringLiteral(">") : QStringLiteral("<"), value);
    bound << incident.id;
    const QVariant own = order.key == IncidentSortKey::Team
                             ? QVariant(incident.teamId)
                             : sortValue(order.key, IncidentRow::from(incident, QString()));
    bound << own << own << incident.id;
    QSqlQuery q(m_database.connection());
    if (sql::run(q, statement, bound, nullptr) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool IncidentRepository::matches(const IncidentFilter &filter, const Incident &incident) const
{
    // The same WHERE clause as the list, applied to the incident's values, so both always agree (also for the
    // values before an edit or a removal, which the database no longer holds).
    IncidentFilter plain = filter;
    plain.text.clear();
    QVariantList bound = {incident.teamId, static_cast<int>(incident.severity), static_cast<int>(incident.status)};
    const QString statement =
        QStringLiteral("SELECT 1 FROM (SELECT CAST(? AS BIGINT) AS team_id, CAST(? AS INTEGER) AS severity,"
                       " CAST(? AS INTEGER) AS status) i") +
        whereClause(plain, bound);
    QSqlQuery q(m_database.connection());
    if (!sql::run(q, statement, bound, nullptr) || !q.next())
        return false;
    q.finish();
    const QString search = searchExpression(filter.text);
    if (search.isEmpty())
        return true;
    if (Dialect::isServer(m_database.connection()))
        return ServerSearchIndex::matches(m_database.connection(), filter.text, incident);

    // The incident's own texts go through a one-row index in this connection's temporary schema, with the same
    // tokenizer as search_text, so the words match exactly as in the list.
    if (!sql::run(q,
                  QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_probe USING fts5("
                                 "title, service, summary, tokenize = 'unicode61 remove_diacritics 2')"),
                  {}, nullptr))
        return false;
    q.finish();
    bool found =
        sql::run(q, QStringLiteral("INSERT INTO temp.search_probe(rowid, title, service, summary) VALUES (1, ?, ?, ?)"),
                 {incident.title, incident.service, incident.summary}, nullptr);
    q.finish();
    found =
        found &&
        sql::run(q, QStringLiteral("SELECT 1 FROM temp.search_probe WHERE search_probe MATCH ?"), {search}, nullptr) &&
        q.next();
    q.finish();
    sql::run(q, QStringLiteral("DELETE FROM temp.search_probe"), {}, nullptr);
    q.finish();
    if (found)
        return true;

    // Its postmortem's timeline events and contributing factors, which an edit of the incident does not change.
    found = sql::run(q,
                     QStringLiteral("SELECT 1 FROM search_text WHERE search_text MATCH ? AND rowid > ? AND rowid < ?"
                                    " LIMIT 1"),
                     {search, incident.id << 32, (incident.id + 1) << 32}, nullptr) &&
            q.next();
    q.finish();
    return found;
}

QString IncidentRepository::searchHits(const IncidentFilter &filter, QVariantList &bound) const
{
    const QString expression = searchExpression(filter.text);
    if (expression.isEmpty())
        return {};
    // The server answers from its generated columns' indexes directly.
    if (Dialect::isServer(m_database.connection()))
        return ServerSearchIndex::incidentIds(filter.text, bound);
    QSqlQuery q(m_database.connection());
    // data_version moves when another connection commits; total_changes() counts this connection's own writes.
    qint64 dataVersion = -1;
    qint64 changes = -1;
    if (sql::run(q, QStringLiteral("SELECT (SELECT data_version FROM pragma_data_version), total_changes()"), {},
                 nullptr) &&
        q.next()) {
        dataVersion = q.value(0).toLongLong();
        changes = q.value(1).toLongLong();
    }
    q.finish();
    if (expression == m_hitsExpression && dataVersion == m_hitsDataVersion && changes == m_hitsChanges &&
        dataVersion >= 0) {
        // A rolled-back transaction takes the table's rows with it without changing the counters.
        if (sql::run(q, QStringLiteral("SELECT count(*) FROM temp.search_hits"), {}, nullptr) && q.next() &&
            q.value(0).toLongLong() == m_hitsRows)
            return QStringLiteral("SELECT id FROM temp.search_hits");
        q.finish();
    }

    m_hitsExpression.clear();
    // The index's rowid carries the incident id in its upper 32 bits (migration 5): no stored text is read, and
    // the ids come in ascending order.
    const bool filled =
        sql::run(q, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS search_hits (id INTEGER PRIMARY KEY)"), {},
                 nullptr) &&
        sql::run(q, QStringLiteral("DELETE FROM temp.search_hits"), {}, nullptr) &&
        sql::run(q,
                 QStringLiteral("INSERT OR IGNORE INTO temp.search_hits (id)"
                                " SELECT rowid >> 32 FROM search_text WHERE search_text MATCH ?"),
                 {expression}, nullptr) &&
        sql::run(q, QStringLiteral("SELECT total_changes(), (SELECT count(*) FROM temp.search_hits)"), {}, nullptr) &&
        q.next();
    if (!filled) {
        // Without the table (it cannot be written), the subquery collects the ids for each statement.
        bound.append(expression);
        return QStringLiteral("SELECT rowid >> 32 FROM search_text WHERE search_text MATCH ?");
    }
    m_hitsChanges = q.value(0).toLongLong();
    m_hitsRows = q.value(1).toLongLong();
    m_hitsDataVersion = dataVersion;
    m_hitsExpression = expression;
    q.finish();
    return QStringLiteral("SELECT id FROM temp.search_hits");
}

QString IncidentRepository::searchExpression(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList typed = text.split(space, Qt::SkipEmptyParts);
    if (typed.isEmpty())
        return {};
    QStringList phrases;
    for (const QString &word : typed) {
        // The index splits words at anything but letters and digits; a word of punctuation or emoji alone would
        // be an empty phrase, which matches nothing.
        if (std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        phrases.append(QLatin1Char('"') + quoted + QStringLiteral("\"*"));
    }
    if (phrases.isEmpty())
        return QStringLiteral("\"\""); // text with nothing to search for: no incident matches
    return phrases.join(QStringLiteral(" AND "));
}

QString IncidentRepository::tooLongSearch(const QString &text)
{
    return Text::tr("The search text has %1 characters; a search takes up to %2. Look for a few words instead.")
        .arg(QLocale().toString(text.size()), QLocale().toString(Limits::SearchLength));
}

Result<QList<IncidentSearchHit>> IncidentRepository::search(const QString &text, qint64 teamId, int limit,
                                                            const QString &markStart, const QString &markEnd) const
{
    using R = Result<QList<IncidentSearchHit>>;
    if (text.size() > Limits::SearchLength)
        return R::failure(tooLongSearch(text));
    QList<IncidentSearchHit> hits;
    const QString expression = searchExpression(text);
    if (expression.isEmpty() || limit <= 0)
        return hits;

    if (Dialect::isServer(m_database.connection())) {
        const Result<QList<ServerSearchIndex::Match>> found =
            ServerSearchIndex::find(m_database.connection(), text, teamId, limit, markStart, markEnd);
        if (!found)
            return R::failure(found.error());
        QList<qint64> ids;
        for (const ServerSearchIndex::Match &match : *found)
            ids.append(match.incidentId);
        QHash<qint64, IncidentRow> rows;
        QString error;
        if (!ids.isEmpty() && !readRows(m_database.connection(), ids, rows, &error))
            return R::failure(error);
        for (const ServerSearchIndex::Match &match : *found) {
            if (rows.contains(match.incidentId)) // else removed since the match was read (another connection)
                hits.append({rows.value(match.incidentId), match.place, match.snippet});
        }
        return hits;
    }

    QString teamCondition;
    QVariantList teamBound;
    if (teamId > 0) {
        teamCondition = QStringLiteral(" AND rowid >> 32 IN (SELECT id FROM incident WHERE team_id IN (%1))")
                            .arg(sql::teamSubtreeQuery());
        teamBound.append(teamId);
    }
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    QString error;

    // bm25 reads every match, which takes long when a word is everywhere ("d", "db" on a large database); when a
    // word matches more than rankedMatches texts the order is by place instead: title, service, summary, then timeline
    // and factors, the newest incidents first in each (rowid order, read only as far as needed). bm25 also counts the
    // matches of each word on its own, so every word is measured.
    constexpr int rankedMatches = 5000;
    bool ranked = true;
    for (const QString &phrase : expression.split(QStringLiteral(" AND "))) {
        if (!sql::run(q,
                      QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM search_text WHERE search_text MATCH ?"
                                     " LIMIT %1)")
                          .arg(rankedMatches + 1),
                      {phrase}, &error) ||
            !q.next())
            return R::failure(error);
        ranked = ranked && q.value(0).toInt() <= rankedMatches;
        q.finish();
        if (!ranked)
            break;
    }
    const QStringList passes = ranked ? QStringList{expression}
                                      : QStringList{QStringLiteral("{title} : (%1)").arg(expression),
                                                    QStringLiteral("{service} : (%1)").arg(expression),
                                                    QStringLiteral("{summary} : (%1)").arg(expression),
                                                    QStringLiteral("{detail} : (%1)").arg(expression)};

    // Read only until `limit` incidents are found; an incident's first match is its best one.
    QList<qint64> matchRows;
    QSet<qint64> seen;
    for (const QString &pass : passes) {
        if (matchRows.size() >= limit)
            break;
        if (!sql::run(q,
                      QStringLiteral("SELECT rowid FROM search_text WHERE search_text MATCH ?") + teamCondition +
                          (ranked ? QStringLiteral(" ORDER BY rank") : QStringLiteral(" ORDER BY rowid DESC")),
                      QVariantList{pass} + teamBound, &error))
            return R::failure(error);
        while (matchRows.size() < limit && q.next()) {
            const qint64 rowid = q.value(0).toLongLong();
            if (!seen.contains(rowid >> 32)) {
                seen.insert(rowid >> 32);
                matchRows.append(rowid);
            }
        }
        q.finish();
    }

    if (matchRows.isEmpty())
        return hits;

    // Where each match is and an excerpt of it, for all of them in one statement. snippet() of one column holds the
    // opening mark only when that column has a match; the excerpt is taken from the column the place names (title,
    // service, summary; detail for events and factors).
    QStringList marks;
    QVariantList bound = {markStart, markEnd, markStart, markEnd, markStart, markEnd, markStart, markEnd, expression};
    for (const qint64 rowid : std::as_const(matchRows)) {
        marks.append(QStringLiteral("?"));
        bound.append(rowid);
    }
    // "+rowid IN": SQLite would hand each listed rowid to the index as its own lookup, which gathers a prefix's
    // words again every time; the range keeps the one pass short.
    const auto [lowest, highest] = std::minmax_element(matchRows.cbegin(), matchRows.cend());
    bound << *lowest << *highest;
    if (!sql::run(q,
                  QStringLiteral("SELECT rowid, instr(snippet(search_text, 0, char(1), '', '', 1), char(1)),"
                                 " instr(snippet(search_text, 1, char(1), '', '', 1), char(1)),"
                                 " snippet(search_text, 0, ?, ?, '…', 12), snippet(search_text, 1, ?, ?, '…', 12),"
                                 " snippet(search_text, 2, ?, ?, '…', 12), snippet(search_text, 3, ?, ?, '…', 12)"
                                 " FROM search_text WHERE search_text MATCH ? AND +rowid IN (%1)"
                                 " AND rowid BETWEEN ? AND ?")
                      .arg(marks.join(QStringLiteral(", "))),
                  bound, &error))
        return R::failure(error);
    QHash<qint64, std::pair<SearchPlace, QString>> places;
    while (q.next()) {
        const qint64 rowid = q.value(0).toLongLong();
        int column = 3;
        SearchPlace place = SearchPlace::Timeline;
        if ((rowid & 3) == 2) {
            place = SearchPlace::Factor;
        } else if ((rowid & 3) == 0) {
            column = q.value(1).toInt() > 0 ? 0 : q.value(2).toInt() > 0 ? 1 : 2;
            place = column == 0 ? SearchPlace::Title : column == 1 ? SearchPlace::Service : SearchPlace::Summary;
        }
        places.insert(rowid, {place, q.value(3 + column).toString()});
    }
    q.finish();

    // The incidents' list rows, in the order found.
    QList<qint64> ids;
    for (const qint64 rowid : std::as_const(matchRows))
        ids.append(rowid >> 32);
    QHash<qint64, IncidentRow> rows;
    if (!readRows(m_database.connection(), ids, rows, &error))
        return R::failure(error);
    for (const qint64 rowid : std::as_const(matchRows)) {
        if (!rows.contains(rowid >> 32) || !places.contains(rowid))
            continue; // changed since the match was read (another connection)
        hits.append({rows.value(rowid >> 32), places.value(rowid).first, places.value(rowid).second});
    }
    return hits;
}

Result<PeriodFacts> IncidentRepository::periodFacts(qint64 teamId, const QDateTime &from, const QDateTime &to) const
{
    PeriodFacts facts;
    QVariantList bound;
    const QString where = periodClause(teamId, from, to, bound);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    QString error;

    // The times themselves: medians need every value, and a team's period holds few incidents.
    if (!sql::run(q,
                  QStringLiteral("SELECT i.severity, i.started_at, i.detected_at, i.mitigated_at, i.resolved_at"
                                 " FROM incident i") +
                      where,
                  bound, &error))
        return Result<PeriodFacts>::failure(error);
    while (q.next()) {
        IncidentTimes times;
        times.severity = static_cast<Severity>(q.value(0).toInt());
        times.started = sql::toTime(q.value(1));
        times.detected = sql::toTime(q.value(2));
        times.mitigated = sql::toTime(q.value(3));
        times.resolved = sql::toTime(q.value(4));
        facts.incidents.append(times);
    }
    q.finish();

    const QString withPostmortem = QStringLiteral(" FROM incident i JOIN postmortem p ON p.incident_id = i.id");
    QVariantList finished = bound;
    finished.append(static_cast<int>(Phase::Finished));
    if (!sql::run(q, QStringLiteral("SELECT count(*)") + withPostmortem + where + QStringLiteral(" AND p.phase = ?"),
                  finished, &error))
        return Result<PeriodFacts>::failure(error);
    if (q.next())
        facts.completedPostmortems = q.value(0).toInt();
    q.finish();

    // Whether a done item kept its due date compares a UTC time with a local calendar day, which portable SQL
    // cannot do; the items of one period are few, so they are classified in IncidentMetrics::countActions.
    if (!sql::run(q,
                  QStringLiteral("SELECT a.status, a.due_date, a.done_at") + withPostmortem +
                      QStringLiteral(" JOIN action_item a ON a.postmortem_id = p.id") + where,
                  bound, &error))
        return Result<PeriodFacts>::failure(error);
    while (q.next()) {
        ActionFact action;
        action.status = static_cast<ActionStatus>(q.value(0).toInt());
        if (!q.value(1).isNull())
            action.due = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        action.done = sql::toTime(q.value(2));
        facts.actions.append(action);
    }
    q.finish();
    return facts;
}

} // namespace candor
