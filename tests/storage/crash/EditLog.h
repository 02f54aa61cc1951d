// What candor-crash-writer tells tst_crashsafety, one line per step on stdout:
//   ready <session id> <journal mode> <synchronous>   once the database is open and the session loaded
//   try <what> <id> <fingerprint>                     before an edit (id 0: an item to be added)
//   ok <what> <id> <fingerprint>                      once the edit's transaction has committed: acknowledged
// <what> is event, factor, action, drop-action (fingerprint "-") or notes (id: the session's). A fingerprint is the
// SHA-1 of every stored field of the item that the writer sets, so the test compares what it reads back with what
// was acknowledged without the text travelling through the pipe. Shared by the writer and the test; header-only.
#pragma once

#include "domain/Postmortem.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <algorithm>
#include <optional>

namespace candor::crashlog {

inline const QString event = QStringLiteral("event");
inline const QString factor = QStringLiteral("factor");
inline const QString action = QStringLiteral("action");
inline const QString dropAction = QStringLiteral("drop-action");
inline const QString notes = QStringLiteral("notes");

namespace detail {

inline QByteArray sha1(const QStringList &fields)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &field : fields) {
        const QByteArray bytes = field.toUtf8();
        // Length-prefixed, so no choice of texts makes two different items hash alike.
        hash.addData(QByteArray::number(bytes.size()) + ':');
        hash.addData(bytes);
    }
    return hash.result().toHex();
}

inline QString ids(QList<qint64> list)
{
    std::sort(list.begin(), list.end());
    QStringList parts;
    for (qint64 id : list)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

} // namespace detail

inline QByteArray fingerprint(const TimelineEvent &e)
{
    return detail::sha1({QString::number(e.time.toSecsSinceEpoch()), QString::number(int(e.kind)), e.text});
}

// The linked events in any order (the repository gives them in time order).
inline QByteArray fingerprint(const ContributingFactor &f)
{
    return detail::sha1({QString::number(int(f.category)), f.text, detail::ids(f.eventIds)});
}

// Everything an edit sets; not the creation and done times, which come from the clock.
inline QByteArray fingerprint(const ActionItem &a)
{
    return detail::sha1({QString::number(int(a.kind)), a.text, QString::number(a.ownerTeamId), a.ownerPerson,
                         a.due.toString(Qt::ISODate), QString::number(int(a.status)), QString::number(a.factorId)});
}

inline QByteArray notesFingerprint(const QString &text)
{
    return detail::sha1({text});
}

// A generator seeded with all 64 bits of a seed (QRandomGenerator(quint32) would drop half).
inline QRandomGenerator generator(quint64 seed)
{
    const quint32 words[2] = {quint32(seed), quint32(seed >> 32)};
    return QRandomGenerator(words, 2);
}

// One line of the writer's output.
struct Line
{
    QString verb; // ready, try, ok
    QString what;
    qint64 id = 0;
    QByteArray fingerprint;
    QStringList fields; // every field after the verb, as written

    QString key() const { return what + QLatin1Char(':') + QString::number(id); }
};

inline QByteArray format(const QString &verb, const QString &what, qint64 id, const QByteArray &fingerprint)
{
    return verb.toUtf8() + ' ' + what.toUtf8() + ' ' + QByteArray::number(id) + ' ' + fingerprint + '\n';
}

// A complete line (without its line break); nothing for a line the test does not understand.
inline std::optional<Line> parse(const QByteArray &text)
{
    const QStringList fields = QString::fromUtf8(text).split(QLatin1Char(' '));
    Line line;
    line.verb = fields.value(0);
    line.fields = fields.mid(1);
    if (line.verb == QLatin1String("ready"))
        return fields.size() == 4 ? std::optional<Line>(line) : std::nullopt;
    if ((line.verb != QLatin1String("try") && line.verb != QLatin1String("ok")) || fields.size() != 4)
        return std::nullopt;
    bool ok = false;
    line.what = fields.at(1);
    line.id = fields.at(2).toLongLong(&ok);
    line.fingerprint = fields.at(3).toLatin1();
    if (!ok)
        return std::nullopt;
    return line;
}

} // namespace candor::crashlog
