// Shared by the item model tests of a postmortem session (tst_timelinemodel, tst_factormodel, tst_learningmodel,
// tst_actionitemsmodel, tst_sessiontablemodel): what a model shows, the content populate() adds, and the test classes
// they derive from, which hold the teams, incident and postmortem every test starts from and the test functions
// every one of these models passes under QAbstractItemModelTester: empty and populated, flags that follow the
// header, and cell edits that become undoable commands, are refused with editFailed, or push nothing when unchanged.
// Header-only, but with Q_OBJECT: list it in the test's SOURCES so that moc sees it; include as
// "models/SessionModelFixture.h".
#pragma once

#include "common/ModelSpies.h"
#include "common/PostmortemData.h"
#include "common/TestDatabase.h"
#include "item/ActionItemsModel.h"
#include "item/FactorModel.h"
#include "item/TimelineModel.h"

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace candor::testdata {

// What a single edit is expected to do to a model's rows.
enum class Change { Inserted, Removed, Changed };

// The day action items are measured against, unless a test says otherwise.
inline const QDate March1(2024, 3, 1);

// What populate() added to the postmortem, each list in the order the models show it.
struct Populated
{
    QList<qint64> events;    // 10:05 detection, 10:20 diagnosis, 10:40 repair
    QList<qint64> factors;   // replica lag (explains 10:20), canary (explains 10:05 and 10:40)
    QList<qint64> learnings; // what we learned, twice; "went well" is in another list
    QList<qint64> actions;   // overdue on 1 March, due 10 March, undated

    bool complete() const
    {
        for (const QList<qint64> *ids : {&events, &factors, &learnings, &actions}) {
            if (ids->contains(0))
                return false;
        }
        return events.size() == 3 && factors.size() == 2 && learnings.size() == 2 && actions.size() == 3;
    }
};

// ---- what a model shows, and what the repository holds ----

// Every model's IdRole is Qt::UserRole.
inline QList<qint64> shownIds(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(Qt::UserRole).toLongLong());
    return ids;
}

inline int shownRow(const QAbstractItemModel &model, qint64 id)
{
    return int(shownIds(model).indexOf(id));
}

template <typename T>
QList<qint64> idsOf(const QList<T> &items)
{
    QList<qint64> ids;
    for (const T &item : items)
        ids.append(rowId(item));
    return ids;
}

inline QStringList columnTexts(const QAbstractItemModel &model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.append(model.index(row, column).data().toString());
    return texts;
}

inline QStringList rowTexts(const QAbstractItemModel &model, int row)
{
    QStringList texts;
    for (int column = 0; column < model.columnCount(); ++column)
        texts.append(model.index(row, column).data().toString());
    return texts;
}

// The roles any of these models answers, and a few they do not.
inline const QList<int> probedRoles = {Qt::DisplayRole,    Qt::EditRole,       Qt::ToolTipRole,   Qt::FontRole,
                                       Qt::ForegroundRole, Qt::UserRole,       Qt::UserRole + 1,  Qt::UserRole + 2,
                                       Qt::UserRole + 3,   Qt::DecorationRole, Qt::CheckStateRole};

// Each model declares its own editFailed signal; the spy is made with the concrete type.
inline std::unique_ptr<QSignalSpy> editFailedSpy(QAbstractItemModel *model)
{
    if (auto *m = qobject_cast<TimelineModel *>(model))
        return std::make_unique<QSignalSpy>(m, &TimelineModel::editFailed);
    if (auto *m = qobject_cast<FactorModel *>(model))
        return std::make_unique<QSignalSpy>(m, &FactorModel::editFailed);
    if (auto *m = qobject_cast<LearningModel *>(model))
        return std::make_unique<QSignalSpy>(m, &LearningModel::editFailed);
    if (auto *m = qobject_cast<ActionItemsModel *>(model))
        return std::make_unique<QSignalSpy>(m, &ActionItemsModel::editFailed);
    return {}; // SessionTableModel is read-only
}

