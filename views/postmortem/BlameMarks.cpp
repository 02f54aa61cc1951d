#include "BlameMarks.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

namespace candor {

namespace {

QTextCharFormat markFormat()
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(QColor(0xd9, 0x73, 0x06)); // amber: a nudge, not an error
    return format;
}

} // namespace

BlameHighlighter::BlameHighlighter(const BlameLanguageChecker &checker, PersonNames names, QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_checker(checker)
    , m_names(std::move(names))
{}

void BlameHighlighter::highlightBlock(const QString &text)
{
    const QStringList names = m_names ? m_names() : QStringList();
    for (const BlameLanguageChecker::Finding &f : m_checker.check(text, names))
        setFormat(f.start, f.length, markFormat());
}

QString BlameHighlighter::hintAt(const BlameLanguageChecker &checker, const QStringList &names, const QString &text,
                                 int position)
{
    for (const BlameLanguageChecker::Finding &f : checker.check(text, names)) {
        if (position >= f.start && position <= f.start + f.length)
            return QStringLiteral("“%1”: %2").arg(f.text, BlameLanguageChecker::hint(f.kind));
    }
    return {};
}

BlameTextEdit::BlameTextEdit(const BlameLanguageChecker &checker, PersonNames names, bool singleLine, QWidget *parent)
    : LimitedTextEdit(parent)
    , m_checker(checker)
    , m_names(names)
    , m_singleLine(singleLine)
{
    new BlameHighlighter(checker, std::move(names), document());
    setTabChangesFocus(true);
    // The wavy underlines are only seen: a screen reader hears the hints as the editor's description instead.
    const auto describe = [this]() {
        const QString hints = currentHints();
        setAccessibleDescription(hints.isEmpty() ? tr("Wording that may sound like blame is underlined, with a"
                                                      " suggestion to reframe it. It never stops you typing.")
                                                 : hints);
    };
    connect(this, &QPlainTextEdit::textChanged, this, describe);
    describe();
    if (singleLine) {
        setLineWrapMode(QPlainTextEdit::NoWrap);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
}

void BlameTextEdit::setText(const QString &text)
{
    if (text != toPlainText())
        setPlainText(text);
}

QString BlameTextEdit::currentHints() const
{
    QStringList hints;
    const QStringList names = m_names ? m_names() : QStringList();
    for (const BlameLanguageChecker::Finding &f : m_checker.check(toPlainText(), names))
        hints.append(QStringLiteral("“%1”: %2").arg(f.text, BlameLanguageChecker::hint(f.kind)));
    hints.removeDuplicates();
    return hints.join(QLatin1Char('\n'));
}

void BlameTextEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_singleLine && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        emit submitted();
        return;
    }
    LimitedTextEdit::keyPressEvent(event);
}

bool BlameTextEdit::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = cursorForPosition(help->pos());
        const QString hint = BlameHighlighter::hintAt(m_checker, m_names ? m_names() : QStringList(),
                                                      cursor.block().text(), cursor.positionInBlock());
        if (hint.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), hint, this);
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

QSize BlameTextEdit::sizeHint() const
{
    if (!m_singleLine)
        return QPlainTextEdit::sizeHint();
    const int height = fontMetrics().lineSpacing() + 2 * (int(document()->documentMargin()) + frameWidth()) + 2;
    return {QPlainTextEdit::sizeHint().width(), height};
}

QSize BlameTextEdit::minimumSizeHint() const
{
    return m_singleLine ? QSize(80, sizeHint().height()) : QPlainTextEdit::minimumSizeHint();
}

BlameMarkDelegate::BlameMarkDelegate(const BlameLanguageChecker &checker, PersonNames names, QObject *parent)
    : LongTextDelegate(parent)
    , m_checker(checker)
    , m_names(std::move(names))
{}

void BlameMarkDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const QList<BlameLanguageChecker::Finding> findings = m_checker.check(text, m_names ? m_names() : QStringList());
    if (findings.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and selection from the style, then the text with its marks.
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : nullptr;
    if (style)
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    QRect textRect =
        style ? style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget) : opt.rect.adjusted(4, 0, -4, 0);
    // The same inner margin the style gives unmarked cells, so marked and unmarked texts line up.
    const int margin = (style ? style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) : 0) + 1;
    textRect.adjust(margin, 0, -margin, 0);

    // Elided like every other cell; marks stop where the visible text stops.
    const QString shown = QFontMetrics(opt.font).elidedText(text, Qt::ElideRight, textRect.width());
    const int visible = shown == text ? int(text.size()) : int(shown.size()) - 1;
    QTextDocument document;
    document.setDefaultFont(opt.font);
    document.setDocumentMargin(0);
    document.setPlainText(shown);
    QTextCursor cursor(&document);
    for (const BlameLanguageChecker::Finding &f : findings) {
        if (f.start >= visible)
            break;
        cursor.setPosition(f.start);
        cursor.setPosition(std::min(f.start + f.length, visible), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(markFormat());
    }
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = opt.state & QStyle::State_Selected;
    context.palette.setColor(QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    const int top = textRect.top() + std::max(0, (textRect.height() - int(document.size().height())) / 2);
    painter->translate(textRect.left(), top);
    painter->setClipRect(QRect(0, 0, textRect.width(), textRect.height()));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

bool BlameMarkDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip) {
        QStringList hints;
        const QString text = index.data(Qt::DisplayRole).toString();
        for (const BlameLanguageChecker::Finding &f : m_checker.check(text, m_names ? m_names() : QStringList()))
            hints.append(QStringLiteral("“%1”: %2").arg(f.text, BlameLanguageChecker::hint(f.kind)));
        hints.removeDuplicates();
        if (!hints.isEmpty()) {
            QToolTip::showText(event->globalPos(), text + QStringLiteral("\n\n") + hints.join(QLatin1Char('\n')), view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace candor
