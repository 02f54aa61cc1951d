#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QTimer>

#include <optional>

namespace candor {

class Database;
class PostmortemRepository;
class SurveyRepository;

// One row changed by another desktop, as the server's candor_notify() trigger announced it (Migrations.cpp,
// version 6): which table, how, the row's id and its parent (the session of a postmortem's items, the team of an
// incident or a member, the instrument of a survey wave). Ids only: what changed is read again from the database.
struct RemoteChange
{
    enum Operation { Insert, Update, Delete };
    QString table;
    Operation operation = Update;
    qint64 id = 0;
    qint64 parent = 0;

    // "table:i|u|d:id:parent"; nothing for anything else (a payload Candor did not send).
    static std::optional<RemoteChange> parse(const QString &payload);
};

// Live updates between desktops sharing a PostgreSQL database. The feed listens on the channel the triggers
// notify, ignores what this connection did itself (the repositories have already said that), gathers what arrives
// within one turn of the event loop, and has the repositories give their usual change signals, so every model,
// session and view follows an edit made on another laptop as if it had been made here. A bulk write elsewhere
// (import, demo) sends one "reload" instead of a notification per row. Does nothing for a SQLite file, which only
// one desktop uses. After the connection is restored (ConnectionWatchdog::reconnected), call subscribe() again:
// the server forgets a listener with its connection, and whatever changed meanwhile must be read again anyway.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    static const QString channel; // "candor"
    static const QString reloadPayload;

    ChangeFeed(Database &database, PostmortemRepository &postmortems, SurveyRepository &surveys,
               QObject *parent = nullptr)
        : ChangeFeed(database, &postmortems, surveys, parent)
    {}
    // Teams, incidents and survey waves only, for a window without postmortems (InsightsWindow): what other
    // desktops do in postmortems is not passed on.
    ChangeFeed(Database &database, SurveyRepository &surveys, QObject *parent = nullptr)
        : ChangeFeed(database, nullptr, surveys, parent)
    {}

    // Starts listening (again). False with the reason in *error when the server refused; always true on a file.
    bool subscribe(QString *error = nullptr);
    bool isListening() const { return m_listening; }

signals:
    // Teams or members changed elsewhere: the trees and names shown must be read again.
    void teamsChanged();
    // Incidents were added, changed or removed elsewhere: lists of incidents must be read again.
    void incidentsChanged(const QSet<qint64> &ids);
    // Someone wrote in bulk, or too much changed at once to say what: read everything again.
    void reloadNeeded();
    // Something arrived from another desktop and was passed on (for the status bar and tests).
    void received(int changes);

private:
    ChangeFeed(Database &database, PostmortemRepository *postmortems, SurveyRepository &surveys, QObject *parent);
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void deliver();

    Database &m_database;
    PostmortemRepository *m_postmortems; // null: postmortems are not followed
    SurveyRepository &m_surveys;
    QTimer m_batch;
    QList<RemoteChange> m_pending;
    bool m_reloadPending = false;
    bool m_listening = false;
};

} // namespace candor
