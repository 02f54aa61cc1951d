// Optimistic concurrency between two desktops on one database (issue 9): each "desktop" is a Database with its own
// connection and repositories, as two Candor processes would have. A change made at a version someone else has
// since moved on from is refused as a conflict and leaves theirs; so is a stale removal, and an undo after their
// later edit. Writing at version 0 ("write mine over theirs") wins. Two desktops agreeing the same phase at once
// record one agreement. Typed-live texts never make a settings change conflict. Runs on SQLite and PostgreSQL.
#include "common/PostmortemData.h"
#include "common/TestDatabase.h"
#include "postmortem/Clock.h"
#include "postmortem/PostmortemSession.h"
#include "storage/IncidentRepository.h"
#include "storage/TeamRepository.h"
#include "undo/Edits.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace candor;
using namespace candor::testdata;

namespace {

// One desktop: its own connection, repositories and undo history.
// One desktop: its own connection, repositories and undo facades.
struct Desktop : testdata::Store
{
    using Store::Store;
    PostmortemRepository postmortems{database};
    QUndoStack stack;
    SessionEdits edits{stack, postmortems};
    Edits entityEdits{stack, teams, incidents};
};

} // namespace

class tst_Concurrency : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void cleanupTestCase() { testdb::dropAll(); }

    void conflictingUpdateKeepsTheFirst_data();
    void conflictingUpdateKeepsTheFirst();
    void ownSuccessiveEditsDoNotConflict();
    void staleRemovalOfAnEditedItemRefused();
    void editOfAnItemDeletedElsewhereRefused();
    void undoAfterOwnEditWorks();
    void undoAfterTheirEditRefused();
    void undoOfAddAfterTheirEditRefused();
    void overwriteWithVersionZeroWins();
    void resolverKeepsTheirs();
    void resolverWritesMineOverTheirs();
    void phaseAgreementRace();
    void settingsConflictButTypedTextsDoNot();
    void participantsConflict();
    void incidentsConflict();
    void teamsAndMembersConflict();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Desktop> m_a;
    std::unique_ptr<Desktop> m_b;
    qint64 m_team = 0;
    qint64 m_session = 0;
    int m_count = 0;
};

void tst_Concurrency::init()
{
    CANDOR_TEST_LOCATION(location, m_dir, QStringLiteral("concurrency%1").arg(++m_count));
    m_a = std::make_unique<Desktop>(location);
    QVERIFY2(m_a->status.ok(), qPrintable(m_a->status.error()));
    m_b = std::make_unique<Desktop>(location);
    QVERIFY2(m_b->status.ok(), qPrintable(m_b->status.error()));
    m_team = m_a->teams.insertTeam(makeTeam(QStringLiteral("Payments"))).value();
    m_session = m_a->postmortems.insertSession(makeRetro(m_team, QStringLiteral("March retro"), at(1))).value();
}

void tst_Concurrency::cleanup()
{
    m_b.reset();
    m_a.reset();
}

void tst_Concurrency::conflictingUpdateKeepsTheFirst_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("timeline event") << QStringLiteral("event");
    QTest::newRow("contributing factor") << QStringLiteral("factor");
    QTest::newRow("learning") << QStringLiteral("learning");
    QTest::newRow("action item") << QStringLiteral("action");
}

