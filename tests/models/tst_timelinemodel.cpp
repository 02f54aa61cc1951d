// TimelineModel under QAbstractItemModelTester: empty and populated, in time order whatever order events were
// added in, its roles and flags, edits made through SessionEdits as precise row signals (never a reset), and cell
// edits that become undoable commands (a new time moves the row), are refused with editFailed, or push nothing.
#include "domain/Validation.h"
#include "models/SessionModelFixture.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace candor;
using namespace candor::testdata;

class TestTimelineModel : public EditableSessionModelTest
{
    Q_OBJECT

protected:
    Subject subject() override
    {
        return {[this] { return std::make_unique<TimelineModel>(repo(), edits(), m_session); },
                [this] {
                    return idsOf(repo().events(m_session));
                }};
    }
    int expectedColumns() const override { return TimelineModel::ColumnCount; }
    void headerRows() override;
    void undoableEditRows() override;
    void refusedEditRows() override;
    void unchangedEditRows() override;

private slots:
    void roles();
    void kindColumn_data();
    void kindColumn();
    void followsEdits_data();
    void followsEdits();
    void timeEditMovesRow_data();
    void timeEditMovesRow();
};

// ---- Rows of the test functions every session model passes ------------------------------------------------------

void TestTimelineModel::headerRows()
{
    // As the class comment promises: timeline cells edit in place.
    QTest::newRow("time") << int(TimelineModel::TimeColumn) << QStringLiteral("Time") << true;
    QTest::newRow("kind") << int(TimelineModel::KindColumn) << QStringLiteral("Kind") << true;
    QTest::newRow("text") << int(TimelineModel::TextColumn) << QStringLiteral("What happened") << true;
}

void TestTimelineModel::undoableEditRows()
{
    const QString pager = QStringLiteral("Pager fired for checkout errors");
    QTest::newRow("text") << 0 << int(TimelineModel::TextColumn) << QVariant(QStringLiteral("Pager fired twice"))
                          << QStringLiteral("Edit timeline event “Pager fired twice”");
    QTest::newRow("kind") << 0 << int(TimelineModel::KindColumn) << QVariant(int(EventKind::KeyMoment))
                          << QStringLiteral("Edit timeline event “%1”").arg(pager);
    QTest::newRow("time, same place") << 0 << int(TimelineModel::TimeColumn) << QVariant(at(10, 7))
                                      << QStringLiteral("Edit timeline event “%1”").arg(pager);
}

void TestTimelineModel::refusedEditRows()
{
    const int edit = Qt::EditRole;
    QTest::newRow("empty text") << int(TimelineModel::TextColumn) << edit << QVariant(QString()) << true;
    QTest::newRow("blank text") << int(TimelineModel::TextColumn) << edit << QVariant(QStringLiteral(" \t\n")) << true;
    QTest::newRow("text too long") << int(TimelineModel::TextColumn) << edit
                                   << QVariant(QString(Limits::TextLength + 1, QLatin1Char('x'))) << true;
    QTest::newRow("no time") << int(TimelineModel::TimeColumn) << edit << QVariant() << true;
    QTest::newRow("unknown kind") << int(TimelineModel::KindColumn) << edit << QVariant(42) << true;
    QTest::newRow("display role") << int(TimelineModel::TextColumn) << int(Qt::DisplayRole)
                                  << QVariant(QStringLiteral("Pager fired")) << false;
}

void TestTimelineModel::unchangedEditRows()
{
    QTest::newRow("time") << 1 << int(TimelineModel::TimeColumn) << false;
    QTest::newRow("kind") << 1 << int(TimelineModel::KindColumn) << false;
    QTest::newRow("text") << 1 << int(TimelineModel::TextColumn) << false;
}

// ---- The timeline ------------------------------------------------------------------------------------------------

void TestTimelineModel::roles()
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

void TestTimelineModel::kindColumn_data()
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

void TestTimelineModel::kindColumn()
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

void TestTimelineModel::followsEdits_data()
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

void TestTimelineModel::followsEdits()
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

void TestTimelineModel::timeEditMovesRow_data()
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

void TestTimelineModel::timeEditMovesRow()
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

QTEST_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
