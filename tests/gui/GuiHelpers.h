// Helpers the GUI tests share: finding widgets by objectName, real input events as a person makes them, reading what
// views show, and steps in the facilitator console. Header-only; include as "gui/GuiHelpers.h". A helper that checks
// with QTest macros returns void: call it inside STEP(). Steps through the main window are in gui/AppFixture.h.
#pragma once

#include "item/TeamTreeModel.h"
#include "postmortem/BlameLanguageChecker.h"
#include "postmortem/PostmortemSession.h"
#include "postmortem/SessionConsole.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QTreeView>

#include <functional>

// Runs a helper that checks with QTest macros, and ends the test when the helper failed.
#define STEP(call)                                                                                                     \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

namespace candor::testgui {

// ---- Widgets --------------------------------------------------------------------------------------------------

// A descendant by objectName, or null (also below a null root: a closed window fails a check, not the run).
template <typename T>
T *find(const QWidget *root, const char *name)
{
    return root ? root->findChild<T *>(QString::fromLatin1(name)) : nullptr;
}

// The same, for names built at run time ("safetyTally3").
template <typename T>
T *find(const QWidget *root, const QString &name)
{
    return root ? root->findChild<T *>(name) : nullptr;
}

// Makes a window the active one, where key presses go, as clicking it would.
inline void activate(QWidget *window)
{
    QVERIFY(window);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
}

// ---- Input ----------------------------------------------------------------------------------------------------

// Clicks a check box where a person would: its indicator and label, not the empty space a form stretches it to.
inline void clickCheckBox(QCheckBox *box)
{
    QVERIFY(box);
    QStyleOptionButton option;
    option.initFrom(box);
    option.text = box->text();
    const QRect area = box->style()->subElementRect(QStyle::SE_CheckBoxClickRect, &option, box);
    QTest::mouseClick(box, Qt::LeftButton, {}, area.center());
}

// Types into an editor as a person does: focus it, then the keys.
inline void typeInto(QWidget *edit, const QString &text)
{
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

// Replaces an editor's text (a line edit, a spin box) as a person does: select all, type.
inline void retype(QWidget *edit, const QString &text)
{
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
}

// Types a time into a time editor, hour section first, the way the keyboard reaches it.
inline void typeTime(QTimeEdit *edit, const QTime &time)
{
    QVERIFY(edit);
    edit->setFocus();
    edit->setCurrentSection(QDateTimeEdit::HourSection);
    QTest::keyClicks(edit, time.toString(QStringLiteral("HH:mm")));
    QCOMPARE(edit->time(), time);
}

// Moves a combo box to the item with `value` (its item data: an enum, a team id) using the keyboard only.
inline void chooseByKeys(QComboBox *combo, const QVariant &value)
{
    QVERIFY(combo);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData() != value; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentData(), value);
}

// ---- What views show ------------------------------------------------------------------------------------------

// A list widget's texts in order, to compare a whole list at once (a failure then shows all of it).
inline QStringList itemTexts(const QListWidget *list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts.append(list->item(i)->text());
    return texts;
}

// One column's display texts, top to bottom, to compare what a table shows and in which order.
inline QStringList columnTexts(const QAbstractItemModel *model, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->index(row, column).data().toString());
    return texts;
}

// The row a flat view shows for the item with `id` (by its model's id role), or -1: rows move as views sort.
inline int rowOfId(const QAbstractItemModel *model, qint64 id, int idRole)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(idRole).toLongLong() == id)
            return row;
    }
    return -1;
}

// The index of the item with `id` anywhere in a tree (depth-first), or an invalid one.
inline QModelIndex indexOfId(const QAbstractItemModel *model, qint64 id, int idRole, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(idRole).toLongLong() == id)
            return index;
        if (const QModelIndex found = indexOfId(model, id, idRole, index); found.isValid())
            return found;
    }
    return {};
}

// The text a table shows in `column` for the item with `id`, or "(no row)", so a failure says which is missing.
inline QString cellText(const QAbstractItemModel *model, qint64 id, int idRole, int column)
{
    const int row = rowOfId(model, id, idRole);
    return row < 0 ? QStringLiteral("(no row)") : model->index(row, column).data().toString();
}

// Clicks a row of a table view (in `column`, the first by default), as a person selects it.
inline void clickRow(QTableView *view, int row, Qt::KeyboardModifiers modifiers = {}, int column = 0)
{
    QVERIFY(view);
    QVERIFY2(row >= 0 && row < view->model()->rowCount(), qPrintable(QString::number(row)));
    const QModelIndex index = view->model()->index(row, column);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
}

// Selects a team in the team tree with a click on its name (expanding its department if need be).
inline void selectTeam(QTreeView *tree, qint64 teamId)
{
    QVERIFY(tree);
    const QModelIndex index = indexOfId(tree->model(), teamId, TeamTreeModel::IdRole);
    QVERIFY2(index.isValid(), qPrintable(QString::number(teamId)));
    tree->scrollTo(index);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
    QTRY_COMPARE(tree->currentIndex().data(TeamTreeModel::IdRole).toLongLong(), teamId);
}

// The hint the blame-language checker shows under an editor for `words`, to compare it exactly.
inline QString hintFor(const QString &words, BlameLanguageChecker::Kind kind)
{
    return QStringLiteral("“%1”: %2").arg(words, BlameLanguageChecker::hint(kind));
}

// ---- The facilitator console ----------------------------------------------------------------------------------