void tst_Concurrency::conflictingUpdateKeepsTheFirst()
{
    QFETCH(QString, kind);
    PostmortemRepository &a = m_a->postmortems;
    PostmortemRepository &b = m_b->postmortems;
    const QString original = QStringLiteral("Pager fired");
    const QString first = QStringLiteral("Pager fired twice");
    const QString second = QStringLiteral("Pager never fired");
    Status firstStatus;
    Status secondStatus;
    QString stored;
    QSignalSpy eventsOnB(&b, &PostmortemRepository::eventsChanged);
    if (kind == QLatin1String("event")) {
        const qint64 id = a.insertEvent(makeEvent(m_session, at(2), original)).value();
        TimelineEvent seenByA = a.event(id).value();
        TimelineEvent seenByB = b.event(id).value();
        QVERIFY(seenByA.rowVersion > 0);
        QCOMPARE(seenByB.rowVersion, seenByA.rowVersion);
        seenByA.text = first;
        seenByB.text = second;
        qint64 written = 0;
        firstStatus = a.updateEvent(seenByA, &written);
        QCOMPARE(written, seenByA.rowVersion + 1);
        secondStatus = b.updateEvent(seenByB);
        stored = b.event(id)->text;
        // The desktop that lost is told to show what is stored now.
        QCOMPARE(eventsOnB.count(), 1);
    } else if (kind == QLatin1String("factor")) {
        const qint64 id = a.insertFactor(makeFactor(m_session, original)).value();
        ContributingFactor seenByA = a.factor(id).value();
        ContributingFactor seenByB = b.factor(id).value();
        seenByA.text = first;
        seenByB.text = second;
        firstStatus = a.updateFactor(seenByA);
        secondStatus = b.updateFactor(seenByB);
        stored = b.factor(id)->text;
    } else if (kind == QLatin1String("learning")) {
        const qint64 id = a.insertLearning(makeLearning(m_session, LearningKind::Lucky, original)).value();
        Learning seenByA = a.learning(id).value();
        Learning seenByB = b.learning(id).value();
        seenByA.text = first;
        seenByB.text = second;
        firstStatus = a.updateLearning(seenByA);
        secondStatus = b.updateLearning(seenByB);
        stored = b.learning(id)->text;
    } else {
        const qint64 id = a.insertAction(makeAction(m_session, m_team, original)).value();
        ActionItem seenByA = a.action(id).value();
        ActionItem seenByB = b.action(id).value();
        seenByA.text = first;
        seenByB.text = second;
        seenByB.status = ActionStatus::Done;
        firstStatus = a.updateAction(seenByA);
        secondStatus = b.updateAction(seenByB);
        stored = b.action(id)->text;
        QCOMPARE(b.action(id)->status, ActionStatus::Open);
    }
    QVERIFY2(firstStatus.ok(), qPrintable(firstStatus.error()));
    QVERIFY(!secondStatus.ok());
    QVERIFY(secondStatus.isConflict());
    QCOMPARE(stored, first);
    // Names the item as it is stored now and says what happened.
    QVERIFY2(secondStatus.error().contains(first), qPrintable(secondStatus.error()));
    QVERIFY2(secondStatus.error().contains(QStringLiteral("another desktop")), qPrintable(secondStatus.error()));
}

void tst_Concurrency::ownSuccessiveEditsDoNotConflict()
{
    // Through the facade, each edit made on what the list shows after the previous one.
    SessionEdits &edits = m_a->edits;
    const qint64 id = edits.addEvent(makeEvent(m_session, at(2), QStringLiteral("Disk full"))).value();
    for (const QString &text : {QStringLiteral("Disk nearly full"), QStringLiteral("Disk full on db-3")}) {
        TimelineEvent e = m_a->postmortems.event(id).value();
        e.text = text;
        const Status status = edits.editEvent(e);
        QVERIFY2(status.ok(), qPrintable(status.error()));
    }
    QCOMPARE(m_b->postmortems.event(id)->text, QStringLiteral("Disk full on db-3"));
    QCOMPARE(m_a->stack.count(), 3);
}

void tst_Concurrency::staleRemovalOfAnEditedItemRefused()
{
    PostmortemRepository &a = m_a->postmortems;
    const qint64 id = a.insertEvent(makeEvent(m_session, at(2), QStringLiteral("Rollback started"))).value();
    const TimelineEvent seenByB = m_b->postmortems.event(id).value();
    TimelineEvent edited = a.event(id).value();
    edited.text = QStringLiteral("Rollback started by Ana");
    QVERIFY(a.updateEvent(edited).ok());

    // B deletes what it saw, through its facade: refused, and theirs stays.
    const Status removed = m_b->edits.removeEvent(id, seenByB.rowVersion);
    QVERIFY(removed.isConflict());
    QVERIFY(!removed.isDeletedElsewhere()); // changed, not deleted: theirs can be written over
    QVERIFY2(removed.error().contains(QStringLiteral("Rollback started by Ana")), qPrintable(removed.error()));
    QCOMPARE(m_b->stack.count(), 0);
    QCOMPARE(a.event(id)->text, QStringLiteral("Rollback started by Ana"));

    // The same for an action item, straight through the repository.
    const qint64 action = a.insertAction(makeAction(m_session, m_team, QStringLiteral("Add disk alert"))).value();
    const qint64 seen = m_b->postmortems.action(action)->rowVersion;
    ActionItem changed = a.action(action).value();
    changed.ownerPerson = QStringLiteral("Ana");
    QVERIFY(a.updateAction(changed).ok());
    QVERIFY(m_b->postmortems.removeAction(action, seen).isConflict());
    QVERIFY(a.action(action).ok());
    // Removing at the version stored now works.
    QVERIFY(m_b->postmortems.removeAction(action, m_b->postmortems.action(action)->rowVersion).ok());
    QVERIFY(!a.action(action).ok());
}

