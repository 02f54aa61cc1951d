// The choice a person gets when their edit meets another desktop's (ConflictChoice): the dialog says what happened
// and offers "Keep theirs" (the default; nothing is written and the table shows what is stored) and "Write mine over
// theirs" (the edit is written unconditionally); an item deleted elsewhere is only said to be gone. Two desktops on one
// database file, the timeline table of one.
#include "common/ConflictChoice.h"
#include "common/MessageBox.h"
#include "common/PostmortemData.h"
#include "common/TestDatabase.h"
#include "item/TimelineModel.h"
#include "storage/Database.h"
#include "storage/TeamRepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QWidget>

#include <memory>

using namespace candor;
using namespace candor::testdata;

namespace {

// One desktop: its own connection, repositories and undo facade.
struct Desktop : testdata::Store
{
    using Store::Store;
    PostmortemRepository postmortems{database};
    QUndoStack stack;
    SessionEdits edits{stack, postmortems};
};

} // namespace

class tst_ConflictChoice : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void cleanupTestCase() { testdb::dropAll(); }

    void keepTheirsWritesNothing();
    void writeMineOverTheirs();
    void noConflictAsksNothing();
    void deletedElsewhereIsOnlyTold();

private:
    // B changes the event A's table shows; returns the row of A's table.
    int theyChangeIt(const QString &text);

    QTemporaryDir m_dir;
    std::unique_ptr<Desktop> m_a;
    std::unique_ptr<Desktop> m_b;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<TimelineModel> m_model;
    qint64 m_session = 0;
    qint64 m_event = 0;
    int m_count = 0;
};

void tst_ConflictChoice::init()
{
    CANDOR_TEST_LOCATION(location, m_dir, QStringLiteral("choice%1").arg(++m_count));
    m_a = std::make_unique<Desktop>(location);
    QVERIFY2(m_a->status.ok(), qPrintable(m_a->status.error()));
    m_b = std::make_unique<Desktop>(location);
    QVERIFY2(m_b->status.ok(), qPrintable(m_b->status.error()));
    const qint64 team = m_a->teams.insertTeam(makeTeam(QStringLiteral("Payments"))).value();
    m_session = m_a->postmortems.insertSession(makeRetro(team, QStringLiteral("March retro"), at(1))).value();
    m_event = m_a->postmortems.insertEvent(makeEvent(m_session, at(2), QStringLiteral("Pager fired"))).value();
    m_window = std::make_unique<QWidget>();
    ConflictChoice::install(m_a->edits, m_window.get());
    m_model = std::make_unique<TimelineModel>(m_a->postmortems, m_a->edits, m_session);
    QCOMPARE(m_model->rowCount(), 1);
    MessageBox::clearShown();
}

void tst_ConflictChoice::cleanup()
{
    MessageBox::setScripted(false);
    m_model.reset();
    m_window.reset();
    m_b.reset();
    m_a.reset();
}

int tst_ConflictChoice::theyChangeIt(const QString &text)
{
    TimelineEvent theirs = m_b->postmortems.event(m_event).value();
    theirs.text = text;
    if (!m_b->postmortems.updateEvent(theirs).ok())
        return -1;
    return 0; // A's table has not heard: no change feed between two files
}

void tst_ConflictChoice::keepTheirsWritesNothing()
{
    const int row = theyChangeIt(QStringLiteral("Pager fired twice"));
    QCOMPARE(row, 0);
    MessageBox::setNextAnswer(QMessageBox::No);
    const QModelIndex cell = m_model->index(row, TimelineModel::TextColumn);
    QVERIFY(m_model->setData(cell, QStringLiteral("Pager never fired")));

    QCOMPARE(MessageBox::shown().size(), 1);
    QVERIFY2(MessageBox::shown().first().contains(QStringLiteral("Pager fired twice")),
             qPrintable(MessageBox::shown().first()));
    QCOMPARE(m_b->postmortems.event(m_event)->text, QStringLiteral("Pager fired twice"));
    QCOMPARE(m_a->stack.count(), 0);
    // The table shows what is stored now, and an edit of it goes through without asking.
    QTRY_COMPARE(m_model->data(cell).toString(), QStringLiteral("Pager fired twice"));
    QVERIFY(m_model->setData(cell, QStringLiteral("Pager fired three times")));
    QCOMPARE(MessageBox::shown().size(), 1);
    QCOMPARE(m_b->postmortems.event(m_event)->text, QStringLiteral("Pager fired three times"));
}

void tst_ConflictChoice::writeMineOverTheirs()
{
    const int row = theyChangeIt(QStringLiteral("Pager fired twice"));
    QCOMPARE(row, 0);
    // The real dialog: its two buttons say what they do, and keeping theirs is the default.
    QStringList labels;
    QString defaultLabel;
    bool clicked = false;
    QTimer::singleShot(0, this, [&]() {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons())
            labels.append(button->text());
        if (box->defaultButton())
            defaultLabel = box->defaultButton()->text();
        if (QAbstractButton *mine = box->button(QMessageBox::Yes)) {
            clicked = true;
            mine->click();
        }
    });
    QVERIFY(m_model->setData(m_model->index(row, TimelineModel::TextColumn), QStringLiteral("Pager never fired")));
    QVERIFY(clicked);
    QVERIFY2(labels.contains(QStringLiteral("Keep theirs")), qPrintable(labels.join(QLatin1Char('|'))));
    QVERIFY2(labels.contains(QStringLiteral("Write mine over theirs")), qPrintable(labels.join(QLatin1Char('|'))));
    QCOMPARE(defaultLabel, QStringLiteral("Keep theirs"));
    QCOMPARE(m_b->postmortems.event(m_event)->text, QStringLiteral("Pager never fired"));
    // Undoable like any edit: back to what was stored before it (theirs).
    QCOMPARE(m_a->stack.count(), 1);
    m_a->stack.undo();
    QCOMPARE(m_b->postmortems.event(m_event)->text, QStringLiteral("Pager fired twice"));
}

void tst_ConflictChoice::noConflictAsksNothing()
{
    MessageBox::setScripted(true);
    QVERIFY(m_model->setData(m_model->index(0, TimelineModel::TextColumn), QStringLiteral("Pager fired at 14:05")));
    QVERIFY(MessageBox::shown().isEmpty());
    QCOMPARE(m_b->postmortems.event(m_event)->text, QStringLiteral("Pager fired at 14:05"));
}

void tst_ConflictChoice::deletedElsewhereIsOnlyTold()
{
    // B deletes the event A's table still shows; A edits it.
    QVERIFY(m_b->postmortems.removeEvent(m_event).ok());
    MessageBox::setScripted(true);
    QVERIFY(m_model->setData(m_model->index(0, TimelineModel::TextColumn), QStringLiteral("Pager never fired")));
    // One message that says so, and no choice: there is nothing to write over.
    QCOMPARE(MessageBox::shown().size(), 1);
    const QString told = MessageBox::shown().first();
    QVERIFY2(told.contains(QStringLiteral("deleted on another desktop")), qPrintable(told));
    QVERIFY2(!told.contains(QStringLiteral("write yours over theirs")), qPrintable(told));
    QVERIFY(m_b->postmortems.events(m_session).isEmpty());
    QCOMPARE(m_a->stack.count(), 0);
}

QTEST_MAIN(tst_ConflictChoice)
#include "tst_conflictchoice.moc"
