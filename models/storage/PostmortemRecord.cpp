// PostmortemRepository, second half: what a session records (timeline, contributing factors, learnings, action
// items). The first half is in PostmortemRepository.cpp.
#include "PostmortemRepository.h"

#include "Database.h"
#include "Dialect.h"
#include "PostmortemSql.h"
#include "SqlRows.h"
#include "domain/Validation.h"

#include <QSet>

namespace candor {

using sql::Text;
using namespace postmortemsql;

// ---- Timeline -------------------------------------------------------------------------------------------------

namespace {

// An edit of a row that is not there: deleted on another desktop when the person saw it at a version, else an id
// that never was (or was written unconditionally).
Status rowGone(qint64 seenVersion, const QString &message)
{
    return seenVersion > 0 ? Status::deletedElsewhere(message) : Status::failure(message);
}

const QString eventColumns = QStringLiteral("id, postmortem_id, at, kind, text, row_version");

TimelineEvent eventFrom(const QSqlQuery &q)
{
    TimelineEvent e;
    e.id = q.value(0).toLongLong();
    e.sessionId = q.value(1).toLongLong();
    e.time = sql::toTime(q.value(2));
    e.kind = static_cast<EventKind>(q.value(3).toInt());
    e.text = q.value(4).toString();
    e.rowVersion = q.value(5).toLongLong();
    return e;
}

const QString learningColumns = QStringLiteral("id, postmortem_id, kind, text, row_version");

Learning learningFrom(const QSqlQuery &q)
{
    Learning l;
    l.id = q.value(0).toLongLong();
    l.sessionId = q.value(1).toLongLong();
    l.kind = static_cast<LearningKind>(q.value(2).toInt());
    l.text = q.value(3).toString();
    l.rowVersion = q.value(4).toLongLong();
    return l;
}

} // namespace

QList<TimelineEvent> PostmortemRepository::events(qint64 sessionId) const
{
    QList<TimelineEvent> list;
    QSqlQuery q(m_database.connection());
    Dialect::prepareForReading(q, m_database.connection());
    if (!sql::run(
            q,
            QStringLiteral("SELECT %1 FROM timeline_event WHERE postmortem_id = ? ORDER BY at, id").arg(eventColumns),
            {sessionId}, nullptr))
        return list;
    while (q.next())
        list.append(eventFrom(q));
    return list;
}

Result<TimelineEvent> PostmortemRepository::event(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("SELECT %1 FROM timeline_event WHERE id = ?").arg(eventColumns), {id}, &error))
        return Result<TimelineEvent>::failure(error);
    if (!q.next())
        return Result<TimelineEvent>::missing(Text::tr("That timeline event no longer exists."));
    return eventFrom(q);
}

Result<qint64> PostmortemRepository::insertEvent(const TimelineEvent &event)
{
    if (!validTime(event.time))
        return Result<qint64>::failure(Text::tr("The event has no valid time. Type a time such as 14:05."));
    if (const Status s = checkText(event.text); !s)
        return Result<qint64>::failure(s.error());
    const QSqlDatabase db = m_database.connection();
    qint64 id = 0;
    const Status status = inTransaction(db, [&]() {
        return insertRow(db, QStringLiteral("timeline_event"),
                         {QStringLiteral("id"), QStringLiteral("postmortem_id"), QStringLiteral("at"),
                          QStringLiteral("kind"), QStringLiteral("text")},
                         {sql::fromId(event.id), event.sessionId, sql::fromTime(event.time),
                          static_cast<int>(event.kind), event.text.trimmed()},
                         &id);
    });
    if (!status)
        return Result<qint64>::failure(status.error());
    emit eventsChanged(event.sessionId);
    return id;
}