void tst_Concurrency::editOfAnItemDeletedElsewhereRefused()
{
    PostmortemRepository &a = m_a->postmortems;
    const qint64 id =
        a.insertLearning(makeLearning(m_session, LearningKind::Learned, QStringLiteral("Alerts lag"))).value();
    Learning seenByB = m_b->postmortems.learning(id).value();
    QVERIFY(a.removeLearning(id, a.learning(id)->rowVersion).ok());

    seenByB.text = QStringLiteral("Alerts lag by minutes");
    const Status status = m_b->edits.editLearning(seenByB);
    QVERIFY(!status.ok());
    QVERIFY(status.isDeletedElsewhere());
    QVERIFY(m_b->postmortems.learnings(m_session).isEmpty());
    QCOMPARE(m_b->stack.count(), 0);

    // With a resolver (the window's): told once that it is gone, whatever it answers nothing is written, and the
    // change ends there (no second message from an attempt to write over nothing).
    QList<bool> asked;
    m_b->edits.setConflictResolver([&asked](const QString &, bool deleted) {
        asked.append(deleted);
        return true;
    });
    const Status told = m_b->edits.editLearning(seenByB);
    QVERIFY2(told.ok(), qPrintable(told.error()));
    QCOMPARE(asked, QList<bool>{true});
    QVERIFY(m_b->postmortems.learnings(m_session).isEmpty());
    QCOMPARE(m_b->stack.count(), 0);

    // Straight through the repository, between the read and the write: a conflict that says it was deleted.
    const qint64 event = a.insertEvent(makeEvent(m_session, at(3), QStringLiteral("Failover"))).value();
    TimelineEvent stale = m_b->postmortems.event(event).value();
    QVERIFY(a.removeEvent(event).ok());
    stale.text = QStringLiteral("Failover to eu-west");
    const Status gone = m_b->postmortems.updateEvent(stale);
    QVERIFY(!gone.ok());
    QVERIFY(gone.isDeletedElsewhere());
    QVERIFY(m_b->postmortems.events(m_session).isEmpty());
}

void tst_Concurrency::undoAfterOwnEditWorks()
{
    SessionEdits &edits = m_a->edits;
    const qint64 id = edits.addFactor(makeFactor(m_session, QStringLiteral("No runbook"))).value();
    ContributingFactor f = m_a->postmortems.factor(id).value();
    f.text = QStringLiteral("No runbook for failover");
    QVERIFY(edits.editFactor(f).ok());
    QSignalSpy failed(&edits, &UndoFacade::failed);

    m_a->stack.undo();
    QCOMPARE(m_b->postmortems.factor(id)->text, QStringLiteral("No runbook"));
    m_a->stack.redo();
    QCOMPARE(m_b->postmortems.factor(id)->text, QStringLiteral("No runbook for failover"));
    m_a->stack.undo();
    m_a->stack.undo(); // the add
    QVERIFY(!m_b->postmortems.factor(id).ok());
    m_a->stack.redo();
    QCOMPARE(m_b->postmortems.factor(id)->text, QStringLiteral("No runbook"));
    QCOMPARE(failed.count(), 0);
}

void tst_Concurrency::undoAfterTheirEditRefused()
{
    SessionEdits &edits = m_a->edits;
    const qint64 id =
        m_a->postmortems.insertAction(makeAction(m_session, m_team, QStringLiteral("Page twice"))).value();
    ActionItem mine = m_a->postmortems.action(id).value();
    mine.text = QStringLiteral("Page the secondary too");
    QVERIFY(edits.editAction(mine).ok());

    ActionItem theirs = m_b->postmortems.action(id).value();
    theirs.status = ActionStatus::InProgress;
    theirs.ownerPerson = QStringLiteral("Ben");
    QVERIFY(m_b->edits.editAction(theirs).ok());

    QSignalSpy failed(&edits, &UndoFacade::failed);
    m_a->stack.undo();
    QCOMPARE(failed.count(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("another desktop")), qPrintable(message));
    // Theirs stays, and the refused step leaves the history.
    const ActionItem stored = m_a->postmortems.action(id).value();
    QCOMPARE(stored.text, QStringLiteral("Page the secondary too"));
    QCOMPARE(stored.status, ActionStatus::InProgress);
    QCOMPARE(stored.ownerPerson, QStringLiteral("Ben"));
    QCOMPARE(m_a->stack.count(), 0);
}

