#pragma once

#include "domain/Incident.h"
#include "domain/IncidentQuery.h"
#include "domain/Result.h"
#include "metrics/IncidentMetrics.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class QSqlDatabase;

namespace candor {

class Database;

// Incidents. Lists are read in pages (keyset after or before an anchor row, or by offset for a jump), filtered
// and sorted in SQL, so no caller ever needs every row at once.
class IncidentRepository : public QObject
{
    Q_OBJECT
public:
    explicit IncidentRepository(Database &database, QObject *parent = nullptr);

    Result<Incident> incident(qint64 id) const;
    Result<qint64> insert(const Incident &incident); // id 0: new id; otherwise restores under that id (undo)
    // Optimistic: an update or removal changes the incident only if nobody changed it since it was read (its
    // rowVersion, or `version`; 0: whatever is stored), and otherwise fails with Status::conflict. *written (when
    // given) gets the version a successful update left.
    Status update(const Incident &incident, qint64 *written = nullptr);
    Status remove(qint64 id, qint64 version = 0);

    int count(const IncidentFilter &filter) const;
    // Rows in the given order, after the anchor (or from the start), skipping `offset`, at most `limit`.
    // backwards: the same but walking from the end (before the anchor); the result is still in list order.
    QList<IncidentRow> rows(const IncidentFilter &filter, const IncidentOrder &order,
                            const std::optional<IncidentRow> &anchor, int offset, int limit,
                            bool backwards = false) const;
    // Every matching row in order, handed over one page at a time (for exports and the CLI).
    Status forEach(const IncidentFilter &filter, const IncidentOrder &order,
                   const std::function<void(const IncidentRow &)> &visit) const;
    // How many other matching rows come before this incident in the given order.
    int position(const IncidentFilter &filter, const IncidentOrder &order, const Incident &incident) const;
    bool matches(const IncidentFilter &filter, const Incident &incident) const;

    // Full-text search (title, service, summary, timeline, contributing factors), best-ranked incident first (a
    // title hit ranks above the rest; on a PostgreSQL server see ServerSearchIndex), at most `limit` incidents, of a
    // team and its sub-teams (0: every team). Each hit's snippet marks the matched words with markStart and markEnd.
    // Empty text: an empty list. The message for a search text over Limits::SearchLength characters, which search()
    // refuses.
    static QString tooLongSearch(const QString &text);
    Result<QList<IncidentSearchHit>> search(const QString &text, qint64 teamId, int limit,
                                            const QString &markStart = QStringLiteral("["),
                                            const QString &markEnd = QStringLiteral("]")) const;
    // The full-text query for what a person typed: each word quoted (so no character has a meaning of its own) and
    // matched as the start of a word, all words required. Words without a letter or digit are left out; when no
    // word remains the query matches nothing. Empty for empty text (no search).
    static QString searchExpression(const QString &text);
    // Rewrites the full-text index without the words of deleted rows, inside the caller's write transaction. FTS5
    // deletes only by recording that the words are gone; the words themselves stay in the index's pages until
    // those are merged, which may be never. With secure_delete (Database) the pages this frees are overwritten, so
    // the deleted text leaves the file. A pass over the whole index: 40 ms for the small demo, about 5 s for the
    // large one (50,000 incidents), so it runs when a deletion removes a whole record (an incident, a postmortem).
    // Nothing to do on a PostgreSQL server, where VACUUM (the administrator's) reclaims deleted rows.
    static Status purgeDeletedText(const QSqlDatabase &db);

    // What the incident metrics need of a team and its sub-teams (0: every team) over [from, to) (an invalid time
    // leaves that side open): the incidents that started then, how many of them have a finished postmortem, and
    // the action items of their postmortems. See IncidentMetrics::team().
    Result<PeriodFacts> periodFacts(qint64 teamId, const QDateTime &from, const QDateTime &to) const;

signals:
    void inserted(const candor::Incident &incident);
    void updated(const candor::Incident &before, const candor::Incident &after);
    void removed(const candor::Incident &incident);

private:
    static Status conflict(const QString &title, bool gone);
    Status check(const Incident &incident) const;
    // The SELECT of the incident ids a search matches, for the list's WHERE clause: the ids are collected once into
    // a temporary table of this connection and reused by the count and every page until the search or the database
    // changes (the subquery alone would collect them again for each page). On a server the SELECT reads the
    // generated columns' indexes directly. Empty without a search.
    QString searchHits(const IncidentFilter &filter, QVariantList &bound) const;

    Database &m_database;
    mutable QString m_hitsExpression;      // the search the temporary table holds; empty: none
    mutable qint64 m_hitsDataVersion = -1; // PRAGMA data_version and total_changes() when it was filled
    mutable qint64 m_hitsChanges = -1;
    mutable qint64 m_hitsRows = -1; // the rows it was filled with
};

} // namespace candor