Status PostmortemRepository::updateEvent(const TimelineEvent &event, qint64 *written)
{
    if (!validTime(event.time))
        return Status::failure(Text::tr("The event has no valid time. Type a time such as 14:05."));
    if (const Status s = checkText(event.text); !s)
        return s;
    // The row's own session names the change; an edit of a row that is gone is refused, not ignored.
    const std::optional<qint64> sessionId = sessionOf(QStringLiteral("timeline_event"), event.id);
    if (!sessionId)
        return rowGone(event.rowVersion, Text::tr("That timeline event no longer exists."));
    const QSqlDatabase db = m_database.connection();
    const Status status = inTransaction(db, [&]() {
        return updateVersioned(db, QStringLiteral("timeline_event"), QStringLiteral("at = ?, kind = ?, text = ?"),
                               {sql::fromTime(event.time), static_cast<int>(event.kind), event.text.trimmed()},
                               event.id, event.rowVersion, QStringLiteral("text"), event.text, written);
    });
    if (status || status.isConflict())
        emit eventsChanged(*sessionId);
    return status;
}

Status PostmortemRepository::removeEvent(qint64 id, qint64 version)
{
    const std::optional<qint64> sessionId = sessionOf(QStringLiteral("timeline_event"), id);
    if (!sessionId)
        return Status::failure(Text::tr("That timeline event no longer exists."));
    const QSqlDatabase db = m_database.connection();
    const Status status = inTransaction(db, [&]() {
        return deleteVersioned(db, QStringLiteral("timeline_event"), id, version, QStringLiteral("text"), {});
    });
    if (!status && !status.isConflict()) // on a conflict, the views show what is stored now
        return status;
    emit eventsChanged(*sessionId);
    emit factorsChanged(*sessionId); // links to the event are gone
    return status;
}

// ---- Contributing factors -------------------------------------------------------------------------------------

namespace {

Status writeLinks(const QSqlDatabase &db, qint64 factorId, const QList<qint64> &eventIds)
{
    if (const Status s = exec(db, QStringLiteral("DELETE FROM factor_event WHERE factor_id = ?"), {factorId}); !s)
        return s;
    for (qint64 eventId : eventIds) {
        // Only events of the factor's own session can be linked.
        if (const Status s = exec(db,
                                  QStringLiteral("INSERT INTO factor_event (factor_id, event_id)"
                                                 " SELECT f.id, e.id FROM contributing_factor f JOIN timeline_event e"
                                                 " ON e.postmortem_id = f.postmortem_id WHERE f.id = ? AND e.id = ?"
                                                 " ON CONFLICT DO NOTHING"),
                                  {factorId, eventId});
            !s)
            return s;
    }
    return {};
}

} // namespace

QList<ContributingFactor> PostmortemRepository::factors(qint64 sessionId) const
{
    QList<ContributingFactor> list;
    QSqlQuery q(m_database.connection());
    Dialect::prepareForReading(q, m_database.connection());
    if (!sql::run(q,
                  QStringLiteral("SELECT f.id, f.postmortem_id, f.category, f.text, fe.event_id, f.row_version"
                                 " FROM contributing_factor f LEFT JOIN factor_event fe ON fe.factor_id = f.id"
                                 " LEFT JOIN timeline_event e ON e.id = fe.event_id"
                                 " WHERE f.postmortem_id = ? ORDER BY f.id, e.at, e.id"),
                  {sessionId}, nullptr))
        return list;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (list.isEmpty() || list.last().id != id) {
            ContributingFactor f;
            f.id = id;
            f.sessionId = q.value(1).toLongLong();
            f.category = static_cast<FactorCategory>(q.value(2).toInt());
            f.text = q.value(3).toString();
            f.rowVersion = q.value(5).toLongLong();
            list.append(f);
        }
        if (!q.value(4).isNull())
            list.last().eventIds.append(q.value(4).toLongLong());
    }
    return list;
}

Result<ContributingFactor> PostmortemRepository::factor(qint64 id) const
{
    const std::optional<qint64> sessionId = sessionOf(QStringLiteral("contributing_factor"), id);
    if (sessionId) {
        for (const ContributingFactor &f : factors(*sessionId)) {
            if (f.id == id)
                return f;
        }
    }
    return Result<ContributingFactor>::missing(Text::tr("That contributing factor no longer exists."));
}

