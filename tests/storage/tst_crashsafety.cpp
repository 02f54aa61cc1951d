// Crash safety: candor-crash-writer edits a postmortem the way the facilitator console does and reports every
// commit; this test kills it with SIGKILL at random moments, reopens the file with Candor's Database (quick_check
// on) and checks that the file is whole, that every acknowledged edit is there with its last acknowledged value and
// that nothing else changed but, at most, the one edit in flight at the kill. Then it starts the writer again on the
// same file, and again. The kill lands a few milliseconds after the first commit, later once the WAL has grown past
// its checkpoint size, or the moment a checkpoint starts writing the database file; the writer alternates typing,
// pasting long notes and multi-statement edits, so kills land inside transactions of every size.
//
// CANDOR_CRASH_KILLS sets the number of kills (default 20; the crash-stress target runs hundreds), CANDOR_CRASH_SEED
// replays the choices of a run (the seed is printed first; the exact kill moments still depend on timing). Linux
// only (SIGKILL and stat()).
#include "crash/EditLog.h"
#include "storage/Database.h"
#include "storage/PostmortemRepository.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <sys/stat.h>

using namespace candor;

namespace {

// When the writer is killed, counted from its first acknowledged edit.
enum class KillAt {
    Soon,       // 5 to 200 ms: most kills
    Later,      // 0.2 to 1.5 s: the WAL has grown past its checkpoint size (1000 pages)
    Checkpoint, // as soon as the database file changes: only a checkpoint writes it in WAL mode
    Announced,  // 5 to 200 ms, then as soon as the next edit is announced: before or while it runs its statements
};

const char *name(KillAt at)
{
    switch (at) {
    case KillAt::Soon:
        return "soon";
    case KillAt::Later:
        return "later";
    case KillAt::Checkpoint:
        return "checkpoint";
    case KillAt::Announced:
        return "announced";
    }
    return "?";
}

// The database file's size and modification time: a checkpoint changes them.
struct FileStamp
{
    qint64 size = -1;
    qint64 seconds = 0;
    qint64 nanoseconds = 0;
    bool operator==(const FileStamp &o) const
    {
        return size == o.size && seconds == o.seconds && nanoseconds == o.nanoseconds;
    }
};

FileStamp stampOf(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return {qint64(info.st_size), qint64(info.st_mtim.tv_sec), qint64(info.st_mtim.tv_nsec)};
}

// Item key ("event:12", "notes:1") to fingerprint.
using State = QHash<QString, QByteArray>;

QString describe(const QString &key, const State &expected, const State &actual)
{
    const QString was = QString::fromLatin1(expected.value(key, QByteArrayLiteral("absent")).left(12));
    const QString is = QString::fromLatin1(actual.value(key, QByteArrayLiteral("absent")).left(12));
    return QStringLiteral("%1 acknowledged %2, found %3").arg(key, was, is);
}

// What the kills did, for the summary and the checks over the whole run.
struct Figures
{
    int kills = 0;
    // A "try" without its "ok": the kill came during an edit. Its transaction had either reached the WAL whole
    // (committed: a kill during the fsync of a commit keeps it, the kernel has the written pages) or not at all.
    int midEdit = 0;
    int committedInFlight = 0;
    QMap<QString, int> midEditByWhat;
    QMap<QString, int> byMode;
    int checkpointKills = 0; // killed right after the database file changed
    int checkpointMissed = 0;
    qint64 largestWal = 0;
    qint64 acknowledged = 0;
};

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedWriterLosesNoAcknowledgedEdit();

private:
    void runAndKill(int round, quint64 writerSeed, KillAt at, int delayMs, QByteArray *output, qint64 *walBytes,
                    bool *checkpointSeen, QString *context);
    void checkFile(Database &database, const QString &context);
    void checkAcknowledged(Database &database, const QByteArray &output, const QString &context);

    QString m_path;
    quint64 m_seed = 0;
    int m_kills = 20;
    qint64 m_sessionId = 0;
    State m_acknowledged; // every item as last acknowledged (or as found, for an edit committed just before a kill)
    Figures m_figures;
};

void TestCrashSafety::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(CANDOR_CRASH_WRITER_PATH)), CANDOR_CRASH_WRITER_PATH);
    bool ok = false;
    m_seed = qEnvironmentVariable("CANDOR_CRASH_SEED").toULongLong(&ok);
    if (!ok)
        m_seed = QRandomGenerator::system()->generate64();
    const int kills = qEnvironmentVariableIntValue("CANDOR_CRASH_KILLS", &ok);
    if (ok && kills > 0)
        m_kills = kills;
    qInfo("seed %llu, %d kills (replay the choices with CANDOR_CRASH_SEED=%llu)", m_seed, m_kills, m_seed);
}

