#pragma once

#include "Database.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace candor {

// Keeps a server database's connection alive for a window. Qt signals nothing when a PostgreSQL connection dies (a
// server restart, pg_terminate_backend, a laptop leaving the network), so the watchdog sends a cheap heartbeat
// (SELECT 1) every couple of seconds; the connection's keepalives and tcp_user_timeout (see ConnectionSpec) bound
// how long one can hang. When the heartbeat fails it says so, then reconnects with a growing pause (half a second
// up to ten) until the server answers again, and says that too: whoever shows data reloads it then, and whoever
// listens for notifications subscribes again. Does nothing for a SQLite file.
class ConnectionWatchdog : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionWatchdog(Database &database, QObject *parent = nullptr);

    static constexpr std::chrono::milliseconds defaultHeartbeat{2000};
    static constexpr std::chrono::milliseconds longestPause{10000};

    void setHeartbeat(std::chrono::milliseconds interval);
    // Whether it watches at all (a server database).
    bool isActive() const { return m_timer.isActive(); }
    bool isConnected() const { return m_connected; }

    // A heartbeat now, or a reconnection attempt while the connection is lost (the timer calls this).
    void check();

signals:
    // The connection stopped answering; message says why, in the server's words.
    void connectionLost(const QString &message);
    // The server answers again, on a new connection: everything read before may be out of date.
    void reconnected();

private:
    void tryReconnect();

    Database &m_database;
    QTimer m_timer;
    std::chrono::milliseconds m_heartbeat = defaultHeartbeat;
    bool m_connected = true;
    int m_attempts = 0;
};

} // namespace candor