Result<qint64> PostmortemRepository::insertFactor(const ContributingFactor &factor)
{
    if (const Status s = checkText(factor.text); !s)
        return Result<qint64>::failure(s.error());
    const QSqlDatabase db = m_database.connection();
    qint64 id = 0;
    const Status status = inTransaction(db, [&]() -> Status {
        if (const Status s = insertRow(
                db, QStringLiteral("contributing_factor"),
                {QStringLiteral("id"), QStringLiteral("postmortem_id"), QStringLiteral("category"),
                 QStringLiteral("text")},
                {sql::fromId(factor.id), factor.sessionId, static_cast<int>(factor.category), factor.text.trimmed()},
                &id);
            !s)
            return s;
        return writeLinks(db, id, factor.eventIds);
    });
    if (!status)
        return Result<qint64>::failure(status.error());
    emit factorsChanged(factor.sessionId);
    return id;
}

Status PostmortemRepository::updateFactor(const ContributingFactor &factor, qint64 *written)
{
    if (const Status s = checkText(factor.text); !s)
        return s;
    // The row's own session names the change; an edit of a row that is gone is refused, not ignored.
    const std::optional<qint64> sessionId = sessionOf(QStringLiteral("contributing_factor"), factor.id);
    if (!sessionId)
        return rowGone(factor.rowVersion, Text::tr("That contributing factor no longer exists."));
    const QSqlDatabase db = m_database.connection();
    const Status status = inTransaction(db, [&]() -> Status {
        if (const Status s =
                updateVersioned(db, QStringLiteral("contributing_factor"), QStringLiteral("category = ?, text = ?"),
                                {static_cast<int>(factor.category), factor.text.trimmed()}, factor.id,
                                factor.rowVersion, QStringLiteral("text"), factor.text, written);
            !s)
            return s;
        return writeLinks(db, factor.id, factor.eventIds);
    });
    if (status || status.isConflict())
        emit factorsChanged(*sessionId);
    return status;
}

Status PostmortemRepository::removeFactor(qint64 id, qint64 version)
{
    const std::optional<qint64> sessionId = sessionOf(QStringLiteral("contributing_factor"), id);
    if (!sessionId)
        return Status::failure(Text::tr("That contributing factor no longer exists."));
    const QSqlDatabase db = m_database.connection();
    const Status status = inTransaction(db, [&]() {
        return deleteVersioned(db, QStringLiteral("contributing_factor"), id, version, QStringLiteral("text"), {});
    });
    if (!status && !status.isConflict()) // on a conflict, the views show what is stored now
        return status;
    emit factorsChanged(*sessionId);
    emit actionsChanged(*sessionId); // actions that addressed it now address none
    return status;
}

Status PostmortemRepository::linkEvent(qint64 eventId, const QList<qint64> &factorIds)
{
    const std::optional<qint64> sessionId = sessionOf(QStringLiteral("timeline_event"), eventId);
    if (!sessionId)
        return Status::failure(Text::tr("That timeline event no longer exists."));
    const QSqlDatabase db = m_database.connection();
    const Status status = inTransaction(db, [&]() -> Status {
        for (qint64 factorId : factorIds) {
            // As in writeLinks: only a factor of the event's own session.
            if (const Status s = exec(db,
                                      QStringLiteral("INSERT INTO factor_event (factor_id, event_id)"
                                                     " SELECT id, CAST(? AS BIGINT) FROM contributing_factor"
                                                     " WHERE id = ? AND postmortem_id = ? ON CONFLICT DO NOTHING"),
                                      {eventId, factorId, *sessionId});
                !s)
                return s;
        }
        return {};
    });
    if (status)
        emit factorsChanged(*sessionId);
    return status;
}

