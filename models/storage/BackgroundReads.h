#pragma once

#include "Database.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace candor {

// Reads that would make a screen wait run here instead: on a thread of a small pool of its own, each job with its
// own connection to the database file (Qt connections belong to the thread that made them), opened without
// migration, quick_check or PRAGMA optimize. The job's Result comes back as a QFuture, or to a handler run in the
// context object's thread (see run(work, context, done)). WAL lets these readers run beside the GUI thread's
// writes; a job sees the database as of its first read.
class BackgroundReads : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundReads(const QString &path, QObject *parent = nullptr);
    // Waits for the jobs still running; their results go nowhere.
    ~BackgroundReads() override;

    const QString &path() const { return m_path; }

    template <typename T>
    QFuture<Result<T>> run(std::function<Result<T>(Database &)> work)
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        QFuture<Result<T>> future = promise->future();
        promise->start();
        const QString path = m_path;
        m_pool.start([promise, work = std::move(work), path]() {
            Database database;
            const Status opened = database.open(path, connectionOptions());
            promise->addResult(
                opened ? work(database)
                       : Result<T>::failure(tr("Could not read “%1” in the background: %2").arg(path, opened.error())));
            promise->finish();
        });
        return future;
    }

    // Runs work on the pool and then done(result) from the event loop of context's thread, never inside this call:
    // QFuture::then(context, ...) calls its continuation at once when the job has already finished, so a caller
    // that shows "loading" after starting a read could otherwise see the answer arrive before it. Nothing is
    // called once context is gone.
    template <typename T, typename Done>
    void run(std::function<Result<T>(Database &)> work, QObject *context, Done done)
    {
        run<T>(std::move(work)).then(context, [context, done = std::move(done)](const Result<T> &result) mutable {
            QMetaObject::invokeMethod(
                context, [done = std::move(done), result]() mutable { done(result); }, Qt::QueuedConnection);
        });
    }

    // For tests and teardown.
    bool waitForDone(int msecs = -1) { return m_pool.waitForDone(msecs); }

private:
    static Database::Options connectionOptions();

    QString m_path;
    QThreadPool m_pool;
};

} // namespace candor
