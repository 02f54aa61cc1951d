#pragma once

#include "common/TextLimits.h"
#include "postmortem/BlameLanguageChecker.h"

#include <QPlainTextEdit>
#include <QStyledItemDelegate>
#include <QSyntaxHighlighter>

#include <functional>

namespace candor {

// The blame-language checker in the facilitator's console: findings get a wavy underline and a tooltip with a
// reframing hint. Nothing here blocks typing, and none of it is ever drawn on the audience view.
using PersonNames = std::function<QStringList()>;

class BlameHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    BlameHighlighter(const BlameLanguageChecker &checker, PersonNames names, QTextDocument *document);
    // The hint for a finding that covers `position` in `text`, or an empty string.
    static QString hintAt(const BlameLanguageChecker &checker, const QStringList &names, const QString &text,
                          int position);

protected:
    void highlightBlock(const QString &text) override;

private:
    const BlameLanguageChecker &m_checker;
    PersonNames m_names;
};

// A plain-text editor with blame marks and hint tooltips. In single-line mode it looks and behaves like a line
// edit: Enter emits submitted() instead of a new line, Tab moves on. It holds up to Limits::TextLength characters.
class BlameTextEdit : public LimitedTextEdit
{
    Q_OBJECT
public:
    BlameTextEdit(const BlameLanguageChecker &checker, PersonNames names, bool singleLine, QWidget *parent = nullptr);

    QString text() const { return toPlainText(); }
    void setText(const QString &text);
    // Hints for everything the checker marks in the current text, one per line.
    QString currentHints() const;

signals:
    void submitted();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    const BlameLanguageChecker &m_checker;
    PersonNames m_names;
    bool m_singleLine;
};

// Paints a table cell's text with the checker's underlines, and shows the hint as the cell's tooltip; its editor
// takes long texts whole.
class BlameMarkDelegate : public LongTextDelegate
{
    Q_OBJECT
public:
    BlameMarkDelegate(const BlameLanguageChecker &checker, PersonNames names, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    const BlameLanguageChecker &m_checker;
    PersonNames m_names;
};

} // namespace candor