Status PostmortemRepository::setActionFactor(const QList<qint64> &actionIds, qint64 factorId)
{
    QSet<qint64> sessions;
    for (qint64 actionId : actionIds) {
        if (const std::optional<qint64> sessionId = sessionOf(QStringLiteral("action_item"), actionId))
            sessions.insert(*sessionId);
    }
    const QSqlDatabase db = m_database.connection();
    const Status status = inTransaction(db, [&]() -> Status {
        for (qint64 actionId : actionIds) {
            // As with event links: an action item only addresses a factor of its own session.
            if (const Status s = exec(db,
                                      QStringLiteral("UPDATE action_item SET factor_id = ?, row_version = row_version "
                                                     "+ 1 WHERE id = ? AND (CAST(? AS BIGINT) IS NULL"
                                                     " OR postmortem_id = (SELECT postmortem_id FROM"
                                                     " contributing_factor WHERE id = ?))"),
                                      {sql::fromId(factorId), actionId, sql::fromId(factorId), factorId});
                !s)
                return s;
        }
        return {};
    });
    if (status) {
        for (qint64 sessionId : std::as_const(sessions))
            emit actionsChanged(sessionId);
    }
    return status;
}

// ---- Learnings ------------------------------------------------------------------------------------------------

QList<Learning> PostmortemRepository::learnings(qint64 sessionId) const
{
    QList<Learning> list;
    QSqlQuery q(m_database.connection());
    Dialect::prepareForReading(q, m_database.connection());
    if (!sql::run(
            q, QStringLiteral("SELECT %1 FROM learning WHERE postmortem_id = ? ORDER BY kind, id").arg(learningColumns),
            {sessionId}, nullptr))
        return list;
    while (q.next())
        list.append(learningFrom(q));
    return list;
}

Result<Learning> PostmortemRepository::learning(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("SELECT %1 FROM learning WHERE id = ?").arg(learningColumns), {id}, &error))
        return Result<Learning>::failure(error);
    if (!q.next())
        return Result<Learning>::missing(Text::tr("That entry no longer exists."));
    return learningFrom(q);
}

Result<qint64> PostmortemRepository::insertLearning(const Learning &learning)
{
    if (const Status s = checkText(learning.text); !s)
        return Result<qint64>::failure(s.error());
    const QSqlDatabase db = m_database.connection();
    qint64 id = 0;
    const Status status = inTransaction(db, [&]() {
        return insertRow(
            db, QStringLiteral("learning"),
            {QStringLiteral("id"), QStringLiteral("postmortem_id"), QStringLiteral("kind"), QStringLiteral("text")},
            {sql::fromId(learning.id), learning.sessionId, static_cast<int>(learning.kind), learning.text.trimmed()},
            &id);
    });
    if (!status)
        return Result<qint64>::failure(status.error());
    emit learningsChanged(learning.sessionId);
    return id;
}

Status PostmortemRepository::updateLearning(const Learning &learning, qint64 *written)
{
    if (const Status s = checkText(learning.text); !s)
        return s;
    // The row's own session names the change; an edit of a row that is gone is refused, not ignored.
    const std::optional<qint64> sessionId = sessionOf(QStringLiteral("learning"), learning.id);
    if (!sessionId)
        return rowGone(learning.rowVersion, Text::tr("That entry no longer exists."));
    const QSqlDatabase db = m_database.connection();
    const Status status = inTransaction(db, [&]() {
        return updateVersioned(db, QStringLiteral("learning"), QStringLiteral("kind = ?, text = ?"),
                               {static_cast<int>(learning.kind), learning.text.trimmed()}, learning.id,
                               learning.rowVersion, QStringLiteral("text"), learning.text, written);
    });
    if (status || status.isConflict())
        emit learningsChanged(*sessionId);
    return status;
}

Status PostmortemRepository::removeLearning(qint64 id, qint64 version)
{
    const std::optional<qint64> sessionId = sessionOf(QStringLiteral("learning"), id);
    if (!sessionId)
        return Status::failure(Text::tr("That entry no longer exists."));
    const QSqlDatabase db = m_database.connection();
    const Status status = inTransaction(
        db, [&]() { return deleteVersioned(db, QStringLiteral("learning"), id, version, QStringLiteral("text"), {}); });
    if (status || status.isConflict())
        emit learningsChanged(*sessionId);
    return status;
}