// Starts the writer on the file, waits for its first acknowledged edit, then as long as `at` says, and kills it.
void TestCrashSafety::runAndKill(int round, quint64 writerSeed, KillAt at, int delayMs, QByteArray *output,
                                 qint64 *walBytes, bool *checkpointSeen, QString *context)
{
    const FileStamp before = stampOf(m_path);
    QProcess writer;
    writer.setProcessChannelMode(QProcess::SeparateChannels);
    writer.start(QStringLiteral(CANDOR_CRASH_WRITER_PATH),
                 {QStringLiteral("--db"), m_path, QStringLiteral("--seed"), QString::number(writerSeed)});
    *context = QStringLiteral("kill %1 (%2, %3 ms), writer --seed %4, test seed %5")
                   .arg(round)
                   .arg(QLatin1String(name(at)))
                   .arg(delayMs)
                   .arg(writerSeed)
                   .arg(m_seed);
    QVERIFY2(writer.waitForStarted(10000), qPrintable(*context + QLatin1String(": ") + writer.errorString()));

    const auto collect = [&](int ms) {
        writer.waitForReadyRead(ms);
        output->append(writer.readAllStandardOutput());
    };
    const auto stopped = [&]() {
        return QStringLiteral("%1: the writer stopped by itself (exit code %2): %3")
            .arg(*context)
            .arg(writer.exitCode())
            .arg(QString::fromUtf8(writer.readAllStandardError()));
    };

    QElapsedTimer clock;
    clock.start();
    while (!output->contains("\nok ")) {
        QVERIFY2(writer.state() == QProcess::Running, qPrintable(stopped()));
        QVERIFY2(clock.elapsed() < 20000, qPrintable(*context + QLatin1String(": no edit acknowledged in 20 s")));
        collect(50);
    }

    clock.restart();
    if (at == KillAt::Checkpoint) {
        while (stampOf(m_path) == before && clock.elapsed() < 5000 && writer.state() == QProcess::Running)
            collect(1);
        *checkpointSeen = !(stampOf(m_path) == before);
    } else {
        while (clock.elapsed() < delayMs && writer.state() == QProcess::Running)
            collect(int(qMax<qint64>(1, delayMs - clock.elapsed())));
        if (at == KillAt::Announced) {
            const qsizetype from = output->size();
            while (output->indexOf("\ntry ", qMax<qsizetype>(0, from - 1)) < 0 && clock.elapsed() < 10000 &&
                   writer.state() == QProcess::Running)
                collect(5);
        }
    }
    QVERIFY2(writer.state() == QProcess::Running, qPrintable(stopped()));
    *walBytes = QFileInfo(m_path + QLatin1String("-wal")).size();

    writer.kill(); // SIGKILL
    QVERIFY2(writer.waitForFinished(10000), qPrintable(*context + QLatin1String(": the writer did not die")));
    output->append(writer.readAllStandardOutput());
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
}

