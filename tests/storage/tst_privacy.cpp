// Privacy: what people delete leaves the database file (secure_delete, and the full-text index purged of the
// deleted words), and what they wrote or answered never reaches the log.
#include "common/PostmortemData.h"
#include "common/SurveyData.h"
#include "domain/Validation.h"
#include "storage/SurveyRepository.h"
#include "survey/SurveyCsv.h"
#include "undo/SessionEdits.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace candor;
using namespace candor::testdata;

namespace {

// Made-up words that appear nowhere else, one per place people write. The full-text index stores its words
// lower-cased and each after the letters it shares with the word before it, so the file is searched for the lower-
// cased tail (all but the first three letters), which is in the file whenever the word is.
const QString commentMarker = QStringLiteral("Quibblefrogmire");
const QString waveMarker = QStringLiteral("Snorklewhistle");
const QString titleMarker = QStringLiteral("Zanzibarquokka");
const QString summaryMarker = QStringLiteral("Vortexplumage");
const QString serviceMarker = QStringLiteral("wobblecachette");
const QString eventMarker = QStringLiteral("Krakenbloomery");
const QString factorMarker = QStringLiteral("Obsidianmuffin");
const QString memberMarker = QStringLiteral("Fizzlewickham");
const QString participantMarker = QStringLiteral("Glimmerstonely");

const QStringList &allMarkers()
{
    static const QStringList markers = {commentMarker, waveMarker,   titleMarker,  summaryMarker,    serviceMarker,
                                        eventMarker,   factorMarker, memberMarker, participantMarker};
    return markers;
}

QByteArray tailOf(const QString &marker)
{
    return marker.mid(3).toLower().toUtf8();
}

// The markers whose tail occurs in the bytes (compared without case).
QStringList markersIn(const QByteArray &bytes)
{
    const QByteArray lower = bytes.toLower();
    QStringList found;
    for (const QString &marker : allMarkers()) {
        if (lower.contains(tailOf(marker)))
            found.append(marker);
    }
    return found;
}

// The markers found in any file of the folder (the database, its -wal and -shm), each with the file's name.
QStringList markersInFolder(const QString &folder)
{
    QStringList found;
    const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files);
    for (const QFileInfo &info : files) {
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly)) {
            found.append(QStringLiteral("(cannot read %1)").arg(info.fileName()));
            continue;
        }
        const QStringList markers = markersIn(file.readAll());
        for (const QString &marker : markers)
            found.append(QStringLiteral("%1 in %2").arg(marker, info.fileName()));
    }
    return found;
}

// Every repository the GUI and the CLI write through; the repositories go first, the database last.
struct FullStore : PostmortemStore
{
    explicit FullStore(const QString &path)
        : PostmortemStore(path)
    {}
    SurveyRepository surveys{database};
};

Status checkpoint(const Database &database)
{
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !q.next())
        return Status::failure(QStringLiteral("The checkpoint failed."));
    // Columns: busy, frames in the log, frames checkpointed. Busy means a reader held it back.
    if (q.value(0).toInt() != 0)
        return Status::failure(QStringLiteral("The checkpoint was held back by a reader."));
    return {};
}

// What reached the log through Qt's message handler while a LogCapture lived.
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog.append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

struct LogCapture
{
    LogCapture()
    {
        capturedLog.clear();
        previousHandler = qInstallMessageHandler(captureMessage);
        // Every category's debug output too: Qt's own as well as Candor's.
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    }
    ~LogCapture()
    {
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(previousHandler);
        previousHandler = nullptr;
    }
};

QStringList markersInLog()
{
    QStringList found;
    for (const QString &line : std::as_const(capturedLog)) {
        for (const QString &marker : allMarkers()) {
            if (line.contains(marker.mid(3), Qt::CaseInsensitive))
                found.append(QStringLiteral("%1 in “%2”").arg(marker, line));
        }
    }
    return found;
}

} // namespace

class Privacy : public QObject
{
    Q_OBJECT
private slots:
    void everyConnectionDeletesSecurely();
    void deletedRecordsLeaveTheFile();
    void logsCarryNoContent();

private:
    // Writes every marker where people would write it; returns the ids through the arguments.
    void writeMarkers(FullStore &store, qint64 *teamId, qint64 *memberId, qint64 *incidentId, qint64 *sessionId,
                      qint64 *waveId);
};