void tst_Concurrency::undoOfAddAfterTheirEditRefused()
{
    SessionEdits &edits = m_a->edits;
    const qint64 id = edits.addEvent(makeEvent(m_session, at(4), QStringLiteral("Status page updated"))).value();
    TimelineEvent theirs = m_b->postmortems.event(id).value();
    theirs.kind = EventKind::Communication;
    QVERIFY(m_b->postmortems.updateEvent(theirs).ok());

    QSignalSpy failed(&edits, &UndoFacade::failed);
    m_a->stack.undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY(m_a->postmortems.event(id).ok());
    QCOMPARE(m_a->postmortems.event(id)->kind, EventKind::Communication);
}

void tst_Concurrency::overwriteWithVersionZeroWins()
{
    PostmortemRepository &a = m_a->postmortems;
    const qint64 id = a.insertEvent(makeEvent(m_session, at(2), QStringLiteral("Deploy"))).value();
    TimelineEvent seenByB = m_b->postmortems.event(id).value();
    TimelineEvent seenByA = a.event(id).value();
    seenByA.text = QStringLiteral("Deploy of v2");
    QVERIFY(a.updateEvent(seenByA).ok());

    seenByB.text = QStringLiteral("Deploy of v3");
    QVERIFY(m_b->postmortems.updateEvent(seenByB).isConflict());
    seenByB.rowVersion = 0;
    qint64 written = 0;
    QVERIFY(m_b->postmortems.updateEvent(seenByB, &written).ok());
    QCOMPARE(a.event(id)->text, QStringLiteral("Deploy of v3"));
    QCOMPARE(a.event(id)->rowVersion, written);
    // The version moved on, so A's copy is stale now.
    seenByA.text = QStringLiteral("Deploy of v4");
    QVERIFY(a.updateEvent(seenByA).isConflict());
}

void tst_Concurrency::resolverKeepsTheirs()
{
    const qint64 id =
        m_a->postmortems.insertLearning(makeLearning(m_session, LearningKind::WentWell, QStringLiteral("Fast paging")))
            .value();
    Learning mine = m_b->postmortems.learning(id).value();
    Learning theirs = m_a->postmortems.learning(id).value();
    theirs.text = QStringLiteral("Paging within a minute");
    QVERIFY(m_a->postmortems.updateLearning(theirs).ok());

    QStringList asked;
    m_b->edits.setConflictResolver([&asked](const QString &message, bool) {
        asked.append(message);
        return false;
    });
    mine.text = QStringLiteral("Paging was slow");
    const Status status = m_b->edits.editLearning(mine);
    QVERIFY2(status.ok(), qPrintable(status.error())); // decided by the person: nothing more to report
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(QStringLiteral("Paging within a minute")), qPrintable(asked.first()));
    QCOMPARE(m_a->postmortems.learning(id)->text, QStringLiteral("Paging within a minute"));
    QCOMPARE(m_b->stack.count(), 0);
}

void tst_Concurrency::resolverWritesMineOverTheirs()
{
    const qint64 id =
        m_a->postmortems.insertAction(makeAction(m_session, m_team, QStringLiteral("Rotate the keys"))).value();
    ActionItem mine = m_b->postmortems.action(id).value();
    ActionItem theirs = m_a->postmortems.action(id).value();
    theirs.text = QStringLiteral("Rotate the keys monthly");
    QVERIFY(m_a->postmortems.updateAction(theirs).ok());

    int asked = 0;
    m_b->edits.setConflictResolver([&asked](const QString &, bool) {
        ++asked;
        return true;
    });
    mine.text = QStringLiteral("Rotate the keys weekly");
    QVERIFY(m_b->edits.editAction(mine).ok());
    QCOMPARE(asked, 1);
    QCOMPARE(m_a->postmortems.action(id)->text, QStringLiteral("Rotate the keys weekly"));
    QCOMPARE(m_b->stack.count(), 1);
    // Undo right after the overwrite brings back what was stored before it (theirs), without asking.
    m_b->stack.undo();
    QCOMPARE(m_a->postmortems.action(id)->text, QStringLiteral("Rotate the keys monthly"));
    QCOMPARE(asked, 1);
}

