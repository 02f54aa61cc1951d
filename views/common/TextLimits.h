#pragma once

#include "domain/Validation.h"

#include <QPlainTextEdit>
#include <QStyledItemDelegate>

namespace candor {

// Every text field holds at most one of the Limits in models/domain/Validation.h; the repositories refuse longer
// texts. In the GUI: line edits get the limit as their maxLength; multi-line editors are LimitedTextEdits, which
// refuse a paste, a drop or a keystroke that would pass the limit, leave the text as it was, and say so at the
// cursor; table cells that hold long texts are edited through a LongTextDelegate.
class LimitedTextEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit LimitedTextEdit(QWidget *parent = nullptr);
    LimitedTextEdit(const QString &text, QWidget *parent = nullptr);

    int maximumLength() const { return m_maximum; }
    void setMaximumLength(int maximum) { m_maximum = maximum; }
    // The message a refusal shows (also used by tests): how long the text would be and what the field holds.
    static QString refusalMessage(qsizetype wouldBe, int maximum);

signals:
    // A paste, drop or keystroke was refused; nothing was added.
    void refused(const QString &message);

protected:
    void insertFromMimeData(const QMimeData *source) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // How long the text would be with `added` characters in place of the selection.
    qsizetype lengthWith(qsizetype added) const;
    void refuse(qsizetype wouldBe);

    int m_maximum = Limits::TextLength;
};

// A delegate whose line editor takes texts up to Limits::TextLength whole: a QLineEdit holds 32,767 characters by
// default and would cut a longer text the moment its cell is edited. When the stored text changes while someone is
// typing in the cell (another desktop sharing the database edited the same item), what they typed stays in the
// editor and a note at the cell says what is stored now: Enter writes theirs over it, Escape keeps what is stored.
class LongTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
};

} // namespace candor