// ---- Action items ---------------------------------------------------------------------------------------------

QList<ActionItem> PostmortemRepository::actions(qint64 sessionId) const
{
    QList<ActionItem> list;
    QSqlQuery q(m_database.connection());
    Dialect::prepareForReading(q, m_database.connection());
    if (!sql::run(
            q,
            QStringLiteral("SELECT %1 FROM action_item a WHERE a.postmortem_id = ? ORDER BY a.id").arg(actionColumns),
            {sessionId}, nullptr))
        return list;
    while (q.next())
        list.append(actionFrom(q));
    return list;
}

Result<ActionItem> PostmortemRepository::action(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("SELECT %1 FROM action_item a WHERE a.id = ?").arg(actionColumns), {id}, &error))
        return Result<ActionItem>::failure(error);
    if (!q.next())
        return Result<ActionItem>::missing(Text::tr("That action item no longer exists."));
    return actionFrom(q);
}

namespace {

QString checkAction(const ActionItem &a)
{
    if (a.ownerTeamId <= 0)
        return Text::tr("The action item has no owning team. Choose the team that will do it.");
    if (a.ownerPerson.size() > Limits::NameLength)
        return Text::tr("The owner's name is too long. Shorten it.");
    return {};
}

} // namespace

Result<qint64> PostmortemRepository::insertAction(const ActionItem &action)
{
    if (const Status s = checkText(action.text); !s)
        return Result<qint64>::failure(s.error());
    if (const QString problem = checkAction(action); !problem.isEmpty())
        return Result<qint64>::failure(problem);
    const QSqlDatabase db = m_database.connection();
    const QDateTime created = action.created.isValid() ? action.created : QDateTime::currentDateTimeUtc();
    qint64 id = 0;
    const Status status = inTransaction(db, [&]() {
        return insertRow(db, QStringLiteral("action_item"),
                         {QStringLiteral("id"), QStringLiteral("postmortem_id"), QStringLiteral("kind"),
                          QStringLiteral("text"), QStringLiteral("owner_team_id"), QStringLiteral("owner_person"),
                          QStringLiteral("due_date"), QStringLiteral("status"), QStringLiteral("factor_id"),
                          QStringLiteral("created_at"), QStringLiteral("done_at")},
                         {sql::fromId(action.id), action.sessionId, static_cast<int>(action.kind),
                          action.text.trimmed(), action.ownerTeamId, action.ownerPerson.trimmed(), fromDate(action.due),
                          static_cast<int>(action.status), sql::fromId(action.factorId), sql::fromTime(created),
                          sql::fromTime(action.done)},
                         &id);
    });
    if (!status)
        return Result<qint64>::failure(status.error());
    emit actionsChanged(action.sessionId);
    return id;
}

Status PostmortemRepository::updateAction(const ActionItem &action, qint64 *written)
{
    if (const Status s = checkText(action.text); !s)
        return s;
    if (const QString problem = checkAction(action); !problem.isEmpty())
        return Status::failure(problem);
    // The row's own session names the change; an edit of a row that is gone is refused, not ignored.
    const std::optional<qint64> sessionId = sessionOf(QStringLiteral("action_item"), action.id);
    if (!sessionId)
        return rowGone(action.rowVersion, Text::tr("That action item no longer exists."));
    const QSqlDatabase db = m_database.connection();
    const Status status = inTransaction(db, [&]() {
        return updateVersioned(db, QStringLiteral("action_item"),
                               QStringLiteral("kind = ?, text = ?, owner_team_id = ?, owner_person = ?, due_date = ?,"
                                              " status = ?, factor_id = ?, done_at = ?"),
                               {static_cast<int>(action.kind), action.text.trimmed(), action.ownerTeamId,
                                action.ownerPerson.trimmed(), fromDate(action.due), static_cast<int>(action.status),
                                sql::fromId(action.factorId), sql::fromTime(action.done)},
                               action.id, action.rowVersion, QStringLiteral("text"), action.text, written);
    });
    if (status || status.isConflict())
        emit actionsChanged(*sessionId);
    return status;
}

