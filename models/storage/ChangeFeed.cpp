#include "ChangeFeed.h"

#include "Database.h"
#include "PostmortemRepository.h"
#include "SqlSupport.h"
#include "SurveyRepository.h"

#include <QSqlError>

namespace candor {

namespace {

// More rows than this changed within one turn of the event loop: reading everything again is cheaper and surer
// than passing each one on.
constexpr qsizetype batchLimit = 500;

} // namespace

const QString ChangeFeed::channel = QStringLiteral("candor");
const QString ChangeFeed::reloadPayload = QStringLiteral("reload");

std::optional<RemoteChange> RemoteChange::parse(const QString &payload)
{
    const QStringList parts = payload.split(QLatin1Char(':'));
    if (parts.size() != 4 || parts.at(0).isEmpty() || parts.at(1).size() != 1)
        return std::nullopt;
    RemoteChange change;
    change.table = parts.at(0);
    switch (parts.at(1).at(0).toLatin1()) {
    case 'i':
        change.operation = Insert;
        break;
    case 'u':
        change.operation = Update;
        break;
    case 'd':
        change.operation = Delete;
        break;
    default:
        return std::nullopt;
    }
    bool ok = false;
    change.id = parts.at(2).toLongLong(&ok);
    if (!ok && !parts.at(2).isEmpty())
        return std::nullopt;
    if (!parts.at(3).isEmpty()) {
        change.parent = parts.at(3).toLongLong(&ok);
        if (!ok)
            return std::nullopt;
    }
    return change;
}

ChangeFeed::ChangeFeed(Database &database, PostmortemRepository *postmortems, SurveyRepository &surveys,
                       QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_postmortems(postmortems)
    , m_surveys(surveys)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(0);
    connect(&m_batch, &QTimer::timeout, this, &ChangeFeed::deliver);
}

bool ChangeFeed::subscribe(QString *error)
{
    m_listening = false;
    if (!m_database.isServer())
        return true;
    QSqlDriver *driver = m_database.connection().driver();
    if (!driver) {
        if (error)
            *error = sql::Text::tr("The database is not open.");
        return false;
    }
    // The driver object outlives a reconnection on the same connection name; one connection is enough.
    connect(driver, &QSqlDriver::notification, this, &ChangeFeed::onNotification, Qt::UniqueConnection);
    if (!driver->subscribeToNotification(channel)) {
        if (error)
            *error = sql::describe(driver->lastError());
        return false;
    }
    m_listening = true;
    return true;
}

void ChangeFeed::onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    // What this connection wrote, its repositories have announced already.
    if (name != channel || source == QSqlDriver::SelfSource)
        return;
    const QString text = payload.toString();
    if (text == reloadPayload) {
        m_reloadPending = true;
    } else if (const std::optional<RemoteChange> change = RemoteChange::parse(text)) {
        if (m_pending.size() < batchLimit)
            m_pending.append(*change);
        else
            m_reloadPending = true;
    } else {
        return;
    }
    m_batch.start();
}

void ChangeFeed::deliver()
{
    const QList<RemoteChange> changes = std::exchange(m_pending, {});
    const int count = int(changes.size());
    if (std::exchange(m_reloadPending, false)) {
        emit reloadNeeded();
        emit received(count);
        return;
    }

    // Each signal once per batch and subject, however many rows of it changed.
    bool teams = false;
    bool sessions = false;
    bool instruments = false;
    bool waves = false;
    QSet<qint64> incidents;
    QSet<qint64> changedSessions;
    using SessionSignal = void (PostmortemRepository::*)(qint64);
    QList<std::pair<SessionSignal, qint64>> sessionSignals;
    const auto addSessionSignal = [&sessionSignals](SessionSignal signal, qint64 sessionId) {
        const std::pair<SessionSignal, qint64> entry{signal, sessionId};
        if (sessionId > 0 && !sessionSignals.contains(entry))
            sessionSignals.append(entry);
    };

    for (const RemoteChange &change : changes) {
        const QString &table = change.table;
        if (table == QLatin1String("team") || table == QLatin1String("member")) {
            teams = true;
        } else if (table == QLatin1String("incident")) {
            incidents.insert(change.id);
        } else if (table == QLatin1String("postmortem")) {
            sessions = true;
            if (change.operation == RemoteChange::Update)
                changedSessions.insert(change.id);
        } else if (table == QLatin1String("phase_record") || table == QLatin1String("phase_log")) {
            changedSessions.insert(change.parent);
        } else if (table == QLatin1String("participant")) {
            addSessionSignal(&PostmortemRepository::participantsChanged, change.parent);
        } else if (table == QLatin1String("speaking_turn")) {
            addSessionSignal(&PostmortemRepository::turnsChanged, change.parent);
        } else if (table == QLatin1String("timeline_event")) {
            addSessionSignal(&PostmortemRepository::eventsChanged, change.parent);
        } else if (table == QLatin1String("contributing_factor")) {
            addSessionSignal(&PostmortemRepository::factorsChanged, change.parent);
        } else if (table == QLatin1String("learning")) {
            addSessionSignal(&PostmortemRepository::learningsChanged, change.parent);
        } else if (table == QLatin1String("action_item")) {
            addSessionSignal(&PostmortemRepository::actionsChanged, change.parent);
        } else if (table == QLatin1String("survey_instrument")) {
            instruments = true;
        } else if (table == QLatin1String("survey_wave")) {
            waves = true;
        }
    }

    // Teams first: the names they give are shown by everything below.
    if (teams)
        emit teamsChanged();
    if (!incidents.isEmpty())
        emit incidentsChanged(incidents);
    if (m_postmortems) {
        if (sessions)
            emit m_postmortems->sessionsChanged();
        for (const qint64 sessionId : std::as_const(changedSessions)) {
            if (sessionId > 0)
                emit m_postmortems->sessionChanged(sessionId);
        }
        for (const auto &[signal, sessionId] : std::as_const(sessionSignals))
            emit(m_postmortems->*signal)(sessionId);
    }
    if (instruments)
        emit m_surveys.instrumentsChanged();
    if (waves)
        emit m_surveys.wavesChanged();
    emit received(count);
}

} // namespace candor