void Privacy::everyConnectionDeletesSecurely()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("candor.sqlite"));
    for (const bool quickCheck : {true, false}) {
        Database database;
        Database::Options options;
        options.quickCheck = quickCheck;
        const Status opened = database.open(path, options);
        QVERIFY2(opened, qPrintable(opened.error()));
        QSqlQuery q(database.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA secure_delete")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
}

void Privacy::writeMarkers(FullStore &store, qint64 *teamId, qint64 *memberId, qint64 *incidentId, qint64 *sessionId,
                           qint64 *waveId)
{
    *teamId = addTeam(store.teams, QStringLiteral("Payments"));
    QVERIFY(*teamId > 0);
    *memberId = addMember(store.teams, *teamId, QStringLiteral("Yolanda ") + memberMarker);
    QVERIFY(*memberId > 0);

    Incident incident = makeIncident(*teamId, QStringLiteral("Checkout down at ") + titleMarker);
    incident.summary = QStringLiteral("The cache at ") + summaryMarker + QStringLiteral(" expired at once.");
    incident.service = serviceMarker;
    const Result<qint64> inserted = store.incidents.insert(incident);
    QVERIFY2(inserted, qPrintable(inserted.error()));
    *incidentId = *inserted;

    *sessionId = addSession(store.postmortems, makePostmortem(*incidentId, *teamId, at(13)));
    QVERIFY(*sessionId > 0);
    QVERIFY(addParticipant(store.postmortems,
                           makeParticipant(*sessionId, QStringLiteral("Ptolemy ") + participantMarker)) > 0);
    const qint64 eventId =
        addEvent(store.postmortems,
                 makeEvent(*sessionId, at(10, 2), QStringLiteral("Deploy of ") + eventMarker + QLatin1Char('.')));
    QVERIFY(eventId > 0);
    QVERIFY(addFactor(store.postmortems,
                      makeFactor(*sessionId, QStringLiteral("No canary for ") + factorMarker, {eventId})) > 0);

    const Result<Instrument> instrument = store.surveys.latestInstrument(psychSafety);
    QVERIFY2(instrument, qPrintable(instrument.error()));
    SurveyWave wave;
    wave.teamId = *teamId;
    wave.title = QStringLiteral("Pulse ") + waveMarker;
    wave.opens = QDate(2024, 3, 1);
    const Result<qint64> created = store.surveys.createWave(wave, psychSafety);
    QVERIFY2(created, qPrintable(created.error()));
    *waveId = *created;
    std::vector<SurveyAnswers> responses;
    for (int score = 1; score <= 6; ++score)
        responses.push_back(answersScoring(*instrument, score));
    responses.front().comment = QStringLiteral("I do not dare to say that ") + commentMarker;
    const Status imported = store.surveys.importResponses(*waveId, responses);
    QVERIFY2(imported, qPrintable(imported.error()));
}

void Privacy::deletedRecordsLeaveTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("candor.sqlite"));
    {
        FullStore store(path);
        QVERIFY2(store.status, qPrintable(store.status.error()));
        qint64 teamId = 0, memberId = 0, incidentId = 0, sessionId = 0, waveId = 0;
        writeMarkers(store, &teamId, &memberId, &incidentId, &sessionId, &waveId);
        if (QTest::currentTestFailed())
            return;

        // The search finds how the markers are written down: every marker is in the file, and the indexed ones are
        // in the full-text index's own pages too (what must be purged besides the rows).
        const Status firstCheckpoint = checkpoint(store.database);
        QVERIFY2(firstCheckpoint, qPrintable(firstCheckpoint.error()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(markersIn(file.readAll()), allMarkers());
        file.close();
        QByteArray index;
        QSqlQuery q(store.database.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT block FROM search_text_data")));
        while (q.next())
            index += q.value(0).toByteArray();
        q.finish();
        QCOMPARE(markersIn(index), QStringList({titleMarker, summaryMarker, serviceMarker, eventMarker, factorMarker}));

        // Deleted as the person would: the wave with its comments, the postmortem, then the incident, the member.
        const Status waveRemoved = store.surveys.removeWave(waveId);
        QVERIFY2(waveRemoved, qPrintable(waveRemoved.error()));
        const Status sessionRemoved = store.postmortems.removeSession(sessionId);
        QVERIFY2(sessionRemoved, qPrintable(sessionRemoved.error()));
        const Status incidentRemoved = store.incidents.remove(incidentId);
        QVERIFY2(incidentRemoved, qPrintable(incidentRemoved.error()));
        const Status memberRemoved = store.teams.removeMember(memberId);
        QVERIFY2(memberRemoved, qPrintable(memberRemoved.error()));

        // While open, once checkpointed (TRUNCATE empties the -wal): nothing in any file.
        const Status secondCheckpoint = checkpoint(store.database);
        QVERIFY2(secondCheckpoint, qPrintable(secondCheckpoint.error()));
        QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
        QCOMPARE(markersInFolder(dir.path()), QStringList());
        // The file is still sound and the rest is still there.
        QCOMPARE(store.database.integrityProblems(), QStringList());
        QVERIFY(store.teams.team(teamId));
    }
    // Closed as Candor closes it (the last connection checkpoints and removes the -wal): nothing either.
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    QCOMPARE(markersInFolder(dir.path()), QStringList());
}

void Privacy::logsCarryNoContent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("candor.sqlite"));
    LogCapture capture;
    qInfo("privacy: the log is captured");
    QVERIFY(capturedLog.contains(QStringLiteral("privacy: the log is captured")));
    {
        FullStore store(path);
        QVERIFY2(store.status, qPrintable(store.status.error()));
        qint64 teamId = 0, memberId = 0, incidentId = 0, sessionId = 0, waveId = 0;
        writeMarkers(store, &teamId, &memberId, &incidentId, &sessionId, &waveId);
        if (QTest::currentTestFailed())
            return;

        // A survey import from CSV: one file with a problem in a row (naming what it found), then a good one.
        const Result<Instrument> instrument = store.surveys.latestInstrument(psychSafety);
        QVERIFY2(instrument, qPrintable(instrument.error()));
        SurveyCsv::Mapping mapping;
        QByteArray header;
        for (int i = 0; i < instrument->itemCount(); ++i) {
            mapping.itemColumns.push_back(i);
            header += "Q" + QByteArray::number(i + 1) + ',';
        }
        mapping.commentColumn = instrument->itemCount();
        header += "Comment\n";
        QByteArray good = header;
        QByteArray bad = header;
        for (int row = 0; row < 6; ++row) {
            QByteArray answers;
            for (int i = 0; i < instrument->itemCount(); ++i)
                answers += QByteArray::number(1 + (row + i) % instrument->scalePoints) + ',';
            good += answers + "\"" + commentMarker.toUtf8() + " number " + QByteArray::number(row) + "\"\n";
        }
        bad +=
            titleMarker.toUtf8() + QByteArray(instrument->itemCount() - 1, ',') + ',' + commentMarker.toUtf8() + '\n';
        const Result<SurveyCsv::Table> badTable = SurveyCsv::parse(bad);
        QVERIFY2(badTable, qPrintable(badTable.error()));
        QVERIFY(!SurveyCsv::read(*badTable, mapping, *instrument).problems.empty());
        const Result<SurveyCsv::Table> goodTable = SurveyCsv::parse(good);
        QVERIFY2(goodTable, qPrintable(goodTable.error()));
        const SurveyCsv::Import import = SurveyCsv::read(*goodTable, mapping, *instrument);
        QVERIFY(import.problems.empty());
        const Status imported = store.surveys.importResponses(waveId, import.responses);
        QVERIFY2(imported, qPrintable(imported.error()));
        QVERIFY(store.surveys.comments(waveId).size() >= 6);

        // A postmortem edited through the undo facade, undone and redone, with a search for what was written.
        QUndoStack stack;
        SessionEdits edits(stack, store.postmortems);
        const Result<qint64> eventId =
            edits.addEvent(makeEvent(sessionId, at(10, 20), eventMarker + QStringLiteral(" paged")));
        QVERIFY2(eventId, qPrintable(eventId.error()));
        TimelineEvent edited = makeEvent(sessionId, at(10, 22), eventMarker + QStringLiteral(" was paged"));
        edited.id = *eventId;
        QVERIFY(edits.editEvent(edited));
        const Result<qint64> factorId =
            edits.addFactor(makeFactor(sessionId, factorMarker + QStringLiteral(" again"), {*eventId}));
        QVERIFY2(factorId, qPrintable(factorId.error()));
        QVERIFY(edits.removeEvent(*eventId));
        stack.undo();
        stack.undo();
        stack.redo();
        QVERIFY(store.incidents.search(eventMarker, 0, 10));

        // Failed writes: a session that does not exist, a text over the limit, a database busy with another writer.
        QVERIFY(!store.postmortems.insertEvent(makeEvent(999999, at(11), eventMarker + QStringLiteral(" lost"))));
        QVERIFY(!edits.addFactor(makeFactor(sessionId, factorMarker + QString(Limits::TextLength, QLatin1Char('x')))));
        QVERIFY(!store.incidents.remove(incidentId)); // it has a postmortem: refused, naming the incident
        {
            Database other;
            const Status opened = other.open(path);
            QVERIFY2(opened, qPrintable(opened.error()));
            QSqlQuery lock(other.connection());
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(!edits.addEvent(makeEvent(sessionId, at(10, 30), eventMarker + QStringLiteral(" while busy"))));
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        }
        QVERIFY(store.surveys.removeWave(waveId));
        QVERIFY(store.postmortems.removeSession(sessionId));
    }
    QCOMPARE(markersInLog(), QStringList());
}

QTEST_GUILESS_MAIN(Privacy)
#include "tst_privacy.moc"