// What the console's result line says while the kiosk goes round: no figure, as one moving with each answer would
// tell the facilitator what the last person answered.
inline const QString collectingInConsole =
    QStringLiteral("Collecting answers on the kiosk. The result appears when you finish collecting.");

// The prefix of a check's widgets in the console: "safetyResult", "closingKioskButton", "closingTally5".
inline QString checkPrefix(CheckKind kind)
{
    return kind == CheckKind::Safety ? QStringLiteral("safety") : QStringLiteral("closing");
}

// How the facilitator submits a person in the opening: Enter in the role field, Enter in the name field, the button.
enum class Submit { EnterInRole, EnterInName, Button };

// Adds a person to the room as a facilitator does; checks the person was added as typed and the fields are ready
// for the next one.
inline void addParticipant(SessionConsole *console, const QString &name, const QString &role,
                           Submit submit = Submit::EnterInRole)
{
    QVERIFY(console);
    auto *nameEdit = find<QLineEdit>(console, "participantNameEdit");
    auto *roleEdit = find<QLineEdit>(console, "participantRoleEdit");
    QVERIFY(nameEdit);
    QVERIFY(roleEdit);
    const qsizetype before = console->session().participants().size();
    nameEdit->setFocus();
    QTest::keyClicks(nameEdit, name);
    roleEdit->setFocus();
    QTest::keyClicks(roleEdit, role);
    if (submit == Submit::Button)
        QTest::mouseClick(find<QPushButton>(console, "addParticipantButton"), Qt::LeftButton);
    else
        QTest::keyClick(submit == Submit::EnterInName ? nameEdit : roleEdit, Qt::Key_Return);
    QCOMPARE(console->session().participants().size(), before + 1);
    const Participant &added = console->session().participants().constLast();
    QCOMPARE(added.name, name);
    QCOMPARE(added.role, role);
    // Ready for the next person.
    QCOMPARE(nameEdit->text(), QString());
    QCOMPARE(roleEdit->text(), QString());
    QCOMPARE(QApplication::focusWidget(), nameEdit);
}

// Checks that a check's paper-slip boxes are empty: they hold slips still to add, never what was collected.
inline void checkSlipBoxesEmpty(SessionConsole *console, CheckKind kind)
{
    QVERIFY(console);
    for (int value = 1; value <= 5; ++value) {
        auto *spin = find<QSpinBox>(console, checkPrefix(kind) + QStringLiteral("Tally%1").arg(value));
        QVERIFY(spin);
        QVERIFY2(spin->value() == 0, qPrintable(QStringLiteral("The box for %1 reads %2 with %3 answers collected")
                                                    .arg(value)
                                                    .arg(spin->text())
                                                    .arg(console->session().tally(kind).total())));
    }
}

// Answers a check on the kiosk as the people in the room do, one after another (by mouse and by keys 1 to 5 in
// turn), then finishes collecting. While the kiosk goes round the console shows no result and Esc does not close the
// kiosk; `whileCollecting` adds a test's own checks, run before the first answer, after each and before finishing.
inline void answerOnKiosk(SessionConsole *console, CheckKind kind, const QList<int> &answers,
                          const std::function<void()> &whileCollecting = {})
{
    QVERIFY(console);
    const QString prefix = checkPrefix(kind);
    auto *result = find<QLabel>(console, prefix + QStringLiteral("Result"));
    QVERIFY(result);
    const auto checkCollecting = [&]() {
        QVERIFY(console->session().isCollecting(kind));
        QCOMPARE(result->text(), collectingInConsole);
        if (whileCollecting)
            whileCollecting();
    };
    QTest::mouseClick(find<QPushButton>(console, prefix + QStringLiteral("KioskButton")), Qt::LeftButton);
    QTRY_VERIFY(find<QDialog>(console, "checkKiosk") && find<QDialog>(console, "checkKiosk")->isVisible());
    QPointer<QDialog> kiosk = find<QDialog>(console, "checkKiosk");
    STEP(checkCollecting());
    for (int i = 0; i < answers.size(); ++i) {
        const int value = answers.at(i);
        auto *button = find<QPushButton>(kiosk.data(), QStringLiteral("answer%1").arg(value));
        QVERIFY(button);
        QTRY_VERIFY(button->isVisible());
        if (i % 2 == 0)
            QTest::mouseClick(button, Qt::LeftButton);
        else
            QTest::keyClick(kiosk.data(), Qt::Key(Qt::Key_0 + value)); // keys 1 to 5 answer too
        // The answer leaves the screen before it is passed on.
        QTRY_VERIFY(find<QLabel>(kiosk.data(), "kioskThanks")->isVisible());
        QVERIFY(!button->isVisible());
        // Nothing moves after an answer, whatever the count now is.
        STEP(checkCollecting());
        QTest::mouseClick(find<QPushButton>(kiosk.data(), "nextPersonButton"), Qt::LeftButton);
    }
    STEP(checkCollecting());
    // Esc does not hand the console to whoever holds the kiosk.
    QTest::keyClick(kiosk.data(), Qt::Key_Escape);
    QVERIFY(kiosk && kiosk->isVisible());
    QTest::mouseClick(find<QPushButton>(kiosk.data(), "finishKioskButton"), Qt::LeftButton);
    QTRY_VERIFY(kiosk.isNull());
    // Finished: the result (or how many answered, below 3) is back.
    QVERIFY(!console->session().isCollecting(kind));
    QVERIFY(result->text() != collectingInConsole);
}

} // namespace candor::testgui
