// The item models of a postmortem session under QAbstractItemModelTester: TimelineModel, FactorModel,
// LearningModel, ActionItemsModel and SessionTableModel, empty and populated, following edits made through
// SessionEdits with precise row signals (never a reset), their roles and flags, and cell edits that become
// undoable commands or are refused with editFailed.
#include "common/ModelSpies.h"
#include "common/TestData.h"
#include "domain/Validation.h"
#include "item/ActionItemsModel.h"
#include "item/FactorModel.h"
#include "item/TimelineModel.h"
#include "storage/PostmortemRepository.h"
#include "undo/SessionEdits.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <limits>
#include <memory>
#include <utility>
#include <vector>

using namespace candor;
using namespace candor::testdata;

namespace {

// Which model a data-driven test builds (see TestSessionModels::makeModel).
enum class Which { Timeline, Factors, Learnings, Actions, Sessions };

// What a single edit is expected to do to a model's rows.
enum class Change { Inserted, Removed, Changed };

} // namespace

Q_DECLARE_METATYPE(Which)
Q_DECLARE_METATYPE(Change)

namespace {

const QDate March1(2024, 3, 1);

// The shared store plus the postmortem repository, an undo stack and the SessionEdits facade on top of them; the
// facade goes first, the database last.
struct SessionStore : Store
{
    using Store::Store;
    PostmortemRepository postmortems{database};
    QUndoStack stack;
    SessionEdits edits{stack, postmortems};
};

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

qint64 idOf(const Result<qint64> &result, const char *what)
{
    if (!result)
        qWarning("%s: %s", what, qPrintable(result.error()));
    return result ? *result : 0;
}

Session makePostmortem(qint64 incidentId, qint64 teamId, const QDateTime &created)
{
    Session session;
    session.kind = SessionKind::Postmortem;
    session.incidentId = incidentId;
    session.teamId = teamId;
    session.facilitator = QStringLiteral("Sam Rivers");
    session.created = created;
    return session;
}

Session makeRetro(qint64 teamId, const QString &title, const QDateTime &created)
{
    Session session;
    session.kind = SessionKind::Retro;
    session.teamId = teamId;
    session.title = title;
    session.periodStart = QDate(2024, 2, 1);
    session.periodEnd = QDate(2024, 2, 29);
    session.created = created;
    return session;
}

TimelineEvent makeEvent(qint64 sessionId, const QDateTime &time, const QString &text, EventKind kind = EventKind::Other)
{
    TimelineEvent event;
    event.sessionId = sessionId;
    event.time = time;
    event.kind = kind;
    event.text = text;
    return event;
}

ContributingFactor makeFactor(qint64 sessionId, FactorCategory category, const QString &text,
                              const QList<qint64> &eventIds)
{
    ContributingFactor factor;
    factor.sessionId = sessionId;
    factor.category = category;
    factor.text = text;
    factor.eventIds = eventIds;
    return factor;
}

Learning makeLearning(qint64 sessionId, LearningKind kind, const QString &text)
{
    Learning learning;
    learning.sessionId = sessionId;
    learning.kind = kind;
    learning.text = text;
    return learning;
}

ActionItem makeAction(qint64 sessionId, qint64 ownerTeamId, const QString &text, const QDate &due = {},
                      ActionStatus status = ActionStatus::Open, qint64 factorId = 0)
{
    ActionItem action;
    action.sessionId = sessionId;
    action.kind = ActionKind::DetectSooner;
    action.text = text;
    action.ownerTeamId = ownerTeamId;
    action.due = due;
    action.status = status;
    action.factorId = factorId;
    action.created = at(20);
    return action;
}

// ---- what a model shows, and what the repository holds ----

// Every model's IdRole is Qt::UserRole.
QList<qint64> shownIds(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(Qt::UserRole).toLongLong());
    return ids;
}

int shownRow(const QAbstractItemModel &model, qint64 id)
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

QStringList columnTexts(const QAbstractItemModel &model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.append(model.index(row, column).data().toString());
    return texts;
}

QStringList rowTexts(const QAbstractItemModel &model, int row)
{
    QStringList texts;
    for (int column = 0; column < model.columnCount(); ++column)
        texts.append(model.index(row, column).data().toString());
    return texts;
}

// The roles any of these models answers, and a few they do not.
const QList<int> probedRoles = {Qt::DisplayRole,    Qt::EditRole,       Qt::ToolTipRole,   Qt::FontRole,
                                Qt::ForegroundRole, Qt::UserRole,       Qt::UserRole + 1,  Qt::UserRole + 2,
                                Qt::UserRole + 3,   Qt::DecorationRole, Qt::CheckStateRole};

// Each model declares its own editFailed signal; the spy is made with the concrete type.
std::unique_ptr<QSignalSpy> editFailedSpy(QAbstractItemModel *model)
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
void checkOnly(const Spies &spies, Change change, int row)
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

Change inverse(Change change)
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

} // namespace

class TestSessionModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // Every model
    void emptyModel_data();
    void emptyModel();
    void populatedModel_data();
    void populatedModel();
    void flagsFollowHeader_data();
    void flagsFollowHeader();
    void setDataIsUndoable_data();
    void setDataIsUndoable();
    void setDataRefused_data();
    void setDataRefused();
    void setDataUnchangedPushesNothing_data();
    void setDataUnchangedPushesNothing();

    // Timeline
    void timelineRoles();
    void timelineKindColumn_data();
    void timelineKindColumn();
    void timelineFollowsEdits_data();
    void timelineFollowsEdits();
    void timelineTimeEditMovesRow_data();
    void timelineTimeEditMovesRow();

    // Factors and learnings
    void factorEventsColumn();
    void learningModelsKeepToTheirKind_data();
    void learningModelsKeepToTheirKind();

    // Action items
    void actionFilters_data();
    void actionFilters();
    void actionOverdueRoles();
    void actionNewTodayUpdatesOverdueRows();
    void actionModelsOfOneSessionAndAll();
    void actionEarlierOpenItems();

    // Sessions
    void sessionTableNewestFirst();
    void sessionTablePhaseAndKind_data();
    void sessionTablePhaseAndKind();
    void renamedSourcesShow_data();
    void renamedSourcesShow();

private:
    PostmortemRepository &repo() { return m_store->postmortems; }
    SessionEdits &edits() { return m_store->edits; }
    QUndoStack &stack() { return m_store->stack; }
    Populated populate();
    std::unique_ptr<QAbstractItemModel> makeModel(Which which);
    QList<qint64> storedIds(Which which);
    qint64 addRetro(qint64 teamId, const QString &title, const QDateTime &created);

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<SessionStore> m_store;
    // Present in every test: Platform > Databases > Replication, and Payments; an incident of Databases and its
    // postmortem, started at 00:30 on 1 March 2024.
    qint64 m_platform = 0;
    qint64 m_databases = 0;
    qint64 m_replication = 0;
    qint64 m_payments = 0;
    qint64 m_incident = 0;
    qint64 m_session = 0;
};

void TestSessionModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

void TestSessionModels::init()
{
    m_store = std::make_unique<SessionStore>(m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_files)));
    QVERIFY2(m_store->status.ok(), qPrintable(m_store->status.error()));
    TeamRepository &teams = m_store->teams;
    m_platform = idOf(teams.insertTeam(makeTeam(QStringLiteral("Platform"))), "team");
    m_databases = idOf(teams.insertTeam(makeTeam(QStringLiteral("Databases"), m_platform)), "team");
    m_replication = idOf(teams.insertTeam(makeTeam(QStringLiteral("Replication"), m_databases)), "team");
    m_payments = idOf(teams.insertTeam(makeTeam(QStringLiteral("Payments"))), "team");
    m_incident = idOf(m_store->incidents.insert(makeIncident(m_databases, QStringLiteral("Replica lag"))), "incident");
    m_session = idOf(repo().insertSession(makePostmortem(m_incident, m_databases, at(0, 30))), "session");
    QVERIFY(m_platform > 0 && m_databases > 0 && m_replication > 0 && m_payments > 0);
    QVERIFY(m_incident > 0 && m_session > 0);
}

void TestSessionModels::cleanup()
{
    m_store.reset();
}