// Every acknowledged edit is in the file with its value; anything else that differs is the one edit in flight.
void TestCrashSafety::checkAcknowledged(Database &database, const QByteArray &output, const QString &context)
{
    // The writer writes each line in one write(), so a kill never leaves half of one.
    QVERIFY2(output.endsWith('\n'), qPrintable(context + QLatin1String(": the output ends in half a line")));
    QList<QByteArray> texts = output.split('\n');
    texts.removeLast();

    std::optional<crashlog::Line> pending; // the edit announced and not yet acknowledged
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const std::optional<crashlog::Line> line = crashlog::parse(texts.at(i));
        const QString where =
            QStringLiteral("%1, line %2 “%3”").arg(context).arg(i + 1).arg(QString::fromUtf8(texts.at(i)));
        QVERIFY2(line, qPrintable(where + QLatin1String(": not understood")));
        if (i == 0) {
            // The writer's connection is Candor's own: WAL and synchronous=FULL (2).
            QVERIFY2(line->verb == QLatin1String("ready"), qPrintable(where + QLatin1String(": no ready line")));
            QCOMPARE(line->fields.value(1), QStringLiteral("wal"));
            QCOMPARE(line->fields.value(2), QStringLiteral("2"));
            const qint64 sessionId = line->fields.value(0).toLongLong();
            if (m_sessionId == 0) { // the writer has added the postmortem: its notes are empty
                m_sessionId = sessionId;
                m_acknowledged.insert(crashlog::notes + QLatin1Char(':') + QString::number(sessionId),
                                      crashlog::notesFingerprint(QString()));
            }
            QCOMPARE(sessionId, m_sessionId); // the writer continues on the same postmortem
            continue;
        }
        if (line->verb == QLatin1String("try")) {
            QVERIFY2(!pending,
                     qPrintable(where + QLatin1String(": an edit began before the last one was acknowledged")));
            pending = line;
            continue;
        }
        QVERIFY2(line->verb == QLatin1String("ok"), qPrintable(where));
        QVERIFY2(pending && pending->what == line->what && pending->fingerprint == line->fingerprint &&
                     (pending->id == 0 || pending->id == line->id),
                 qPrintable(where + QLatin1String(": acknowledges an edit that was not announced")));
        pending.reset();
        ++m_figures.acknowledged;
        if (line->what == crashlog::dropAction)
            m_acknowledged.remove(crashlog::action + QLatin1Char(':') + QString::number(line->id));
        else
            m_acknowledged.insert(line->key(), line->fingerprint);
    }

    PostmortemRepository repository(database);
    State found;
    const auto key = [](const QString &what, qint64 id) {
        return what + QLatin1Char(':') + QString::number(id);
    };
    for (const TimelineEvent &e : repository.events(m_sessionId))
        found.insert(key(crashlog::event, e.id), crashlog::fingerprint(e));
    for (const ContributingFactor &f : repository.factors(m_sessionId))
        found.insert(key(crashlog::factor, f.id), crashlog::fingerprint(f));
    for (const ActionItem &a : repository.actions(m_sessionId))
        found.insert(key(crashlog::action, a.id), crashlog::fingerprint(a));
    const Result<Session> session = repository.session(m_sessionId);
    QVERIFY2(session, qPrintable(context + QLatin1String(": ") + session.error()));
    found.insert(key(crashlog::notes, m_sessionId), crashlog::notesFingerprint(session->notes));

    QStringList differences;
    for (auto it = m_acknowledged.cbegin(); it != m_acknowledged.cend(); ++it) {
        if (found.value(it.key()) != it.value())
            differences.append(it.key());
    }
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        if (!m_acknowledged.contains(it.key()))
            differences.append(it.key());
    }

    ++m_figures.kills;
    if (pending) {
        ++m_figures.midEdit;
        ++m_figures.midEditByWhat[pending->what];
    }
    if (differences.isEmpty())
        return;

    // Only the edit in flight may differ, and only by having committed whole: its new value, a new item with the
    // announced value, or the dropped item gone.
    bool inFlight = false;
    if (pending && differences.size() == 1) {
        const QString &k = differences.first();
        if (pending->what == crashlog::dropAction)
            inFlight = k == key(crashlog::action, pending->id) && !found.contains(k);
        else if (pending->id == 0)
            inFlight = k.startsWith(pending->what + QLatin1Char(':')) && !m_acknowledged.contains(k) &&
                       found.value(k) == pending->fingerprint;
        else
            inFlight = k == pending->key() && found.value(k) == pending->fingerprint;
    }
    QStringList details;
    for (const QString &k : std::as_const(differences).mid(0, 10))
        details.append(describe(k, m_acknowledged, found));
    QVERIFY2(inFlight, qPrintable(QStringLiteral("%1: %2 item(s) differ from what was acknowledged (in flight: %3): %4")
                                      .arg(context)
                                      .arg(differences.size())
                                      .arg(pending ? QString::fromUtf8(texts.constLast()) : QStringLiteral("nothing"))
                                      .arg(details.join(QLatin1String("; ")))));
    ++m_figures.committedInFlight;
    m_acknowledged = found; // the writer continues from what the file holds
}