// The spies saw exactly one change of the given kind, on `row`, and nothing else.
inline void checkOnly(const Spies &spies, Change change, int row)
{
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(spies.layout.size(), 0);
    QCOMPARE(spies.moved.size(), 0);
    QCOMPARE(spies.inserted.size(), change == Change::Inserted ? 1 : 0);
    QCOMPARE(spies.removed.size(), change == Change::Removed ? 1 : 0);
    QCOMPARE(spies.changed.size(), change == Change::Changed ? 1 : 0);
    switch (change) {
    case Change::Inserted:
        checkRowArguments(spies.inserted, row, row);
        break;
    case Change::Removed:
        checkRowArguments(spies.removed, row, row);
        break;
    case Change::Changed:
        QCOMPARE(spies.changed.at(0).at(0).value<QModelIndex>().row(), row);
        QCOMPARE(spies.changed.at(0).at(1).value<QModelIndex>().row(), row);
        break;
    }
}

inline Change inverse(Change change)
{
    switch (change) {
    case Change::Inserted:
        return Change::Removed;
    case Change::Removed:
        return Change::Inserted;
    case Change::Changed:
        break;
    }
    return Change::Changed;
}

// ---- the test classes ----

// What every test of a session model starts from, and the test functions every such model passes; a model's test
// class inherits them and supplies the model, its column count and the rows. Each test function gets a fresh
// database holding Platform > Databases > Replication, and Payments; an incident of Databases and its postmortem,
// started at 00:30 on 1 March 2024.
class SessionModelTest : public QObject
{
    Q_OBJECT

protected:
    // The model a test function checks: how to build it, and the ids the repository holds that it should show.
    struct Subject
    {
        std::function<std::unique_ptr<QAbstractItemModel>()> make;
        std::function<QList<qint64>()> stored;
    };

    // ---- what a model's test supplies ----

    virtual Subject subject() = 0;
    virtual int expectedColumns() const = 0;
    // The rows of flagsFollowHeader(), with the columns column, header and editable.
    virtual void headerRows() = 0;
    // What emptyModel() does before it builds the model; the postmortem's own models are empty as they start.
    virtual void makeEmpty() {}

    // ---- the fixture ----

    PostmortemRepository &repo() { return m_store->postmortems; }
    SessionEdits &edits() { return m_store->edits; }
    QUndoStack &stack() { return m_store->stack; }

    qint64 addRetro(qint64 teamId, const QString &title, const QDateTime &created)
    {
        return addSession(repo(), makeRetro(teamId, title, created));
    }

    // Three events, two factors, three learnings (two of them learned) and three action items in the postmortem.
    Populated populate()
    {
        Populated p;
        // Inserted out of time order: the timeline sorts them.
        const qint64 repair =
            addEvent(repo(), makeEvent(m_session, at(10, 40), QStringLiteral("Deploy rolled back"), EventKind::Repair));
        const qint64 detection =
            addEvent(repo(), makeEvent(m_session, at(10, 5), QStringLiteral("Pager fired for checkout errors"),
                                       EventKind::Detection));
        const qint64 diagnosis =
            addEvent(repo(), makeEvent(m_session, at(10, 20), QStringLiteral("Replica lag found on db-3"),
                                       EventKind::Diagnosis));
        p.events = {detection, diagnosis, repair};

        p.factors.append(addFactor(repo(), makeFactor(m_session, QStringLiteral("Replica lag went unalerted"),
                                                      {diagnosis}, FactorCategory::Technology)));
        p.factors.append(addFactor(repo(), makeFactor(m_session, QStringLiteral("Deploys skip the canary stage"),
                                                      {repair, detection}, FactorCategory::Process)));

        p.learnings.append(addLearning(
            repo(), makeLearning(m_session, LearningKind::Learned, QStringLiteral("Lag alerts need a floor"))));
        if (addLearning(repo(), makeLearning(m_session, LearningKind::WentWell,
                                             QStringLiteral("Rollback took two minutes"))) == 0)
            p.learnings.append(0); // not complete()
        p.learnings.append(addLearning(
            repo(), makeLearning(m_session, LearningKind::Learned, QStringLiteral("Canaries catch bad deploys"))));

        // Inserted in another order than the due dates they are shown by.
        const qint64 runbook =
            addAction(repo(), makeAction(m_session, m_replication, QStringLiteral("Write the failover runbook")));
        const qint64 canary =
            addAction(repo(), makeAction(m_session, m_platform, QStringLiteral("Add a canary stage"),
                                         QDate(2024, 3, 10), ActionStatus::InProgress, p.factors.at(1)));
        const qint64 alert =
            addAction(repo(), makeAction(m_session, m_databases, QStringLiteral("Alert on replica lag"),
                                         QDate(2024, 2, 20), ActionStatus::Open, p.factors.at(0)));
        p.actions = {alert, canary, runbook};
        return p;
    }