Populated TestSessionModels::populate()
{
    Populated p;
    // Inserted out of time order: the timeline sorts them.
    const qint64 repair = idOf(
        repo().insertEvent(makeEvent(m_session, at(10, 40), QStringLiteral("Deploy rolled back"), EventKind::Repair)),
        "event");
    const qint64 detection =
        idOf(repo().insertEvent(makeEvent(m_session, at(10, 5), QStringLiteral("Pager fired for checkout errors"),
                                          EventKind::Detection)),
             "event");
    const qint64 diagnosis =
        idOf(repo().insertEvent(
                 makeEvent(m_session, at(10, 20), QStringLiteral("Replica lag found on db-3"), EventKind::Diagnosis)),
             "event");
    p.events = {detection, diagnosis, repair};

    p.factors.append(idOf(repo().insertFactor(makeFactor(m_session, FactorCategory::Technology,
                                                         QStringLiteral("Replica lag went unalerted"), {diagnosis})),
                          "factor"));
    p.factors.append(
        idOf(repo().insertFactor(makeFactor(m_session, FactorCategory::Process,
                                            QStringLiteral("Deploys skip the canary stage"), {repair, detection})),
             "factor"));

    p.learnings.append(idOf(repo().insertLearning(makeLearning(m_session, LearningKind::Learned,
                                                               QStringLiteral("Lag alerts need a floor"))),
                            "learning"));
    if (idOf(repo().insertLearning(
                 makeLearning(m_session, LearningKind::WentWell, QStringLiteral("Rollback took two minutes"))),
             "learning") == 0)
        p.learnings.append(0); // not complete()
    p.learnings.append(idOf(repo().insertLearning(makeLearning(m_session, LearningKind::Learned,
                                                               QStringLiteral("Canaries catch bad deploys"))),
                            "learning"));

    // Inserted in another order than the due dates they are shown by.
    const qint64 runbook =
        idOf(repo().insertAction(makeAction(m_session, m_replication, QStringLiteral("Write the failover runbook"))),
             "action");
    const qint64 canary =
        idOf(repo().insertAction(makeAction(m_session, m_platform, QStringLiteral("Add a canary stage"),
                                            QDate(2024, 3, 10), ActionStatus::InProgress, p.factors.at(1))),
             "action");
    const qint64 alert =
        idOf(repo().insertAction(makeAction(m_session, m_databases, QStringLiteral("Alert on replica lag"),
                                            QDate(2024, 2, 20), ActionStatus::Open, p.factors.at(0))),
             "action");
    p.actions = {alert, canary, runbook};
    return p;
}

std::unique_ptr<QAbstractItemModel> TestSessionModels::makeModel(Which which)
{
    switch (which) {
    case Which::Timeline:
        return std::make_unique<TimelineModel>(repo(), edits(), m_session);
    case Which::Factors:
        return std::make_unique<FactorModel>(repo(), edits(), m_session);
    case Which::Learnings:
        return std::make_unique<LearningModel>(repo(), edits(), m_session, LearningKind::Learned);
    case Which::Actions: {
        ActionFilter filter;
        filter.sessionId = m_session;
        auto model = std::make_unique<ActionItemsModel>(repo(), edits(), filter);
        model->setToday(March1);
        return model;
    }
    case Which::Sessions:
        return std::make_unique<SessionTableModel>(repo());
    }
    return {};
}

QList<qint64> TestSessionModels::storedIds(Which which)
{
    switch (which) {
    case Which::Timeline:
        return idsOf(repo().events(m_session));
    case Which::Factors:
        return idsOf(repo().factors(m_session));
    case Which::Learnings: {
        QList<Learning> learned;
        for (const Learning &l : repo().learnings(m_session)) {
            if (l.kind == LearningKind::Learned)
                learned.append(l);
        }
        return idsOf(learned);
    }
    case Which::Actions: {
        ActionFilter filter;
        filter.sessionId = m_session;
        filter.today = March1;
        return idsOf(repo().actionRows(filter));
    }
    case Which::Sessions:
        return idsOf(repo().sessions());
    }
    return {};
}

qint64 TestSessionModels::addRetro(qint64 teamId, const QString &title, const QDateTime &created)
{
    return idOf(repo().insertSession(makeRetro(teamId, title, created)), "retro");
}

// ---- Every model -----------------------------------------------------------------------------------------------

void TestSessionModels::emptyModel_data()
{
    QTest::addColumn<Which>("which");
    QTest::addColumn<int>("columns");

    QTest::newRow("timeline") << Which::Timeline << int(TimelineModel::ColumnCount);
    QTest::newRow("contributing factors") << Which::Factors << int(FactorModel::ColumnCount);
    QTest::newRow("learnings") << Which::Learnings << 1;
    QTest::newRow("action items") << Which::Actions << int(ActionItemsModel::ColumnCount);
    QTest::newRow("sessions") << Which::Sessions << int(SessionTableModel::ColumnCount);
}

