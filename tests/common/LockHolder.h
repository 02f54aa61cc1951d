// A lock on a database held by another process, as SQLite's locks must come from another process to be felt: the
// test executable starts itself again with `--hold-lock MODE PATH`, and the child holds the lock until its
// standard input closes. Header-only; include as "common/LockHolder.h" and call LockHolder::runIfAsked() first in
// main(). hold() and release() check with QTest macros: call them inside STEP() or check QTest::currentTestFailed().
#pragma once

#include <QCoreApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <iostream>
#include <memory>
#include <optional>
#include <string>

namespace candor::testdata {

class LockHolder
{
public:
    // Modes: "exclusive" (locking_mode EXCLUSIVE and BEGIN EXCLUSIVE: every other connection is kept out);
    // "writer" (BEGIN IMMEDIATE: the write lock, which in WAL mode still lets others read); "reader" (a read with the
    // connection kept open, as a Candor window keeps it: its -wal and -shm stay).
    //
    // In main(), before anything else: when this process was started as a holder, holds the lock and returns the
    // exit code to return.
    static std::optional<int> runIfAsked(int argc, char *argv[])
    {
        if (argc != 4 || QLatin1String(argv[1]) != QLatin1String(argument))
            return std::nullopt;
        return holdUntilReleased(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }

    ~LockHolder() { stop(); }

    // Starts the holder and waits until it holds the lock.
    void hold(const char *mode, const QString &path)
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process->start(QCoreApplication::applicationFilePath(),
                         {QLatin1String(argument), QString::fromLatin1(mode), path});
        QVERIFY2(m_process->waitForStarted(30000), qPrintable(m_process->errorString()));
        QVERIFY2(m_process->waitForReadyRead(30000), "the lock holder said nothing");
        QCOMPARE(m_process->readLine().trimmed(), QByteArray("held"));
    }

    // Lets the holder go and checks it ended well. Nothing happens when no lock is held.
    void release()
    {
        if (!m_process)
            return;
        const int code = stop();
        QCOMPARE(code, 0);
    }

private:
    static constexpr const char *argument = "--hold-lock";

    // Closes the holder's input, waits for it (kills it when it hangs) and returns its exit code (-1: it crashed).
    int stop()
    {
        if (!m_process)
            return 0;
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(30000))
            m_process->kill();
        const int code = m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
        m_process.reset();
        return code;
    }

    static int holdUntilReleased(const QString &mode, const QString &path)
    {
        QCoreApplication::setApplicationName(QStringLiteral("lock-holder"));
        bool held = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery query(db);
                if (mode == QLatin1String("exclusive")) {
                    held = query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"));
                    query.finish();
                    held = held && query.exec(QStringLiteral("BEGIN EXCLUSIVE"));
                } else if (mode == QLatin1String("writer")) {
                    held = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
                } else {
                    held = query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next();
                    query.finish();
                }
                std::cout << (held ? "held" : qPrintable(query.lastError().text())) << std::endl;
                std::string line;
                while (held && std::getline(std::cin, line)) {
                }
                query.exec(QStringLiteral("ROLLBACK"));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        return held ? 0 : 1;
    }

    std::unique_ptr<QProcess> m_process;
};

} // namespace candor::testdata