// The file after the kill: both SQLite checks, still in WAL mode, and the search index agrees with the timeline
// and the factors (its rows are written by triggers in the same transactions).
void TestCrashSafety::checkFile(Database &database, const QString &context)
{
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA quick_check")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
    query.finish();
    const QStringList problems = database.integrityProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(context + QLatin1String(": ") + problems.join(QLatin1String("; "))));
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    query.finish();
    QVERIFY2(query.exec(QStringLiteral("INSERT INTO search_text(search_text) VALUES ('integrity-check')")),
             qPrintable(context + QLatin1String(": search index: ") + query.lastError().text()));
    query.finish();

    PostmortemRepository repository(database);
    const Result<Session> session = repository.session(m_sessionId);
    QVERIFY(session);
    const qint64 incident = session->incidentId;
    QVERIFY(incident > 0);
    QHash<qint64, QString> indexed; // rowid to text
    QVERIFY(query.prepare(QStringLiteral("SELECT rowid, detail FROM search_text WHERE rowid > ? AND rowid < ?")));
    query.addBindValue(incident << 32);
    query.addBindValue((incident + 1) << 32);
    QVERIFY(query.exec());
    while (query.next())
        indexed.insert(query.value(0).toLongLong(), query.value(1).toString());
    query.finish();
    qsizetype expected = 0;
    for (const TimelineEvent &e : repository.events(m_sessionId)) {
        QCOMPARE(indexed.value((incident << 32) + (e.id << 2) + 1), e.text);
        ++expected;
    }
    for (const ContributingFactor &f : repository.factors(m_sessionId)) {
        QCOMPARE(indexed.value((incident << 32) + (f.id << 2) + 2), f.text);
        ++expected;
    }
    QCOMPARE(indexed.size(), expected);
}

void TestCrashSafety::killedWriterLosesNoAcknowledgedEdit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    m_path = dir.filePath(QStringLiteral("crash.sqlite"));
    // A failure keeps the file for a look with the sqlite3 shell.
    struct KeepOnFailure
    {
        QTemporaryDir &dir;
        ~KeepOnFailure()
        {
            if (QTest::currentTestFailed()) {
                dir.setAutoRemove(false);
                qInfo("the database is kept in %s", qPrintable(dir.path()));
            }
        }
    } keep{dir};

    QRandomGenerator random = crashlog::generator(m_seed);
    QElapsedTimer clock;
    clock.start();
    for (int round = 1; round <= m_kills; ++round) {
        const int roll = int(random.bounded(20));
        const KillAt at = roll < 8    ? KillAt::Soon
                          : roll < 13 ? KillAt::Announced
                          : roll < 16 ? KillAt::Later
                                      : KillAt::Checkpoint;
        const int delayMs = at == KillAt::Later ? 200 + int(random.bounded(1301)) : 5 + int(random.bounded(196));
        const quint64 writerSeed = random.generate64();

        QByteArray output;
        qint64 walBytes = 0;
        bool checkpointSeen = false;
        QString context;
        runAndKill(round, writerSeed, at, delayMs, &output, &walBytes, &checkpointSeen, &context);
        if (QTest::currentTestFailed())
            return;
        ++m_figures.byMode[QLatin1String(name(at))];
        m_figures.largestWal = qMax(m_figures.largestWal, walBytes);
        if (at == KillAt::Checkpoint)
            ++(checkpointSeen ? m_figures.checkpointKills : m_figures.checkpointMissed);

        // Reopened as a command that writes opens it: quick_check first. The first connection recovers the WAL.
        Database database;
        const Status opened = database.open(m_path, Database::Options());
        QVERIFY2(opened, qPrintable(context + QLatin1String(": ") + opened.error()));
        checkAcknowledged(database, output, context);
        if (QTest::currentTestFailed())
            return;
        checkFile(database, context);
        if (QTest::currentTestFailed())
            return;
    }

    QStringList midEdit;
    for (auto it = m_figures.midEditByWhat.cbegin(); it != m_figures.midEditByWhat.cend(); ++it)
        midEdit.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    QStringList modes;
    for (auto it = m_figures.byMode.cbegin(); it != m_figures.byMode.cend(); ++it)
        modes.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    qInfo("%d kills in %.1f s (%s); %lld acknowledged edits checked; %d kills during an edit (%s): %d had "
          "committed, %d had not; %d kills as a checkpoint wrote the database file (%d waits saw none); largest WAL "
          "%.1f MB, database %.1f MB",
          m_figures.kills, clock.elapsed() / 1000.0, qPrintable(modes.join(QLatin1String(", "))),
          m_figures.acknowledged, m_figures.midEdit, qPrintable(midEdit.join(QLatin1String(", "))),
          m_figures.committedInFlight, m_figures.midEdit - m_figures.committedInFlight, m_figures.checkpointKills,
          m_figures.checkpointMissed, m_figures.largestWal / 1e6, QFileInfo(m_path).size() / 1e6);

    QCOMPARE(m_figures.kills, m_kills);
    // The writer spends nearly all its time inside edits: with this many kills, some must have landed in one, or
    // the test is not testing what it says.
    if (m_kills >= 10)
        QVERIFY(m_figures.midEdit > 0);
    if (m_kills >= 100)
        QVERIFY(m_figures.checkpointKills > 0);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