void TestSessionModels::emptyModel()
{
    QFETCH(Which, which);
    QFETCH(int, columns);

    if (which == Which::Sessions)
        QVERIFY(repo().removeSession(m_session).ok()); // an empty database
    const std::unique_ptr<QAbstractItemModel> model = makeModel(which);
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

void TestSessionModels::populatedModel_data()
{
    emptyModel_data();
}

void TestSessionModels::populatedModel()
{
    QFETCH(Which, which);
    QFETCH(int, columns);

    const Populated p = populate();
    QVERIFY(p.complete());
    addRetro(m_payments, QStringLiteral("Payments retro, February"), at(40));
    const std::unique_ptr<QAbstractItemModel> model = makeModel(which);
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    QVERIFY(model->rowCount() >= 2);
    QCOMPARE(model->columnCount(), columns);
    QCOMPARE(shownIds(*model), storedIds(which));
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

void TestSessionModels::flagsFollowHeader_data()
{
    QTest::addColumn<Which>("which");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("header");
    QTest::addColumn<bool>("editable");

    // As the class comments promise: timeline cells edit in place; a factor's category and text; a learning's
    // text; an action item's text, kind, person, due date and status; the sessions list is read-only.
    QTest::newRow("timeline time") << Which::Timeline << int(TimelineModel::TimeColumn) << QStringLiteral("Time")
                                   << true;
    QTest::newRow("timeline kind") << Which::Timeline << int(TimelineModel::KindColumn) << QStringLiteral("Kind")
                                   << true;
    QTest::newRow("timeline text") << Which::Timeline << int(TimelineModel::TextColumn)
                                   << QStringLiteral("What happened") << true;
    QTest::newRow("factor category") << Which::Factors << int(FactorModel::CategoryColumn) << QStringLiteral("Category")
                                     << true;
    QTest::newRow("factor text") << Which::Factors << int(FactorModel::TextColumn)
                                 << QStringLiteral("Contributing factor") << true;
    QTest::newRow("factor events") << Which::Factors << int(FactorModel::EventsColumn) << QStringLiteral("Explains")
                                   << false;
    QTest::newRow("learning text") << Which::Learnings << 0 << QStringLiteral("What we learned") << true;
    QTest::newRow("action text") << Which::Actions << int(ActionItemsModel::TextColumn) << QStringLiteral("Action item")
                                 << true;
    QTest::newRow("action kind") << Which::Actions << int(ActionItemsModel::KindColumn) << QStringLiteral("Kind")
                                 << true;
    QTest::newRow("action owner team") << Which::Actions << int(ActionItemsModel::OwnerColumn)
                                       << QStringLiteral("Owner team") << false;
    QTest::newRow("action person") << Which::Actions << int(ActionItemsModel::PersonColumn) << QStringLiteral("Person")
                                   << true;
    QTest::newRow("action due") << Which::Actions << int(ActionItemsModel::DueColumn) << QStringLiteral("Due") << true;
    QTest::newRow("action status") << Which::Actions << int(ActionItemsModel::StatusColumn) << QStringLiteral("Status")
                                   << true;
    QTest::newRow("action factor") << Which::Actions << int(ActionItemsModel::FactorColumn)
                                   << QStringLiteral("Addresses") << false;
    QTest::newRow("action source") << Which::Actions << int(ActionItemsModel::SourceColumn) << QStringLiteral("From")
                                   << false;
    QTest::newRow("session title") << Which::Sessions << int(SessionTableModel::TitleColumn) << QStringLiteral("Title")
                                   << false;
    QTest::newRow("session kind") << Which::Sessions << int(SessionTableModel::KindColumn) << QStringLiteral("Kind")
                                  << false;
    QTest::newRow("session team") << Which::Sessions << int(SessionTableModel::TeamColumn) << QStringLiteral("Team")
                                  << false;
    QTest::newRow("session phase") << Which::Sessions << int(SessionTableModel::PhaseColumn) << QStringLiteral("Phase")
                                   << false;
    QTest::newRow("session started") << Which::Sessions << int(SessionTableModel::CreatedColumn)
                                     << QStringLiteral("Started") << false;
}

void TestSessionModels::flagsFollowHeader()
{
    QFETCH(Which, which);
    QFETCH(int, column);
    QFETCH(QString, header);
    QFETCH(bool, editable);

    QVERIFY(populate().complete());
    const std::unique_ptr<QAbstractItemModel> model = makeModel(which);
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

void TestSessionModels::setDataIsUndoable_data()
{
    QTest::addColumn<Which>("which");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("undoText");

    const QString pager = QStringLiteral("Pager fired for checkout errors");
    QTest::newRow("timeline text") << Which::Timeline << 0 << int(TimelineModel::TextColumn)
                                   << QVariant(QStringLiteral("Pager fired twice"))
                                   << QStringLiteral("Edit timeline event “Pager fired twice”");
    QTest::newRow("timeline kind") << Which::Timeline << 0 << int(TimelineModel::KindColumn)
                                   << QVariant(int(EventKind::KeyMoment))
                                   << QStringLiteral("Edit timeline event “%1”").arg(pager);
    QTest::newRow("timeline time, same place")
        << Which::Timeline << 0 << int(TimelineModel::TimeColumn) << QVariant(at(10, 7))
        << QStringLiteral("Edit timeline event “%1”").arg(pager);
    QTest::newRow("factor category") << Which::Factors << 0 << int(FactorModel::CategoryColumn)
                                     << QVariant(int(FactorCategory::Organisation))
                                     << QStringLiteral("Edit contributing factor “Replica lag went unalerted”");
    QTest::newRow("factor text") << Which::Factors << 1 << int(FactorModel::TextColumn)
                                 << QVariant(QStringLiteral("Deploys skip canaries"))
                                 << QStringLiteral("Edit contributing factor “Deploys skip canaries”");
    QTest::newRow("learning text") << Which::Learnings << 1 << 0
                                   << QVariant(QStringLiteral("Canaries catch most bad deploys"))
                                   << QStringLiteral("Edit “Canaries catch most bad deploys”");
    QTest::newRow("action text") << Which::Actions << 0 << int(ActionItemsModel::TextColumn)
                                 << QVariant(QStringLiteral("Alert on replica lag over 30 s"))
                                 << QStringLiteral("Edit action item “Alert on replica lag over 30 s”");
    QTest::newRow("action kind") << Which::Actions << 0 << int(ActionItemsModel::KindColumn)
                                 << QVariant(int(ActionKind::Prevent))
                                 << QStringLiteral("Edit action item “Alert on replica lag”");
    QTest::newRow("action person") << Which::Actions << 0 << int(ActionItemsModel::PersonColumn)
                                   << QVariant(QStringLiteral("Mei Xu"))
                                   << QStringLiteral("Edit action item “Alert on replica lag”");
    QTest::newRow("action due date, same place")
        << Which::Actions << 0 << int(ActionItemsModel::DueColumn) << QVariant(QDate(2024, 2, 22))
        << QStringLiteral("Edit action item “Alert on replica lag”");
    QTest::newRow("action marked done") << Which::Actions << 0 << int(ActionItemsModel::StatusColumn)
                                        << QVariant(int(ActionStatus::Done))
                                        << QStringLiteral("Mark “Alert on replica lag” done");
    QTest::newRow("action marked in progress")
        << Which::Actions << 0 << int(ActionItemsModel::StatusColumn) << QVariant(int(ActionStatus::InProgress))
        << QStringLiteral("Mark “Alert on replica lag” in progress");
    QTest::newRow("action dropped") << Which::Actions << 0 << int(ActionItemsModel::StatusColumn)
                                    << QVariant(int(ActionStatus::Dropped))
                                    << QStringLiteral("Drop “Alert on replica lag”");
    QTest::newRow("action reopened") << Which::Actions << 1 << int(ActionItemsModel::StatusColumn)
                                     << QVariant(int(ActionStatus::Open))
                                     << QStringLiteral("Reopen “Add a canary stage”");
}

void TestSessionModels::setDataIsUndoable()
{
    QFETCH(Which, which);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(QString, undoText);

    QVERIFY(populate().complete());
    const std::unique_ptr<QAbstractItemModel> model = makeModel(which);
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
    QCOMPARE(shownIds(*model), storedIds(which));
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
    QCOMPARE(shownIds(*model), storedIds(which));
    QCOMPARE(failed->size(), 0);
}

void TestSessionModels::setDataRefused_data()
{
    QTest::addColumn<Which>("which");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("reported"); // editFailed carries the repository's message

    const int edit = Qt::EditRole;
    QTest::newRow("timeline, empty text")
        << Which::Timeline << int(TimelineModel::TextColumn) << edit << QVariant(QString()) << true;
    QTest::newRow("timeline, blank text")
        << Which::Timeline << int(TimelineModel::TextColumn) << edit << QVariant(QStringLiteral(" \t\n")) << true;
    QTest::newRow("timeline, text too long") << Which::Timeline << int(TimelineModel::TextColumn) << edit
                                             << QVariant(QString(Limits::TextLength + 1, QLatin1Char('x'))) << true;
    QTest::newRow("timeline, no time") << Which::Timeline << int(TimelineModel::TimeColumn) << edit << QVariant()
                                       << true;
    QTest::newRow("timeline, unknown kind")
        << Which::Timeline << int(TimelineModel::KindColumn) << edit << QVariant(42) << true;
    QTest::newRow("timeline, display role") << Which::Timeline << int(TimelineModel::TextColumn) << int(Qt::DisplayRole)
                                            << QVariant(QStringLiteral("Pager fired")) << false;
    QTest::newRow("factor, empty text") << Which::Factors << int(FactorModel::TextColumn) << edit << QVariant(QString())
                                        << true;
    QTest::newRow("factor, unknown category")
        << Which::Factors << int(FactorModel::CategoryColumn) << edit << QVariant(9) << true;
    QTest::newRow("learning, blank text") << Which::Learnings << 0 << edit << QVariant(QStringLiteral("   ")) << true;
    QTest::newRow("learning, display role")
        << Which::Learnings << 0 << int(Qt::DisplayRole) << QVariant(QStringLiteral("Lag alerts")) << false;
    QTest::newRow("action, empty text") << Which::Actions << int(ActionItemsModel::TextColumn) << edit
                                        << QVariant(QString()) << true;
    QTest::newRow("action, unknown kind")
        << Which::Actions << int(ActionItemsModel::KindColumn) << edit << QVariant(-1) << true;
    QTest::newRow("action, unknown status")
        << Which::Actions << int(ActionItemsModel::StatusColumn) << edit << QVariant(7) << true;
    QTest::newRow("action, person's name too long")
        << Which::Actions << int(ActionItemsModel::PersonColumn) << edit
        << QVariant(QString(Limits::NameLength + 1, QLatin1Char('x'))) << true;
}

void TestSessionModels::setDataRefused()
{
    QFETCH(Which, which);
    QFETCH(int, column);
    QFETCH(int, role);
    QFETCH(QVariant, value);
    QFETCH(bool, reported);

    QVERIFY(populate().complete());
    const std::unique_ptr<QAbstractItemModel> model = makeModel(which);
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
    QCOMPARE(shownIds(*model), storedIds(which));
}

void TestSessionModels::setDataUnchangedPushesNothing_data()
{
    QTest::addColumn<Which>("which");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("reorderLinkedEvents"); // move a linked event in time first

    QTest::newRow("timeline time") << Which::Timeline << 1 << int(TimelineModel::TimeColumn) << false;
    QTest::newRow("timeline kind") << Which::Timeline << 1 << int(TimelineModel::KindColumn) << false;
    QTest::newRow("timeline text") << Which::Timeline << 1 << int(TimelineModel::TextColumn) << false;
    QTest::newRow("factor category") << Which::Factors << 1 << int(FactorModel::CategoryColumn) << false;
    QTest::newRow("factor text") << Which::Factors << 1 << int(FactorModel::TextColumn) << false;
    QTest::newRow("factor category after its events were reordered")
        << Which::Factors << 1 << int(FactorModel::CategoryColumn) << true;
    QTest::newRow("learning text") << Which::Learnings << 0 << 0 << false;
    QTest::newRow("action text") << Which::Actions << 0 << int(ActionItemsModel::TextColumn) << false;
    QTest::newRow("action kind") << Which::Actions << 0 << int(ActionItemsModel::KindColumn) << false;
    QTest::newRow("action due") << Which::Actions << 0 << int(ActionItemsModel::DueColumn) << false;
    QTest::newRow("action status") << Which::Actions << 1 << int(ActionItemsModel::StatusColumn) << false;
}

// An editor that closes without a change writes back what it was given: that must not become an undo step.
void TestSessionModels::setDataUnchangedPushesNothing()
{
    QFETCH(Which, which);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(bool, reorderLinkedEvents);

    const Populated p = populate();
    QVERIFY(p.complete());
    const std::unique_ptr<QAbstractItemModel> model = makeModel(which);
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

// ---- Timeline --------------------------------------------------------------------------------------------------

void TestSessionModels::timelineRoles()
{
    const Populated p = populate();
    QVERIFY(p.complete());
    TimelineModel model(repo(), edits(), m_session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Added out of order, shown in time order.
    QCOMPARE(shownIds(model), p.events);
    const QDateTime times[] = {at(10, 5), at(10, 20), at(10, 40)};
    const EventKind kinds[] = {EventKind::Detection, EventKind::Diagnosis, EventKind::Repair};
    const QString texts[] = {QStringLiteral("Pager fired for checkout errors"),
                             QStringLiteral("Replica lag found on db-3"), QStringLiteral("Deploy rolled back")};
    for (int row = 0; row < 3; ++row) {
        const QModelIndex time = model.index(row, TimelineModel::TimeColumn);
        QCOMPARE(time.data(TimelineModel::IdRole).toLongLong(), p.events.at(row));
        // Formatted for display, the instant to edit, raw seconds to sort by.
        QCOMPARE(time.data().toString(), QLocale().toString(times[row].toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(time.data(Qt::EditRole).toDateTime(), times[row]);
        QCOMPARE(time.data(TimelineModel::SortRole).toLongLong(), times[row].toSecsSinceEpoch());
        QVERIFY(time.data().toString() != time.data(TimelineModel::SortRole).toString());

        const QModelIndex kind = model.index(row, TimelineModel::KindColumn);
        QCOMPARE(kind.data().toString(), PostmortemText::eventKindName(kinds[row]));
        QCOMPARE(kind.data(Qt::EditRole).toInt(), int(kinds[row]));
        QCOMPARE(kind.data(TimelineModel::SortRole).toInt(), int(kinds[row]));

        const QModelIndex text = model.index(row, TimelineModel::TextColumn);
        for (int role : {int(Qt::DisplayRole), int(Qt::EditRole), int(Qt::ToolTipRole), int(TimelineModel::SortRole)})
            QCOMPARE(text.data(role).toString(), texts[row]);
        QVERIFY(!text.data(Qt::FontRole).isValid());

        QCOMPARE(model.rowOf(p.events.at(row)), row);
        QCOMPARE(model.itemAt(row)->text, texts[row]);
    }
    QCOMPARE(model.rowOf(0), -1);
    QCOMPARE(model.itemAt(-1), nullptr);
    QCOMPARE(model.itemAt(3), nullptr);

    // The short label factors use: the local time without the date, then the kind.
    const TimelineEvent first = repo().event(p.events.at(0)).value();
    const QString label = TimelineModel::label(first);
    QVERIFY2(label.startsWith(QLocale().toString(times[0].toLocalTime().time(), QLocale::ShortFormat)),
             qPrintable(label));
    QVERIFY2(label.endsWith(QStringLiteral(" Detection")), qPrintable(label));
}

void TestSessionModels::timelineKindColumn_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");

    QTest::newRow("detection") << int(EventKind::Detection) << QStringLiteral("Detection");
    QTest::newRow("diagnosis") << int(EventKind::Diagnosis) << QStringLiteral("Diagnosis");
    QTest::newRow("repair") << int(EventKind::Repair) << QStringLiteral("Repair");
    QTest::newRow("key moment") << int(EventKind::KeyMoment) << QStringLiteral("Key moment");
    QTest::newRow("communication") << int(EventKind::Communication) << QStringLiteral("Communication");
    QTest::newRow("other") << int(EventKind::Other) << QStringLiteral("Other");
}

void TestSessionModels::timelineKindColumn()
{
    QFETCH(int, kind);
    QFETCH(QString, name);

    // An event of another kind, set to this one in place: the name shows, the number is kept.
    const EventKind other = kind == int(EventKind::Other) ? EventKind::Repair : EventKind::Other;
    QVERIFY(repo().insertEvent(makeEvent(m_session, at(9), QStringLiteral("Deploy started"), other)).ok());
    TimelineModel model(repo(), edits(), m_session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const QModelIndex index = model.index(0, TimelineModel::KindColumn);
    QVERIFY(model.setData(index, kind));
    QCOMPARE(index.data().toString(), name);
    QCOMPARE(index.data(Qt::EditRole).toInt(), kind);
    QCOMPARE(repo().events(m_session).first().kind, static_cast<EventKind>(kind));
    QCOMPARE(stack().count(), 1);
}

void TestSessionModels::timelineFollowsEdits_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QDateTime>("time"); // of an added event
    QTest::addColumn<int>("row");        // that is added, edited or removed
    QTest::addColumn<Change>("change");

    // The timeline holds 10:05, 10:20 and 10:40.
    QTest::newRow("add before every event") << QStringLiteral("add") << at(9) << 0 << Change::Inserted;
    QTest::newRow("add between two events") << QStringLiteral("add") << at(10, 10) << 1 << Change::Inserted;
    QTest::newRow("add at the time of another: after it")
        << QStringLiteral("add") << at(10, 20) << 2 << Change::Inserted;
    QTest::newRow("add after every event") << QStringLiteral("add") << at(11) << 3 << Change::Inserted;
    QTest::newRow("edit the text") << QStringLiteral("text") << QDateTime() << 1 << Change::Changed;
    QTest::newRow("edit the kind") << QStringLiteral("kind") << QDateTime() << 2 << Change::Changed;
    QTest::newRow("remove the first") << QStringLiteral("remove") << QDateTime() << 0 << Change::Removed;
    QTest::newRow("remove the middle one") << QStringLiteral("remove") << QDateTime() << 1 << Change::Removed;
    QTest::newRow("remove the last") << QStringLiteral("remove") << QDateTime() << 2 << Change::Removed;
}

void TestSessionModels::timelineFollowsEdits()
{
    QFETCH(QString, edit);
    QFETCH(QDateTime, time);
    QFETCH(int, row);
    QFETCH(Change, change);

    const Populated p = populate();
    QVERIFY(p.complete());
    TimelineModel model(repo(), edits(), m_session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Spies spies(&model);

    if (edit == QLatin1String("add")) {
        QVERIFY(
            edits()
                .addEvent(makeEvent(m_session, time, QStringLiteral("Status page updated"), EventKind::Communication))
                .ok());
    } else if (edit == QLatin1String("remove")) {
        QVERIFY(edits().removeEvent(p.events.at(row)).ok());
    } else {
        TimelineEvent event = repo().event(p.events.at(row)).value();
        if (edit == QLatin1String("text"))
            event.text = QStringLiteral("Replica lag found on db-3 and db-4");
        else
            event.kind = EventKind::KeyMoment;
        QVERIFY(edits().editEvent(event).ok());
    }
    QCOMPARE(stack().count(), 1);
    checkOnly(spies, change, row);
    QCOMPARE(shownIds(model), idsOf(repo().events(m_session)));
    spies.clear();

    stack().undo();
    checkOnly(spies, inverse(change), row);
    QCOMPARE(shownIds(model), idsOf(repo().events(m_session)));
    if (change != Change::Inserted)
        QCOMPARE(model.index(row, 0).data(TimelineModel::IdRole).toLongLong(), p.events.at(row));
    spies.clear();

    stack().redo();
    checkOnly(spies, change, row);
    QCOMPARE(shownIds(model), idsOf(repo().events(m_session)));
}

void TestSessionModels::timelineTimeEditMovesRow_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<int>("to");

    // The timeline holds 10:05, 10:20 and 10:40.
    QTest::newRow("first becomes last") << 0 << at(11) << 2;
    QTest::newRow("last becomes first") << 2 << at(9) << 0;
    QTest::newRow("middle becomes first") << 1 << at(10) << 0;
    QTest::newRow("first becomes middle") << 0 << at(10, 30) << 1;
    QTest::newRow("middle becomes last") << 1 << at(10, 50) << 2;
    QTest::newRow("later, still first") << 0 << at(10, 15) << 0;
    QTest::newRow("a day earlier") << 2 << at(-14) << 0;
}

void TestSessionModels::timelineTimeEditMovesRow()
{
    QFETCH(int, from);
    QFETCH(QDateTime, time);
    QFETCH(int, to);

    const Populated p = populate();
    QVERIFY(p.complete());
    TimelineModel model(repo(), edits(), m_session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Spies spies(&model);
    auto inTimeOrder = [&model] {
        for (int row = 1; row < model.rowCount(); ++row) {
            if (model.index(row - 1, 0).data(TimelineModel::SortRole).toLongLong() >
                model.index(row, 0).data(TimelineModel::SortRole).toLongLong())
                return false;
        }
        return true;
    };

    const qint64 id = p.events.at(from);
    const QDateTime before = model.index(from, TimelineModel::TimeColumn).data(Qt::EditRole).toDateTime();
    const QString text = model.index(from, TimelineModel::TextColumn).data().toString();
    const QPersistentModelIndex followed = model.index(from, TimelineModel::TextColumn);
    const int other = from == 0 ? 1 : 0;
    const QPersistentModelIndex neighbour = model.index(other, TimelineModel::TextColumn);
    const qint64 neighbourId = p.events.at(other);

    // As a date-time editor hands it over: in local time.
    QVERIFY(model.setData(model.index(from, TimelineModel::TimeColumn), time.toLocalTime()));
    QCOMPARE(stack().count(), 1);
    QCOMPARE(stack().undoText(), QStringLiteral("Edit timeline event “%1”").arg(text));
    QCOMPARE(model.rowOf(id), to);
    QCOMPARE(followed.row(), to);
    QCOMPARE(followed.data(TimelineModel::IdRole).toLongLong(), id);
    QCOMPARE(neighbour.data(TimelineModel::IdRole).toLongLong(), neighbourId);
    QCOMPARE(model.index(to, TimelineModel::TimeColumn).data(Qt::EditRole).toDateTime(), time);
    QVERIFY(inTimeOrder());
    QCOMPARE(shownIds(model), idsOf(repo().events(m_session)));
    QCOMPARE(spies.inserted.size() + spies.removed.size() + spies.reset.size() + spies.layout.size(), 0);
    QCOMPARE(spies.moved.isEmpty(), from == to);
    QVERIFY(!spies.changed.isEmpty());
    spies.clear();

    stack().undo();
    QCOMPARE(model.rowOf(id), from);
    QCOMPARE(followed.row(), from);
    QCOMPARE(neighbour.data(TimelineModel::IdRole).toLongLong(), neighbourId);
    QCOMPARE(model.index(from, TimelineModel::TimeColumn).data(Qt::EditRole).toDateTime(), before);
    QCOMPARE(shownIds(model), p.events);
    QCOMPARE(spies.inserted.size() + spies.removed.size() + spies.reset.size() + spies.layout.size(), 0);
    QCOMPARE(spies.moved.isEmpty(), from == to);
    spies.clear();

    stack().redo();
    QCOMPARE(followed.row(), to);
    QVERIFY(inTimeOrder());
    QCOMPARE(spies.inserted.size() + spies.removed.size() + spies.reset.size(), 0);
}

// ---- Factors and learnings -------------------------------------------------------------------------------------

void TestSessionModels::factorEventsColumn()
{
    const Populated p = populate();
    QVERIFY(p.complete());
    FactorModel model(repo(), edits(), m_session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Spies spies(&model);
    auto event = [this](qint64 id) {
        return repo().event(id).value();
    };

    QCOMPARE(shownIds(model), p.factors);
    const QModelIndex lag = model.index(0, FactorModel::EventsColumn);
    const QModelIndex canary = model.index(1, FactorModel::EventsColumn);
    QCOMPARE(model.index(0, FactorModel::CategoryColumn).data().toString(), QStringLiteral("Technology"));
    QCOMPARE(model.index(1, FactorModel::CategoryColumn).data().toString(), QStringLiteral("Process"));
    QCOMPARE(model.index(1, FactorModel::CategoryColumn).data(Qt::EditRole).toInt(), int(FactorCategory::Process));
    QCOMPARE(model.index(1, FactorModel::TextColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Deploys skip the canary stage"));

    // Linked events by their labels, in time order whatever order they were linked in.
    const QString detection = TimelineModel::label(event(p.events.at(0)));
    const QString repair = TimelineModel::label(event(p.events.at(2)));
    QCOMPARE(lag.data().toString(), TimelineModel::label(event(p.events.at(1))));
    QCOMPARE(canary.data().toString(), detection + QStringLiteral(", ") + repair);
    QCOMPARE(canary.data(Qt::ToolTipRole).toString(), detection + QLatin1Char('\n') + repair);
    QCOMPARE(canary.data(FactorModel::EventIdsRole).value<QList<qint64>>(),
             (QList<qint64>{p.events.at(0), p.events.at(2)}));
    QVERIFY(!canary.data(Qt::EditRole).isValid());

    // An edited event relabels the factors; no row changes.
    TimelineEvent keyMoment = event(p.events.at(0));
    keyMoment.kind = EventKind::KeyMoment;
    QVERIFY(edits().editEvent(keyMoment).ok());
    QCOMPARE(spies.structural(), 0);
    QVERIFY(!spies.changed.isEmpty());
    for (const QList<QVariant> &arguments : std::as_const(spies.changed)) {
        QCOMPARE(arguments.at(0).value<QModelIndex>().column(), int(FactorModel::EventsColumn));
        QCOMPARE(arguments.at(1).value<QModelIndex>().column(), int(FactorModel::EventsColumn));
    }
    QCOMPARE(canary.data().toString(), TimelineModel::label(keyMoment) + QStringLiteral(", ") + repair);
    QVERIFY(canary.data().toString().contains(QStringLiteral("Key moment")));
    spies.clear();

    // A removed event is no longer explained; undo links it again.
    QVERIFY(edits().removeEvent(p.events.at(2)).ok());
    QCOMPARE(spies.structural(), 0);
    QCOMPARE(canary.data().toString(), TimelineModel::label(keyMoment));
    QCOMPARE(canary.data(FactorModel::EventIdsRole).value<QList<qint64>>(), QList<qint64>{p.events.at(0)});
    stack().undo();
    QCOMPARE(spies.structural(), 0);
    QCOMPARE(canary.data().toString(), TimelineModel::label(keyMoment) + QStringLiteral(", ") + repair);
    QCOMPARE(canary.data(FactorModel::EventIdsRole).value<QList<qint64>>(),
             (QList<qint64>{p.events.at(0), p.events.at(2)}));
    spies.clear();

    // A factor added and removed through the facade: one row in, one row out.
    const Result<qint64> added = edits().addFactor(
        makeFactor(m_session, FactorCategory::Environment, QStringLiteral("Region failover untested"), {}));
    QVERIFY(added.ok());
    checkOnly(spies, Change::Inserted, 2);
    QCOMPARE(model.index(2, FactorModel::EventsColumn).data().toString(), QString());
    spies.clear();
    QVERIFY(edits().removeFactor(p.factors.at(0)).ok());
    checkOnly(spies, Change::Removed, 0);
    spies.clear();
    stack().undo();
    checkOnly(spies, Change::Inserted, 0);
    QCOMPARE(shownIds(model), idsOf(repo().factors(m_session)));
}

void TestSessionModels::learningModelsKeepToTheirKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("header");

    QTest::newRow("went well") << int(LearningKind::WentWell) << QStringLiteral("What went well");
    QTest::newRow("lucky") << int(LearningKind::Lucky) << QStringLiteral("Where we got lucky");
    QTest::newRow("learned") << int(LearningKind::Learned) << QStringLiteral("What we learned");
    QTest::newRow("question") << int(LearningKind::Question) << QStringLiteral("Open questions");
}

void TestSessionModels::learningModelsKeepToTheirKind()
{
    QFETCH(int, kind);
    QFETCH(QString, header);

    QVERIFY(populate().complete());
    const QList<LearningKind> kinds = PostmortemText::learningKinds();
    std::vector<std::unique_ptr<LearningModel>> models;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    std::vector<std::unique_ptr<Spies>> spies;
    for (LearningKind k : kinds) {
        models.push_back(std::make_unique<LearningModel>(repo(), edits(), m_session, k));
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            models.back().get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        spies.push_back(std::make_unique<Spies>(models.back().get()));
    }
    auto stored = [this](LearningKind k) {
        QList<qint64> ids;
        for (const Learning &l : repo().learnings(m_session)) {
            if (l.kind == k)
                ids.append(l.id);
        }
        return ids;
    };
    auto check = [&] {
        for (size_t n = 0; n < models.size(); ++n) {
            QCOMPARE(models[n]->kind(), kinds.at(qsizetype(n)));
            QCOMPARE(shownIds(*models[n]), stored(kinds.at(qsizetype(n))));
            QCOMPARE(spies[n]->reset.size(), 0);
        }
    };
    auto clearSpies = [&] {
        for (const auto &s : spies)
            s->clear();
    };
    const auto mine = size_t(kind);
    const auto next = (mine + 1) % size_t(kinds.size());
    LearningModel &model = *models[mine];
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), header);
    QCOMPARE(model.columnCount(), 1);
    check();

    // Added to this list: one row at its end, and no signal from the other lists.
    const int end = model.rowCount();
    const Result<qint64> added =
        edits().addLearning(makeLearning(m_session, LearningKind(kind), QStringLiteral("Dashboards lagged too")));
    QVERIFY(added.ok());
    checkRowArguments(spies[mine]->inserted, end, end);
    for (size_t n = 0; n < models.size(); ++n) {
        if (n != mine)
            QCOMPARE(spies[n]->structural() + int(spies[n]->changed.size()), 0);
    }
    const QModelIndex index = model.index(end, 0);
    QCOMPARE(index.data(LearningModel::IdRole).toLongLong(), *added);
    for (int role : {int(Qt::DisplayRole), int(Qt::EditRole), int(Qt::ToolTipRole)})
        QCOMPARE(index.data(role).toString(), QStringLiteral("Dashboards lagged too"));
    QVERIFY(model.flags(index).testFlag(Qt::ItemIsEditable));
    check();
    clearSpies();

    // Moved to another list: out of this one, into the end of the other; undo moves it back.
    Learning moved = repo().learning(*added).value();
    moved.kind = kinds.at(qsizetype(next));
    const int otherEnd = models[next]->rowCount();
    QVERIFY(edits().editLearning(moved).ok());
    checkRowArguments(spies[mine]->removed, end, end);
    checkRowArguments(spies[next]->inserted, otherEnd, otherEnd);
    check();
    clearSpies();
    stack().undo();
    checkRowArguments(spies[mine]->inserted, end, end);
    checkRowArguments(spies[next]->removed, otherEnd, otherEnd);
    check();
}

// ---- Action items ----------------------------------------------------------------------------------------------

void TestSessionModels::actionFilters_data()
{
    QTest::addColumn<QString>("team"); // empty: every team
    QTest::addColumn<int>("status");   // -1: every status
    QTest::addColumn<bool>("openOnly");
    QTest::addColumn<bool>("overdueOnly");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("session"); // "postmortem", "retro", or empty for every session
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QStringList>("overdue");

    const QString all;
    const QString alert = QStringLiteral("Alert on replica lag");         // postmortem, Databases, 20 Feb, open
    const QString canary = QStringLiteral("Add a canary stage");          // postmortem, Platform, 10 Mar, in progress
    const QString runbook = QStringLiteral("Write the failover runbook"); // postmortem, Replication, undated, open
    const QString retry = QStringLiteral("Fix retry");                    // retro, Platform, 25 Feb, done
    const QString cache = QStringLiteral("Drop cache");                   // retro, Databases, 28 Feb, in progress
    const QString idea = QStringLiteral("Old idea");                      // retro, Payments, 15 Jan, dropped
    const QString today = QStringLiteral("Due today");                    // retro, Replication, 1 Mar, open
    // Shown by due date, undated last.
    QTest::newRow("every item on 1 March")
        << all << -1 << false << false << March1 << all
        << QStringList{idea, alert, retry, cache, today, canary, runbook} << QStringList{alert, cache};
    QTest::newRow("department: its teams and their sub-teams")
        << QStringLiteral("Platform") << -1 << false << false << March1 << all
        << QStringList{alert, retry, cache, today, canary, runbook} << QStringList{alert, cache};
    QTest::newRow("team with a sub-team") << QStringLiteral("Databases") << -1 << false << false << March1 << all
                                          << QStringList{alert, cache, today, runbook} << QStringList{alert, cache};
    QTest::newRow("leaf team") << QStringLiteral("Replication") << -1 << false << false << March1 << all
                               << QStringList{today, runbook} << QStringList();
    QTest::newRow("team outside the department")
        << QStringLiteral("Payments") << -1 << false << false << March1 << all << QStringList{idea} << QStringList();
    QTest::newRow("status in progress") << all << int(ActionStatus::InProgress) << false << false << March1 << all
                                        << QStringList{cache, canary} << QStringList{cache};
    QTest::newRow("status done: past due but never overdue")
        << all << int(ActionStatus::Done) << false << false << March1 << all << QStringList{retry} << QStringList();
    QTest::newRow("open only") << all << -1 << true << false << March1 << all
                               << QStringList{alert, cache, today, canary, runbook} << QStringList{alert, cache};
    QTest::newRow("overdue on 1 March: due today is not")
        << all << -1 << false << true << March1 << all << QStringList{alert, cache} << QStringList{alert, cache};
    QTest::newRow("overdue on 2 March") << all << -1 << false << true << QDate(2024, 3, 2) << all
                                        << QStringList{alert, cache, today} << QStringList{alert, cache, today};
    QTest::newRow("overdue a year later: closed and undated never are")
        << all << -1 << false << true << QDate(2025, 3, 1) << all << QStringList{alert, cache, today, canary}
        << QStringList{alert, cache, today, canary};
    QTest::newRow("overdue before anything was due")
        << all << -1 << false << true << QDate(2024, 1, 1) << all << QStringList() << QStringList();
    QTest::newRow("one session") << all << -1 << false << false << March1 << QStringLiteral("postmortem")
                                 << QStringList{alert, canary, runbook} << QStringList{alert};
    QTest::newRow("one session on 11 March")
        << all << -1 << false << false << QDate(2024, 3, 11) << QStringLiteral("postmortem")
        << QStringList{alert, canary, runbook} << QStringList{alert, canary};
    QTest::newRow("other session, overdue only on 2 March")
        << all << -1 << false << true << QDate(2024, 3, 2) << QStringLiteral("retro") << QStringList{cache, today}
        << QStringList{cache, today};
    QTest::newRow("department, open only, one session")
        << QStringLiteral("Databases") << -1 << true << false << March1 << QStringLiteral("retro")
        << QStringList{cache, today} << QStringList{cache};
}

void TestSessionModels::actionFilters()
{
    QFETCH(QString, team);
    QFETCH(int, status);
    QFETCH(bool, openOnly);
    QFETCH(bool, overdueOnly);
    QFETCH(QDate, today);
    QFETCH(QString, session);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, overdue);

    QVERIFY(populate().complete());
    const qint64 retro = addRetro(m_platform, QStringLiteral("Platform retro, February"), at(40));
    QVERIFY(retro > 0);
    const struct
    {
        const char *text;
        qint64 owner;
        QDate due;
        ActionStatus status;
    } items[] = {
        {"Fix retry", m_platform, QDate(2024, 2, 25), ActionStatus::Done},
        {"Drop cache", m_databases, QDate(2024, 2, 28), ActionStatus::InProgress},
        {"Old idea", m_payments, QDate(2024, 1, 15), ActionStatus::Dropped},
        {"Due today", m_replication, QDate(2024, 3, 1), ActionStatus::Open},
    };
    for (const auto &item : items)
        QVERIFY(repo()
                    .insertAction(makeAction(retro, item.owner, QString::fromUtf8(item.text), item.due, item.status))
                    .ok());
    const QHash<QString, qint64> teams = {{QStringLiteral("Platform"), m_platform},
                                          {QStringLiteral("Databases"), m_databases},
                                          {QStringLiteral("Replication"), m_replication},
                                          {QStringLiteral("Payments"), m_payments}};

    ActionFilter filter;
    filter.teamId = teams.value(team);
    if (status >= 0)
        filter.status = static_cast<ActionStatus>(status);
    filter.openOnly = openOnly;
    filter.overdueOnly = overdueOnly;
    if (!session.isEmpty())
        filter.sessionId = session == QLatin1String("retro") ? retro : m_session;

    // Built with the filter, and switched to it from an unfiltered model: the same rows, and never a reset.
    ActionItemsModel filtered(repo(), edits(), filter);
    filtered.setToday(today);
    ActionItemsModel switched(repo(), edits(), ActionFilter());
    switched.setToday(today);
    QAbstractItemModelTester filteredTester(&filtered, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester switchedTester(&switched, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Spies spies(&switched);
    QCOMPARE(switched.rowCount(), 7);
    switched.setFilter(filter);
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(spies.removed.size(), 7 - shown.size());

    for (const ActionItemsModel *model : {&filtered, &switched}) {
        QCOMPARE(model->today(), today);
        QCOMPARE(columnTexts(*model, ActionItemsModel::TextColumn), shown);
        QCOMPARE(model->overdueCount(), int(overdue.size()));
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, ActionItemsModel::TextColumn);
            QCOMPARE(index.data(ActionItemsModel::OverdueRole).toBool(), overdue.contains(index.data().toString()));
        }
    }
    QCOMPARE(switched.filter().teamId, filter.teamId);
    QCOMPARE(switched.filter().sessionId, filter.sessionId);
}

void TestSessionModels::actionOverdueRoles()
{
    const Populated p = populate();
    QVERIFY(p.complete());
    ActionFilter filter;
    filter.sessionId = m_session;
    ActionItemsModel model(repo(), edits(), filter);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.today(), QDate::currentDate());
    model.setToday(March1);
    QCOMPARE(model.today(), March1);
    QCOMPARE(shownIds(model), p.actions);
    QCOMPARE(model.overdueCount(), 1);
    auto cell = [&model](int row, int column) {
        return model.index(row, column);
    };
    using M = ActionItemsModel;

    // Due 20 February, open: ten days late on 1 March (a leap year).
    QVERIFY(cell(0, M::TextColumn).data(M::OverdueRole).toBool());
    QCOMPARE(cell(0, M::DueColumn).data().toString(), QLocale().toString(QDate(2024, 2, 20), QLocale::ShortFormat));
    QCOMPARE(cell(0, M::DueColumn).data(Qt::EditRole).toDate(), QDate(2024, 2, 20));
    QCOMPARE(cell(0, M::DueColumn).data(M::SortRole).toLongLong(), QDate(2024, 2, 20).toJulianDay());
    QCOMPARE(cell(0, M::StatusColumn).data().toString(), QStringLiteral("Open, overdue"));
    QCOMPARE(cell(0, M::StatusColumn).data(Qt::EditRole).toInt(), int(ActionStatus::Open));
    for (int column = 0; column < M::ColumnCount; ++column) {
        QVERIFY(cell(0, column).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(cell(0, column).data(Qt::ToolTipRole).toString(), QStringLiteral("Overdue by 10 day(s)"));
        const bool warned = column == M::DueColumn || column == M::StatusColumn;
        QCOMPARE(cell(0, column).data(Qt::ForegroundRole).canConvert<QColor>(), warned);
    }
    QCOMPARE(cell(0, M::OwnerColumn).data().toString(), QStringLiteral("Databases"));
    QCOMPARE(cell(0, M::FactorColumn).data().toString(), QStringLiteral("Replica lag went unalerted"));
    QCOMPARE(cell(0, M::SourceColumn).data().toString(), QStringLiteral("Replica lag"));
    QCOMPARE(cell(0, M::SourceColumn).data(M::IncidentIdRole).toLongLong(), m_incident);
    QCOMPARE(cell(0, M::KindColumn).data().toString(), QStringLiteral("Detect sooner"));
    QCOMPARE(cell(0, M::KindColumn).data(M::SortRole).toInt(), int(ActionKind::DetectSooner));

    // Due 10 March, in progress: not overdue, nothing stands out.
    QVERIFY(!cell(1, M::TextColumn).data(M::OverdueRole).toBool());
    QCOMPARE(cell(1, M::StatusColumn).data().toString(), QStringLiteral("In progress"));
    QCOMPARE(cell(1, M::TextColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("Add a canary stage"));
    QVERIFY(!cell(1, M::DueColumn).data(Qt::ToolTipRole).isValid());
    for (int column = 0; column < M::ColumnCount; ++column) {
        QVERIFY(!cell(1, column).data(Qt::FontRole).isValid());
        QVERIFY(!cell(1, column).data(Qt::ForegroundRole).isValid());
    }

    // Undated: shows nothing, sorts after every date, and offers two weeks from today to edit.
    QVERIFY(!cell(2, M::TextColumn).data(M::OverdueRole).toBool());
    QCOMPARE(cell(2, M::DueColumn).data().toString(), QString());
    QCOMPARE(cell(2, M::DueColumn).data(M::SortRole).toLongLong(), std::numeric_limits<qint64>::max());
    QCOMPARE(cell(2, M::DueColumn).data(Qt::EditRole).toDate(), QDate(2024, 3, 15));
    QCOMPARE(cell(2, M::FactorColumn).data().toString(), QString());

    // Done: no longer overdue, the row stays (this model shows every status).
    QVERIFY(model.setData(cell(0, M::StatusColumn), int(ActionStatus::Done)));
    QCOMPARE(model.overdueCount(), 0);
    QVERIFY(!cell(0, M::TextColumn).data(M::OverdueRole).toBool());
    QCOMPARE(cell(0, M::StatusColumn).data().toString(), QStringLiteral("Done"));
    QVERIFY(repo().action(p.actions.at(0))->done.isValid());
    stack().undo();
    QCOMPARE(model.overdueCount(), 1);
    QVERIFY(!repo().action(p.actions.at(0))->done.isValid());
}

// What a row shows depends on the day it is measured against: a new day must reach the views.
void TestSessionModels::actionNewTodayUpdatesOverdueRows()
{
    QVERIFY(populate().complete());
    ActionFilter filter;
    filter.sessionId = m_session;
    ActionItemsModel model(repo(), edits(), filter);
    model.setToday(March1);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Spies spies(&model);
    const QModelIndex status = model.index(1, ActionItemsModel::StatusColumn); // due 10 March
    QVERIFY(!status.data(ActionItemsModel::OverdueRole).toBool());

    model.setToday(QDate(2024, 3, 11));
    QCOMPARE(model.overdueCount(), 2);
    QVERIFY(status.data(ActionItemsModel::OverdueRole).toBool());
    QCOMPARE(status.data().toString(), QStringLiteral("In progress, overdue"));
    QCOMPARE(spies.structural(), 0);
    // The rows are the same, but what is overdue changed: views must repaint them.
    QVERIFY(!spies.changed.isEmpty());
}

void TestSessionModels::actionModelsOfOneSessionAndAll()
{
    const Populated p = populate();
    QVERIFY(p.complete());
    const qint64 retro = addRetro(m_platform, QStringLiteral("Platform retro, February"), at(40));
    QVERIFY(retro > 0);
    QVERIFY(repo()
                .insertAction(makeAction(retro, m_databases, QStringLiteral("Drop cache"), QDate(2024, 2, 28),
                                         ActionStatus::InProgress))
                .ok());

    ActionFilter one;
    one.sessionId = m_session;
    ActionFilter openOnly;
    openOnly.openOnly = true;
    ActionItemsModel ofSession(repo(), edits(), one);
    ActionItemsModel everything(repo(), edits(), ActionFilter());
    ActionItemsModel openOnes(repo(), edits(), openOnly);
    const std::vector<std::pair<ActionItemsModel *, ActionFilter>> models = {
        {&ofSession, one}, {&everything, ActionFilter()}, {&openOnes, openOnly}};
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (const auto &[model, filter] : models) {
        model->setToday(March1);
        testers.push_back(
            std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    Spies sessionSpies(&ofSession);
    Spies allSpies(&everything);
    Spies openSpies(&openOnes);
    auto check = [&] {
        for (const auto &[model, filter] : models) {
            ActionFilter withToday = filter;
            withToday.today = March1;
            QCOMPARE(shownIds(*model), idsOf(repo().actionRows(withToday)));
        }
        QCOMPARE(sessionSpies.reset.size() + allSpies.reset.size() + openSpies.reset.size(), 0);
    };
    auto clear = [&] {
        sessionSpies.clear();
        allSpies.clear();
        openSpies.clear();
    };
    QCOMPARE(ofSession.rowCount(), 3);
    QCOMPARE(everything.rowCount(), 4);
    QCOMPARE(openOnes.rowCount(), 4);
    QCOMPARE(everything.index(1, ActionItemsModel::SourceColumn).data().toString(),
             QStringLiteral("Platform retro, February"));
    QCOMPARE(everything.index(1, ActionItemsModel::SourceColumn).data(ActionItemsModel::IncidentIdRole).toLongLong(),
             0);
    check();

    // Added to the retro: the models across sessions insert it at its due date; the postmortem's model is silent.
    QVERIFY(edits()
                .addAction(makeAction(retro, m_platform, QStringLiteral("Rotate the deploy keys"), QDate(2024, 3, 5)))
                .ok());
    checkRowArguments(allSpies.inserted, 2, 2);
    checkRowArguments(openSpies.inserted, 2, 2);
    QCOMPARE(sessionSpies.structural() + int(sessionSpies.changed.size()), 0);
    check();
    clear();

    // Added to the postmortem: all three insert it.
    QVERIFY(edits()
                .addAction(
                    makeAction(m_session, m_payments, QStringLiteral("Page the payments team too"), QDate(2024, 3, 20)))
                .ok());
    QCOMPARE(sessionSpies.inserted.size(), 1);
    QCOMPARE(allSpies.inserted.size(), 1);
    QCOMPARE(openSpies.inserted.size(), 1);
    check();
    clear();

    // Marked done in place: it stays where every status shows, and leaves the open list; undo brings it back.
    const int openRow = shownRow(openOnes, p.actions.at(0));
    QVERIFY(openRow >= 0);
    QVERIFY(openOnes.setData(openOnes.index(openRow, ActionItemsModel::StatusColumn), int(ActionStatus::Done)));
    checkRowArguments(openSpies.removed, openRow, openRow);
    QCOMPARE(sessionSpies.structural() + allSpies.structural(), 0);
    QCOMPARE(sessionSpies.changed.size(), 1);
    QCOMPARE(allSpies.changed.size(), 1);
    check();
    clear();
    stack().undo();
    checkRowArguments(openSpies.inserted, openRow, openRow);
    check();
    clear();

    // The factor an item addresses is renamed, then removed: the rows follow; undo links it again.
    ContributingFactor factor = repo().factor(p.factors.at(0)).value();
    factor.text = QStringLiteral("Replica lag had no alert");
    QVERIFY(edits().editFactor(factor).ok());
    QCOMPARE(ofSession.index(0, ActionItemsModel::FactorColumn).data().toString(), factor.text);
    QCOMPARE(sessionSpies.structural(), 0);
    QCOMPARE(sessionSpies.changed.size(), 1);
    QVERIFY(edits().removeFactor(factor.id).ok());
    QCOMPARE(ofSession.index(0, ActionItemsModel::FactorColumn).data().toString(), QString());
    stack().undo();
    QCOMPARE(ofSession.index(0, ActionItemsModel::FactorColumn).data().toString(), factor.text);
    QCOMPARE(sessionSpies.structural(), 0);
    check();
    clear();

    // The retro is removed with its items: gone from the models across sessions only.
    const int retroItems = int(repo().actions(retro).size());
    QVERIFY(repo().removeSession(retro).ok());
    QCOMPARE(int(allSpies.removed.size()), retroItems);
    QCOMPARE(sessionSpies.structural(), 0);
    check();
}

void TestSessionModels::actionEarlierOpenItems()
{
    const Populated p = populate();
    QVERIFY(p.complete());
    // A later retro of the postmortem's team sees the postmortem's open items.
    const qint64 later = addRetro(m_databases, QStringLiteral("Databases retro, March"), at(50));
    QVERIFY(later > 0);
    QVERIFY(repo().insertAction(makeAction(later, m_databases, QStringLiteral("Own item of the retro"))).ok());
    ActionFilter filter;
    filter.earlierThanSessionId = later;
    ActionItemsModel model(repo(), edits(), filter);
    model.setToday(March1);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Spies spies(&model);

    QCOMPARE(shownIds(model), p.actions);
    QCOMPARE(shownIds(model), idsOf(repo().earlierOpenActions(later)));
    QCOMPARE(model.overdueCount(), 1);

    // Marked done from the retro: no longer open, so it leaves.
    QVERIFY(model.setData(model.index(1, ActionItemsModel::StatusColumn), int(ActionStatus::Done)));
    checkRowArguments(spies.removed, 1, 1);
    QCOMPARE(shownIds(model), (QList<qint64>{p.actions.at(0), p.actions.at(2)}));
    QCOMPARE(stack().undoText(), QStringLiteral("Mark “Add a canary stage” done"));
    spies.clear();
    stack().undo();
    checkRowArguments(spies.inserted, 1, 1);
    QCOMPARE(shownIds(model), p.actions);
}

// ---- Sessions --------------------------------------------------------------------------------------------------

void TestSessionModels::sessionTableNewestFirst()
{
    const qint64 older =
        idOf(m_store->incidents.insert(makeIncident(m_platform, QStringLiteral("Certificate expired"))), "incident");
    const qint64 oldest = idOf(repo().insertSession(makePostmortem(older, m_platform, at(0, 10))), "session");
    const qint64 retro = addRetro(m_payments, QStringLiteral("Payments retro, February"), at(0, 50));
    QVERIFY(oldest > 0 && retro > 0);

    SessionTableModel model(repo());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Spies spies(&model);
    using M = SessionTableModel;

    QCOMPARE(shownIds(model), (QList<qint64>{retro, m_session, oldest}));
    QCOMPARE(columnTexts(model, M::TitleColumn),
             (QStringList{QStringLiteral("Payments retro, February"), QStringLiteral("Replica lag"),
                          QStringLiteral("Certificate expired")}));
    QCOMPARE(columnTexts(model, M::KindColumn),
             (QStringList{QStringLiteral("Retro"), QStringLiteral("Postmortem"), QStringLiteral("Postmortem")}));
    QCOMPARE(columnTexts(model, M::TeamColumn),
             (QStringList{QStringLiteral("Payments"), QStringLiteral("Databases"), QStringLiteral("Platform")}));
    QCOMPARE(columnTexts(model, M::PhaseColumn), QStringList(3, QStringLiteral("Opening")));
    const QDateTime created[] = {at(0, 50), at(0, 30), at(0, 10)};
    for (int row = 0; row < 3; ++row) {
        const QModelIndex index = model.index(row, M::CreatedColumn);
        QCOMPARE(index.data(M::SortRole).toLongLong(), created[row].toSecsSinceEpoch());
        QCOMPARE(index.data().toString(), QLocale().toString(created[row].toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(index.data(Qt::ToolTipRole), index.data());
        QVERIFY(!index.data(Qt::EditRole).isValid());
        QVERIFY(!model.flags(index).testFlag(Qt::ItemIsEditable));
    }

    // A session started in between is inserted in between.
    const qint64 between = addRetro(m_platform, QStringLiteral("Platform retro"), at(0, 40));
    checkRowArguments(spies.inserted, 1, 1);
    QCOMPARE(spies.structural(), 1);
    QCOMPARE(shownIds(model), idsOf(repo().sessions()));
    spies.clear();

    // A phase change changes that row only.
    const int row = shownRow(model, m_session);
    QCOMPARE(row, 2);
    Session session = repo().session(m_session).value();
    session.record(Phase::Opening).agreed = at(1);
    session.record(Phase::Timeline).started = at(1);
    QVERIFY(repo()
                .changePhase(m_session, Phase::Timeline, session.phases,
                             {at(1), Phase::Opening, PhaseLogEntry::Agreed, QStringLiteral("Sam Rivers"), {}})
                .ok());
    QCOMPARE(spies.structural(), 0);
    QCOMPARE(spies.changed.size(), 1);
    QCOMPARE(spies.changed.at(0).at(0).value<QModelIndex>().row(), row);
    QCOMPARE(spies.changed.at(0).at(1).value<QModelIndex>().row(), row);
    QCOMPARE(model.index(row, M::PhaseColumn).data().toString(), QStringLiteral("Timeline"));
    QCOMPARE(model.index(row, M::PhaseColumn).data(M::SortRole).toInt(), int(Phase::Timeline));
    spies.clear();

    // Removed: one row out.
    QVERIFY(repo().removeSession(between).ok());
    checkRowArguments(spies.removed, 1, 1);
    QCOMPARE(shownIds(model), (QList<qint64>{retro, m_session, oldest}));
    QCOMPARE(spies.reset.size(), 0);
}

void TestSessionModels::sessionTablePhaseAndKind_data()
{
    QTest::addColumn<bool>("retro");
    QTest::addColumn<int>("phase");
    QTest::addColumn<QString>("kindName");
    QTest::addColumn<QString>("phaseName");

    const QString postmortem = QStringLiteral("Postmortem");
    const QString retro = QStringLiteral("Retro");
    QTest::newRow("postmortem, opening") << false << int(Phase::Opening) << postmortem << QStringLiteral("Opening");
    QTest::newRow("postmortem, timeline") << false << int(Phase::Timeline) << postmortem << QStringLiteral("Timeline");
    QTest::newRow("postmortem, factors") << false << int(Phase::Factors) << postmortem
                                         << QStringLiteral("Contributing factors");
    QTest::newRow("postmortem, actions") << false << int(Phase::Actions) << postmortem << QStringLiteral("Actions");
    QTest::newRow("postmortem, closing") << false << int(Phase::Closing) << postmortem << QStringLiteral("Closing");
    QTest::newRow("postmortem, finished") << false << int(Phase::Finished) << postmortem << QStringLiteral("Finished");
    QTest::newRow("retro, opening") << true << int(Phase::Opening) << retro << QStringLiteral("Opening");
    QTest::newRow("retro, notable events") << true << int(Phase::Timeline) << retro << QStringLiteral("Notable events");
    QTest::newRow("retro, helped and hindered")
        << true << int(Phase::Factors) << retro << QStringLiteral("Helped and hindered");
    QTest::newRow("retro, actions") << true << int(Phase::Actions) << retro << QStringLiteral("Actions");
    QTest::newRow("retro, finished") << true << int(Phase::Finished) << retro << QStringLiteral("Finished");
}

void TestSessionModels::sessionTablePhaseAndKind()
{
    QFETCH(bool, retro);
    QFETCH(int, phase);
    QFETCH(QString, kindName);
    QFETCH(QString, phaseName);

    const qint64 id = retro ? addRetro(m_platform, QStringLiteral("Platform retro"), at(2)) : m_session;
    QVERIFY(id > 0);
    SessionTableModel model(repo());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (phase != int(Phase::Opening)) {
        const Session session = repo().session(id).value();
        QVERIFY(repo()
                    .changePhase(id, static_cast<Phase>(phase), session.phases,
                                 {at(3), Phase::Opening, PhaseLogEntry::Skipped, QStringLiteral("Sam Rivers"),
                                  QStringLiteral("Testing")})
                    .ok());
    }

    const int row = shownRow(model, id);
    QVERIFY(row >= 0);
    const QModelIndex kind = model.index(row, SessionTableModel::KindColumn);
    const QModelIndex shownPhase = model.index(row, SessionTableModel::PhaseColumn);
    QCOMPARE(kind.data().toString(), kindName);
    QCOMPARE(shownPhase.data().toString(), phaseName);
    QCOMPARE(shownPhase.data(Qt::ToolTipRole).toString(), phaseName);
    QCOMPARE(shownPhase.data(SessionTableModel::SortRole).toInt(), phase);
    QCOMPARE(shownPhase.data(SessionTableModel::IdRole).toLongLong(), id);
}

void TestSessionModels::renamedSourcesShow_data()
{
    QTest::addColumn<QString>("renamed");

    QTest::newRow("retro title") << QStringLiteral("retro");
    QTest::newRow("incident title") << QStringLiteral("incident");
    QTest::newRow("owner team") << QStringLiteral("team");
}

// The sessions list and the action items show titles and team names kept elsewhere; a rename must show. The models
// follow the postmortem repository themselves; renamed incidents and teams reach them through reload(), which the
// main window connects to those repositories' signals (as done here; tst_gui checks the window's wiring).
void TestSessionModels::renamedSourcesShow()
{
    QFETCH(QString, renamed);

    QVERIFY(populate().complete());
    const qint64 retro = addRetro(m_databases, QStringLiteral("Databases retro"), at(40));
    QVERIFY(retro > 0);
    QVERIFY(repo().insertAction(makeAction(retro, m_databases, QStringLiteral("Drop cache"), QDate(2024, 3, 3))).ok());
    SessionTableModel sessions(repo());
    ActionItemsModel actions(repo(), edits(), ActionFilter());
    actions.setToday(March1);
    connect(&m_store->incidents, &IncidentRepository::updated, &sessions, &SessionTableModel::reload);
    connect(&m_store->teams, &TeamRepository::teamUpdated, &sessions, &SessionTableModel::reload);
    connect(&m_store->incidents, &IncidentRepository::updated, &actions, &ActionItemsModel::reload);
    connect(&m_store->teams, &TeamRepository::teamUpdated, &actions, &ActionItemsModel::reload);
    QAbstractItemModelTester sessionsTester(&sessions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester actionsTester(&actions, QAbstractItemModelTester::FailureReportingMode::QtTest);

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

    QStringList storedSessions;
    for (const SessionRow &row : repo().sessions())
        storedSessions.append(row.title + QLatin1Char('/') + row.teamName);
    QStringList shownSessions;
    for (int row = 0; row < sessions.rowCount(); ++row) {
        shownSessions.append(sessions.index(row, SessionTableModel::TitleColumn).data().toString() + QLatin1Char('/') +
                             sessions.index(row, SessionTableModel::TeamColumn).data().toString());
    }
    QStringList storedActions;
    for (const ActionRow &row : repo().actionRows({}))
        storedActions.append(row.source + QLatin1Char('/') + row.ownerTeamName);
    QStringList shownActions;
    for (int row = 0; row < actions.rowCount(); ++row) {
        shownActions.append(actions.index(row, ActionItemsModel::SourceColumn).data().toString() + QLatin1Char('/') +
                            actions.index(row, ActionItemsModel::OwnerColumn).data().toString());
    }

    QCOMPARE(shownSessions, storedSessions);
    QCOMPARE(shownActions, storedActions);
    // The rename really reached the rows.
    const QString expected = renamed == QLatin1String("retro")      ? QStringLiteral("Databases retro, March")
                             : renamed == QLatin1String("incident") ? QStringLiteral("Replica lag on db-3")
                                                                    : QStringLiteral("Data stores");
    QVERIFY2(shownSessions.join(QLatin1Char(' ')).contains(expected), qPrintable(shownSessions.join(QLatin1Char(' '))));
}

QTEST_MAIN(TestSessionModels)
#include "tst_sessionmodels.moc"