void tst_Concurrency::phaseAgreementRace()
{
    // Ready to leave the opening: a facilitator and someone in the room.
    Session settings = m_a->postmortems.session(m_session).value();
    settings.facilitator = QStringLiteral("Sam Rivers");
    QVERIFY(m_a->postmortems.updateSettings(settings).ok());
    QVERIFY(m_a->postmortems.insertParticipant(makeParticipant(m_session, QStringLiteral("Ana"))).ok());

    ManualClock clock(at(5));
    PostmortemSession onA(m_a->postmortems, m_a->teams, m_a->incidents, clock, m_session);
    PostmortemSession onB(m_b->postmortems, m_b->teams, m_b->incidents, clock, m_session);
    QVERIFY(onA.isValid());
    QVERIFY(onB.isValid());
    QCOMPARE(onB.phase(), Phase::Opening);

    const Status agreedOnA = onA.agree(QStringLiteral("Ana"));
    QVERIFY2(agreedOnA.ok(), qPrintable(agreedOnA.error()));
    QSignalSpy changedOnB(&onB, &PostmortemSession::changed);
    const Status agreedOnB = onB.agree(QStringLiteral("Ben"));
    QVERIFY(!agreedOnB.ok());
    QVERIFY(agreedOnB.isConflict());
    QVERIFY2(agreedOnB.error().contains(PostmortemText::phaseName(Phase::Timeline, SessionKind::Retro)),
             qPrintable(agreedOnB.error()));
    // B reloaded and shows where the session is; one agreement is on record, by the one who won.
    QVERIFY(changedOnB.count() >= 1);
    QCOMPARE(onB.phase(), Phase::Timeline);
    const QList<PhaseLogEntry> log = m_b->postmortems.phaseLog(m_session);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().who, QStringLiteral("Ana"));
    const Session stored = m_b->postmortems.session(m_session).value();
    QCOMPARE(stored.phase, Phase::Timeline);
    QCOMPARE(stored.record(Phase::Opening).agreedBy, QStringLiteral("Ana"));

    // Going back from a phase another desktop already left is refused the same way.
    const Status skipped = onA.skip(QStringLiteral("Timeline is in the ticket"));
    QVERIFY2(skipped.ok(), qPrintable(skipped.error()));
    QCOMPARE(onB.phase(), Phase::Timeline); // B has not heard (no change feed here)
    QVERIFY(onB.goBack(Phase::Opening).isConflict());
    QCOMPARE(m_a->postmortems.session(m_session)->phase, Phase::Factors);
    QCOMPARE(m_a->postmortems.phaseLog(m_session).size(), 2);
}

void tst_Concurrency::settingsConflictButTypedTextsDoNot()
{
    PostmortemRepository &a = m_a->postmortems;
    PostmortemRepository &b = m_b->postmortems;
    Session seenByB = b.session(m_session).value();
    // Typing notes and a summary, and handing the word over, leave the settings' version alone.
    QVERIFY(a.setNotes(m_session, QStringLiteral("Ask about the pager")).ok());
    QVERIFY(a.setSummary(m_session, QStringLiteral("Short outage")).ok());
    QVERIFY(a.setDraft(m_session, QStringLiteral("event"), QStringLiteral("Pag")).ok());
    seenByB.turnSeconds = 90;
    QVERIFY(b.updateSettings(seenByB).ok());
    QCOMPARE(a.session(m_session)->notes, QStringLiteral("Ask about the pager"));

    // A settings change on what was seen before someone else's settings change is a conflict.
    Session seenByA = a.session(m_session).value();
    seenByB = b.session(m_session).value();
    seenByA.phaseMinutes = 45;
    QVERIFY(a.updateSettings(seenByA).ok());
    seenByB.title = QStringLiteral("April retro");
    const Status status = b.updateSettings(seenByB);
    QVERIFY(status.isConflict());
    const Session stored = a.session(m_session).value();
    QCOMPARE(stored.title, QStringLiteral("March retro"));
    QCOMPARE(stored.phaseMinutes, 45);
    QCOMPARE(stored.turnSeconds, 90);
}

