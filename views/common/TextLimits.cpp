#include "TextLimits.h"

#include "ChoiceDelegate.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolTip>

namespace candor {

LimitedTextEdit::LimitedTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{}

LimitedTextEdit::LimitedTextEdit(const QString &text, QWidget *parent)
    : QPlainTextEdit(text, parent)
{}

QString LimitedTextEdit::refusalMessage(qsizetype wouldBe, int maximum)
{
    const QLocale locale;
    return tr("This field holds up to %1 characters; with that it would have %2. Nothing was added: shorten the text "
              "first, or keep the long text in a document and link to it.")
        .arg(locale.toString(maximum), locale.toString(wouldBe));
}

qsizetype LimitedTextEdit::lengthWith(qsizetype added) const
{
    const QTextCursor cursor = textCursor();
    // characterCount() counts the paragraph separator that ends the document.
    return document()->characterCount() - 1 - (cursor.selectionEnd() - cursor.selectionStart()) + added;
}

void LimitedTextEdit::refuse(qsizetype wouldBe)
{
    const QString message = refusalMessage(wouldBe, m_maximum);
    QToolTip::showText(viewport()->mapToGlobal(cursorRect().bottomLeft()), message, this);
    emit refused(message);
}

void LimitedTextEdit::insertFromMimeData(const QMimeData *source)
{
    if (source && source->hasText()) {
        const qsizetype wouldBe = lengthWith(source->text().size());
        if (wouldBe > m_maximum) {
            refuse(wouldBe);
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

void LimitedTextEdit::keyPressEvent(QKeyEvent *event)
{
    const QString typed = event->text();
    if (!isReadOnly() && !typed.isEmpty() && typed.at(0).isPrint() && !event->matches(QKeySequence::Paste)) {
        if (const qsizetype wouldBe = lengthWith(typed.size()); wouldBe > m_maximum) {
            refuse(wouldBe);
            event->accept();
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}

QWidget *LongTextDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (editor)
        editor->setAccessibleName(cellEditorName(parent, index));
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setMaxLength(Limits::TextLength);
    return editor;
}

void LongTextDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const char *const loaded = "candorLoadedText";
    const QString stored = index.data(Qt::EditRole).toString();
    const QVariant before = line->property(loaded);
    // The first load, or nothing typed since the last one: the editor shows what is stored.
    if (!before.isValid() || line->text() == before.toString()) {
        line->setProperty(loaded, stored);
        if (line->text() != stored)
            line->setText(stored);
        return;
    }
    if (stored == before.toString())
        return;
    // Someone else changed it while this person typed: their typing stays, and they choose.
    line->setProperty(loaded, stored);
    const QString note = tr("Changed on another desktop while you were typing; it now reads “%1”. Press Enter to "
                            "write yours over it, or Escape to keep it.")
                             .arg(stored.size() > 200 ? stored.left(199) + QChar(0x2026) : stored);
    line->setToolTip(note);
    if (line->isVisible())
        QToolTip::showText(line->mapToGlobal(QPoint(0, line->height())), note, line);
}

} // namespace candor