    // ---- renamed sources (sessions list and action items) ----

    // The rows of renamedSourcesShow() in the sessions list and the action items: what is renamed.
    static void renamedSourcesData()
    {
        QTest::addColumn<QString>("renamed");

        QTest::newRow("retro title") << QStringLiteral("retro");
        QTest::newRow("incident title") << QStringLiteral("incident");
        QTest::newRow("owner team") << QStringLiteral("team");
    }

    // The postmortem's content plus a Databases retro with an item of its own, which is returned in `retro`.
    void addRenamedSources(qint64 &retro)
    {
        QVERIFY(populate().complete());
        retro = addRetro(m_databases, QStringLiteral("Databases retro"), at(40));
        QVERIFY(retro > 0);
        QVERIFY(
            repo().insertAction(makeAction(retro, m_databases, QStringLiteral("Drop cache"), QDate(2024, 3, 3))).ok());
    }

    // Renames the retro, the postmortem's incident or the Databases team.
    void rename(const QString &renamed, qint64 retro)
    {
        if (renamed == QLatin1String("retro")) {
            Session session = repo().session(retro).value();
            session.title = QStringLiteral("Databases retro, March");
            QVERIFY(repo().updateSettings(session).ok());
        } else if (renamed == QLatin1String("incident")) {
            Incident incident = m_store->incidents.incident(m_incident).value();
            incident.title = QStringLiteral("Replica lag on db-3");
            QVERIFY(m_store->incidents.update(incident).ok());
        } else {
            Team team = m_store->teams.team(m_databases).value();
            team.name = QStringLiteral("Data stores");
            QVERIFY(m_store->teams.updateTeam(team).ok());
        }
    }