Status PostmortemRepository::removeAction(qint64 id, qint64 version)
{
    const std::optional<qint64> sessionId = sessionOf(QStringLiteral("action_item"), id);
    if (!sessionId)
        return Status::failure(Text::tr("That action item no longer exists."));
    const QSqlDatabase db = m_database.connection();
    const Status status = inTransaction(db, [&]() {
        return deleteVersioned(db, QStringLiteral("action_item"), id, version, QStringLiteral("text"), {});
    });
    if (status || status.isConflict())
        emit actionsChanged(*sessionId);
    return status;
}

namespace {

// The WHERE clause (empty or starting with " WHERE") of a list of action items across sessions, with its values.
QString actionWhere(const ActionFilter &filter, QVariantList *bound)
{
    QStringList conditions;
    if (filter.sessionId > 0) {
        conditions.append(QStringLiteral("a.postmortem_id = ?"));
        bound->append(filter.sessionId);
    }
    if (filter.teamId > 0) {
        conditions.append(QStringLiteral("a.owner_team_id IN (%1)").arg(sql::teamSubtreeQuery()));
        bound->append(filter.teamId);
    }
    if (filter.status) {
        conditions.append(QStringLiteral("a.status = ?"));
        bound->append(static_cast<int>(*filter.status));
    }
    if (filter.openOnly || filter.overdueOnly)
        conditions.append(QStringLiteral("a.status IN (0, 1)"));
    if (filter.overdueOnly) {
        conditions.append(QStringLiteral("a.due_date < ?"));
        bound->append(fromDate(filter.today.isValid() ? filter.today : QDate::currentDate()));
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// The joins a sort key needs beyond action_item, and its ORDER BY (ties by id in the same direction). Text sorts
// without regard to case on both backends.
std::pair<QString, QString> actionOrderSql(const QSqlDatabase &db, const ActionOrder &order)
{
    const QString dir = order.descending ? QStringLiteral(" DESC") : QString();
    const QString byId = QStringLiteral(", a.id") + dir;
    switch (order.key) {
    case ActionSortKey::Due:
        if (!order.descending)
            return {QString(), actionRowOrder};
        return {QString(), QStringLiteral(" ORDER BY a.due_date IS NULL, a.due_date DESC, a.id DESC")};
    case ActionSortKey::Text:
        return {QString(), QStringLiteral(" ORDER BY ") + Dialect::folded(db, QStringLiteral("a.text")) + dir + byId};
    case ActionSortKey::Kind:
        return {QString(), QStringLiteral(" ORDER BY a.kind") + dir + byId};
    case ActionSortKey::OwnerTeam:
        return {QStringLiteral(" JOIN team t ON t.id = a.owner_team_id"),
                QStringLiteral(" ORDER BY ") + Dialect::folded(db, QStringLiteral("t.name")) + dir + byId};
    case ActionSortKey::Person:
        return {QString(),
                QStringLiteral(" ORDER BY ") + Dialect::folded(db, QStringLiteral("a.owner_person")) + dir + byId};
    case ActionSortKey::Status:
        return {QString(), QStringLiteral(" ORDER BY a.status") + dir + byId};
    case ActionSortKey::Factor:
        return {QStringLiteral(" LEFT JOIN contributing_factor f ON f.id = a.factor_id"),
                QStringLiteral(" ORDER BY ") + Dialect::folded(db, QStringLiteral("COALESCE(f.text, '')")) + dir +
                    byId};
    case ActionSortKey::Source:
        return {QStringLiteral(" JOIN postmortem p ON p.id = a.postmortem_id"
                               " LEFT JOIN incident i ON i.id = p.incident_id"),
                QStringLiteral(" ORDER BY ") + Dialect::folded(db, QStringLiteral("COALESCE(i.title, p.title)")) + dir +
                    byId};
    }
    return {QString(), actionRowOrder};
}

} // namespace

QList<ActionRow> PostmortemRepository::actionRows(const ActionFilter &filter) const
{
    QVariantList bound;
    const QString statement = actionRowSelect + actionWhere(filter, &bound) + actionRowOrder;
    QList<ActionRow> rows;
    QSqlQuery q(m_database.connection());
    Dialect::prepareForReading(q, m_database.connection());
    if (!sql::run(q, statement, bound, nullptr))
        return rows;
    while (q.next())
        rows.append(actionRowFrom(q));
    return rows;
}

QList<qint64> PostmortemRepository::actionIds(const ActionFilter &filter, const ActionOrder &order) const
{
    QVariantList bound;
    const auto [joins, orderBy] = actionOrderSql(m_database.connection(), order);
    const QString statement =
        QStringLiteral("SELECT a.id FROM action_item a") + joins + actionWhere(filter, &bound) + orderBy;
    // Straight from SQLite: 100,000 ids through QVariants took longer than the query.
    QList<qint64> ids;
    SqlRows rows(m_database.connection(), statement, bound);
    while (rows.next())
        ids.append(rows.integer(0));
    return ids;
}

QList<ActionRow> PostmortemRepository::actionRowsById(const QList<qint64> &ids) const
{
    return rowsWithIds<ActionRow>(m_database.connection(), actionRowSelect, QStringLiteral("a.id"), ids,
                                  [](const QSqlQuery &q) { return actionRowFrom(q); });
}

bool PostmortemRepository::holdsMoreActionsThan(int limit) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::run(q, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM action_item LIMIT ?) capped"), {limit + 1},
                  nullptr) ||
        !q.next())
        return false;
    return q.value(0).toInt() > limit;
}

