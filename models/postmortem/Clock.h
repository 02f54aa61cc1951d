#pragma once

#include <QDateTime>

namespace candor {

// Where session timers read the time. The application uses the system clock; tests and the demo inject their own.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that moves only when told to.
class ManualClock : public Clock
{
public:
    explicit ManualClock(const QDateTime &start = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC))
        : m_now(start)
    {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &time) { m_now = time; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

// A timebox that started at some moment: how long it has run, what is left, and whether it ran over.
struct Timebox
{
    QDateTime started; // invalid: not running
    qint64 seconds = 0;

    bool isRunning() const { return started.isValid(); }
    qint64 elapsed(const QDateTime &now) const { return isRunning() ? qMax<qint64>(0, started.secsTo(now)) : 0; }
    qint64 remaining(const QDateTime &now) const { return seconds - elapsed(now); } // negative when over
    bool isOverrun(const QDateTime &now) const { return isRunning() && remaining(now) < 0; }
    // "4:05" left, or "+0:12" over; hours appear when needed ("1:02:03"), days from a day on ("+28 d 3 h").
    QString text(const QDateTime &now) const;
};

} // namespace candor