    // The name rename() gave.
    static QString renamedTo(const QString &renamed)
    {
        return renamed == QLatin1String("retro")      ? QStringLiteral("Databases retro, March")
               : renamed == QLatin1String("incident") ? QStringLiteral("Replica lag on db-3")
                                                      : QStringLiteral("Data stores");
    }

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<SessionEditStore> m_store;
    qint64 m_platform = 0;
    qint64 m_databases = 0;
    qint64 m_replication = 0;
    qint64 m_payments = 0;
    qint64 m_incident = 0;
    qint64 m_session = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    }

    void init()
    {
        CANDOR_TEST_LOCATION(location, m_dir, QStringLiteral("db-%1").arg(++m_files));
        m_store = std::make_unique<SessionEditStore>(location);
        QVERIFY2(m_store->status.ok(), qPrintable(m_store->status.error()));
        TeamRepository &teams = m_store->teams;
        m_platform = addTeam(teams, QStringLiteral("Platform"));
        m_databases = addTeam(teams, QStringLiteral("Databases"), m_platform);
        m_replication = addTeam(teams, QStringLiteral("Replication"), m_databases);
        m_payments = addTeam(teams, QStringLiteral("Payments"));
        m_incident = addIncident(m_store->incidents, m_databases, QStringLiteral("Replica lag"));
        m_session = addSession(repo(), makePostmortem(m_incident, m_databases, at(0, 30)));
        QVERIFY(m_platform > 0 && m_databases > 0 && m_replication > 0 && m_payments > 0);
        QVERIFY(m_incident > 0 && m_session > 0);
    }

    void cleanup() { m_store.reset(); }

    void cleanupTestCase() { testdb::dropAll(); }

    // ---- what every session model passes ----

    void emptyModel()
    {
        makeEmpty();
        if (QTest::currentTestFailed())
            return;
        const int columns = expectedColumns();
        const std::unique_ptr<QAbstractItemModel> model = subject().make();
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(model->columnCount(), columns);
        QVERIFY(!model->hasChildren(QModelIndex()));
        QVERIFY(!model->index(0, 0).isValid());
        for (int role : probedRoles)
            QVERIFY2(!model->data(QModelIndex(), role).isValid(), qPrintable(QString::number(role)));
        QCOMPARE(model->flags(QModelIndex()), Qt::NoItemFlags);
        QVERIFY(!model->setData(QModelIndex(), QStringLiteral("Anything")));
        QCOMPARE(stack().count(), 0);
        for (int section = 0; section < columns; ++section)
            QVERIFY(!model->headerData(section, Qt::Horizontal).toString().isEmpty());
        QVERIFY(!model->headerData(columns, Qt::Horizontal).isValid());
        QVERIFY(!model->headerData(-1, Qt::Horizontal).isValid());
        QVERIFY(!model->headerData(0, Qt::Horizontal, Qt::EditRole).isValid());
        QVERIFY(!model->headerData(0, Qt::Vertical).isValid());
    }

    void populatedModel()
    {
        const Populated p = populate();
        QVERIFY(p.complete());
        addRetro(m_payments, QStringLiteral("Payments retro, February"), at(40));
        const int columns = expectedColumns();
        const Subject tested = subject();
        const std::unique_ptr<QAbstractItemModel> model = tested.make();
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY(model->rowCount() >= 2);
        QCOMPARE(model->columnCount(), columns);
        QCOMPARE(shownIds(*model), tested.stored());
        const QList<qint64> ids = shownIds(*model);
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), model->rowCount());

        // A table: no children under any cell, no cells outside the table.
        const QModelIndex first = model->index(0, 0);
        QVERIFY(first.isValid());
        QCOMPARE(model->rowCount(first), 0);
        QCOMPARE(model->columnCount(first), 0);
        QVERIFY(!model->hasChildren(first));
        QVERIFY(!model->index(0, 0, first).isValid());
        QVERIFY(!model->index(model->rowCount(), 0).isValid());
        QVERIFY(!model->index(0, columns).isValid());
        QVERIFY(!model->index(-1, 0).isValid());
        QVERIFY(!model->index(0, -1).isValid());
        for (int role : probedRoles)
            QVERIFY2(!model->data(QModelIndex(), role).isValid(), qPrintable(QString::number(role)));
        QCOMPARE(model->flags(QModelIndex()), Qt::NoItemFlags);

        // Every cell has display data (perhaps an empty text) and carries its row's id.
        for (int row = 0; row < model->rowCount(); ++row) {
            const qint64 id = model->index(row, 0).data(Qt::UserRole).toLongLong();
            QVERIFY(id > 0);
            for (int column = 0; column < columns; ++column) {
                const QModelIndex index = model->index(row, column);
                QVERIFY(index.data(Qt::DisplayRole).isValid());
                QCOMPARE(index.data(Qt::UserRole).toLongLong(), id);
                QVERIFY(model->flags(index).testFlag(Qt::ItemIsEnabled));
                QVERIFY(model->flags(index).testFlag(Qt::ItemIsSelectable));
            }
        }
    }

    void flagsFollowHeader_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("header");
        QTest::addColumn<bool>("editable");
        headerRows();
    }

    void flagsFollowHeader()
    {
        QFETCH(int, column);
        QFETCH(QString, header);
        QFETCH(bool, editable);

        QVERIFY(populate().complete());
        const std::unique_ptr<QAbstractItemModel> model = subject().make();
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        Spies spies(model.get());

        QCOMPARE(model->headerData(column, Qt::Horizontal).toString(), header);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->flags(model->index(row, column)).testFlag(Qt::ItemIsEditable), editable);
        if (!editable) {
            // What the flags refuse, setData refuses too, and records nothing.
            const QModelIndex index = model->index(0, column);
            const QStringList before = rowTexts(*model, 0);
            QVERIFY(!model->setData(index, QStringLiteral("Changed")));
            QVERIFY(!model->setData(index, index.data(Qt::EditRole)));
            QCOMPARE(stack().count(), 0);
            QCOMPARE(spies.structural() + int(spies.changed.size()), 0);
            QCOMPARE(rowTexts(*model, 0), before);
        }
    }
};