int PostmortemRepository::actionCount(const ActionFilter &filter) const
{
    QVariantList bound;
    QSqlQuery q(m_database.connection());
    if (!sql::run(q, QStringLiteral("SELECT COUNT(*) FROM action_item a") + actionWhere(filter, &bound), bound,
                  nullptr) ||
        !q.next())
        return 0;
    return q.value(0).toInt();
}

int PostmortemRepository::overdueActionCount(const ActionFilter &filter) const
{
    ActionFilter overdue = filter;
    overdue.overdueOnly = true;
    return actionCount(overdue);
}

QList<ActionRow> PostmortemRepository::earlierOpenActions(qint64 sessionId) const
{
    QList<ActionRow> rows;
    const Result<Session> current = session(sessionId);
    if (!current)
        return rows;
    QString service;
    if (current->incidentId > 0) {
        QSqlQuery q(m_database.connection());
        if (sql::run(q, QStringLiteral("SELECT service FROM incident WHERE id = ?"), {current->incidentId}, nullptr) &&
            q.next())
            service = q.value(0).toString().trimmed();
    }
    // Earlier sessions of the same team, or postmortems of incidents on the same service (whatever its letter case).
    const QSqlDatabase db = m_database.connection();
    const QString statement =
        actionRowSelect +
        QStringLiteral(" WHERE a.status IN (0, 1) AND a.postmortem_id <> ? AND p.created_at <= ?"
                       " AND (p.team_id = ? OR a.owner_team_id = ? OR (? <> '' AND %1 = %2))")
            .arg(Dialect::folded(db, QStringLiteral("i.service")), Dialect::folded(db, QStringLiteral("?"))) +
        actionRowOrder;
    QSqlQuery q(m_database.connection());
    Dialect::prepareForReading(q, m_database.connection());
    if (!sql::run(q, statement,
                  {sessionId, sql::fromTime(current->created), current->teamId, current->teamId, service, service},
                  nullptr))
        return rows;
    while (q.next())
        rows.append(actionRowFrom(q));
    return rows;
}

} // namespace candor