void tst_Concurrency::participantsConflict()
{
    const qint64 id = m_a->edits.addParticipant(makeParticipant(m_session, QStringLiteral("Ana"))).value();
    Participant seenByB = m_b->postmortems.participants(m_session).first();
    Participant mine = m_a->postmortems.participants(m_session).first();
    QVERIFY(mine.rowVersion > 0);
    mine.role = QStringLiteral("Incident commander");
    QVERIFY(m_a->edits.editParticipant(mine).ok());

    seenByB.role = QStringLiteral("Scribe");
    QVERIFY(m_b->edits.editParticipant(seenByB).isConflict());
    QVERIFY(m_b->postmortems.removeParticipant(id, seenByB.rowVersion).isConflict());
    QCOMPARE(m_b->postmortems.participants(m_session).first().role, QStringLiteral("Incident commander"));

    // A's own history still undoes: the edit, then the add.
    QSignalSpy failed(&m_a->edits, &UndoFacade::failed);
    m_a->stack.undo();
    m_a->stack.undo();
    QCOMPARE(failed.count(), 0);
    QVERIFY(m_b->postmortems.participants(m_session).isEmpty());
}

void tst_Concurrency::incidentsConflict()
{
    const qint64 id = m_a->entityEdits.addIncident(makeIncident(m_team, QStringLiteral("Checkout down"))).value();
    Incident seenByB = m_b->incidents.incident(id).value();
    Incident mine = m_a->incidents.incident(id).value();
    QVERIFY(mine.rowVersion > 0);
    mine.severity = Severity::Sev1;
    QVERIFY(m_a->entityEdits.editIncident(mine).ok());

    seenByB.title = QStringLiteral("Checkout slow");
    const Status edited = m_b->entityEdits.editIncident(seenByB);
    QVERIFY(edited.isConflict());
    QVERIFY2(edited.error().contains(QStringLiteral("Checkout down")), qPrintable(edited.error()));
    QVERIFY(m_b->entityEdits.removeIncident(id, seenByB.rowVersion).isConflict());
    const Incident stored = m_b->incidents.incident(id).value();
    QCOMPARE(stored.title, QStringLiteral("Checkout down"));
    QCOMPARE(stored.severity, Severity::Sev1);

    // B edits what is stored now; A's undo of its severity change is then refused and B's title stays.
    Incident fresh = m_b->incidents.incident(id).value();
    fresh.title = QStringLiteral("Checkout slow");
    QVERIFY(m_b->entityEdits.editIncident(fresh).ok());
    QSignalSpy failed(&m_a->entityEdits, &UndoFacade::failed);
    m_a->stack.undo();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(m_a->incidents.incident(id)->title, QStringLiteral("Checkout slow"));
    QCOMPARE(m_a->incidents.incident(id)->severity, Severity::Sev1);

    // Written over theirs at version 0.
    seenByB.rowVersion = 0;
    QVERIFY(m_b->incidents.update(seenByB).ok());
    QCOMPARE(m_a->incidents.incident(id)->severity, seenByB.severity);
}

void tst_Concurrency::teamsAndMembersConflict()
{
    Team seenByB = m_b->teams.team(m_team).value();
    Team mine = m_a->teams.team(m_team).value();
    mine.description = QStringLiteral("Card payments");
    qint64 written = 0;
    QVERIFY(m_a->teams.updateTeam(mine, &written).ok());
    QCOMPARE(written, mine.rowVersion + 1);
    seenByB.name = QStringLiteral("Payment");
    const Status renamed = m_b->entityEdits.editTeam(seenByB);
    QVERIFY(renamed.isConflict());
    QCOMPARE(m_a->teams.team(m_team)->name, QStringLiteral("Payments"));

    const qint64 member = m_a->entityEdits.addMember(makeMember(m_team, QStringLiteral("Ana Lima"))).value();
    Member memberSeenByB = m_b->teams.member(member).value();
    Member memberMine = m_a->teams.member(member).value();
    QSignalSpy updated(&m_a->teams, &TeamRepository::memberUpdated);
    memberMine.role = QStringLiteral("SRE");
    QVERIFY(m_a->entityEdits.editMember(memberMine).ok());
    // The signal carries the version the write left, so a model that keeps it can edit again.
    QCOMPARE(updated.count(), 1);
    QCOMPARE(updated.at(0).at(1).value<Member>().rowVersion, m_a->teams.member(member)->rowVersion);
    QVERIFY(m_b->entityEdits.removeMember(member, memberSeenByB.rowVersion).isConflict());
    QVERIFY(m_a->teams.member(member).ok());
    memberSeenByB.active = false;
    QVERIFY(m_b->teams.updateMember(memberSeenByB).isConflict());
    QVERIFY(m_a->teams.member(member)->active);
}

QTEST_GUILESS_MAIN(tst_Concurrency)
#include "tst_concurrency.moc"