// The session models that edit in place (every one but the sessions list): a cell edit becomes one undoable command,
// is refused with editFailed, or pushes nothing when nothing changed.
class EditableSessionModelTest : public SessionModelTest
{
    Q_OBJECT

protected:
    // The rows of setDataIsUndoable(), with the columns row, column, value and undoText.
    virtual void undoableEditRows() = 0;
    // The rows of setDataRefused(), with the columns column, role, value and reported.
    virtual void refusedEditRows() = 0;
    // The rows of setDataUnchangedPushesNothing(), with the columns row, column and reorderLinkedEvents.
    virtual void unchangedEditRows() = 0;

private slots:
    void setDataIsUndoable_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("undoText");
        undoableEditRows();
    }

    void setDataIsUndoable()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(QString, undoText);

        QVERIFY(populate().complete());
        const Subject tested = subject();
        const std::unique_ptr<QAbstractItemModel> model = tested.make();
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        Spies spies(model.get());
        const std::unique_ptr<QSignalSpy> failed = editFailedSpy(model.get());
        QVERIFY(failed);

        const QModelIndex index = model->index(row, column);
        QVERIFY(model->flags(index).testFlag(Qt::ItemIsEditable));
        const QVariant before = index.data(Qt::EditRole);
        const QStringList textsBefore = rowTexts(*model, row);
        QVERIFY(before != value);

        QVERIFY(model->setData(index, value));
        QCOMPARE(failed->size(), 0);
        QCOMPARE(stack().count(), 1);
        QCOMPARE(stack().index(), 1);
        QCOMPARE(stack().undoText(), undoText);
        QCOMPARE(model->index(row, column).data(Qt::EditRole), value);
        QVERIFY(rowTexts(*model, row) != textsBefore);
        QCOMPARE(shownIds(*model), tested.stored());
        QCOMPARE(spies.structural(), 0);
        QCOMPARE(spies.changed.size(), 1);
        QCOMPARE(spies.changed.at(0).at(0).value<QModelIndex>().row(), row);
        spies.clear();

        stack().undo();
        QCOMPARE(stack().index(), 0);
        QCOMPARE(stack().redoText(), undoText);
        QCOMPARE(model->index(row, column).data(Qt::EditRole), before);
        QCOMPARE(rowTexts(*model, row), textsBefore);
        QCOMPARE(spies.structural(), 0);
        QCOMPARE(spies.changed.size(), 1);

        stack().redo();
        QCOMPARE(model->index(row, column).data(Qt::EditRole), value);
        QCOMPARE(shownIds(*model), tested.stored());
        QCOMPARE(failed->size(), 0);
    }

    void setDataRefused_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("role");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("reported"); // editFailed carries the repository's message
        refusedEditRows();
    }

    void setDataRefused()
    {
        QFETCH(int, column);
        QFETCH(int, role);
        QFETCH(QVariant, value);
        QFETCH(bool, reported);

        QVERIFY(populate().complete());
        const Subject tested = subject();
        const std::unique_ptr<QAbstractItemModel> model = tested.make();
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        Spies spies(model.get());
        const std::unique_ptr<QSignalSpy> failed = editFailedSpy(model.get());
        QVERIFY(failed);
        const QStringList before = rowTexts(*model, 0);

        QVERIFY(!model->setData(model->index(0, column), value, role));
        QCOMPARE(failed->size(), reported ? 1 : 0);
        if (reported)
            QVERIFY(!failed->at(0).at(0).toString().isEmpty());
        QCOMPARE(stack().count(), 0);
        QCOMPARE(spies.structural() + int(spies.changed.size()), 0);
        QCOMPARE(rowTexts(*model, 0), before);
        QCOMPARE(shownIds(*model), tested.stored());
    }

    void setDataUnchangedPushesNothing_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("reorderLinkedEvents"); // move an event that a factor explains in time first
        unchangedEditRows();
    }

    // An editor that closes without a change writes back what it was given: that must not become an undo step.
    void setDataUnchangedPushesNothing()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(bool, reorderLinkedEvents);

        const Populated p = populate();
        QVERIFY(p.complete());
        const std::unique_ptr<QAbstractItemModel> model = subject().make();
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        if (reorderLinkedEvents) {
            // The canary factor explains the first and the last event; the first becomes the last.
            TimelineEvent detection = repo().event(p.events.at(0)).value();
            detection.time = at(11);
            QVERIFY(edits().editEvent(detection).ok());
        }
        const int commands = stack().count();
        Spies spies(model.get());

        const QModelIndex index = model->index(row, column);
        QVERIFY(model->setData(index, index.data(Qt::EditRole)));
        QCOMPARE(stack().count(), commands);
        QCOMPARE(spies.structural(), 0);
    }
};

} // namespace candor::testdata

Q_DECLARE_METATYPE(candor::testdata::Change)
