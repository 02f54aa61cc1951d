#include "ReportDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

namespace candor {

// ---- Text -----------------------------------------------------------------------------------------------------

ReportText::ReportText(const QString &text)
{
    if (!text.isEmpty())
        m_spans.append(ReportSpan{text, false, false});
}

ReportText ReportText::strong(const QString &text)
{
    ReportText t;
    if (!text.isEmpty())
        t.m_spans.append(ReportSpan{text, true, false});
    return t;
}

ReportText ReportText::compose(const QString &pattern, const QList<ReportText> &args)
{
    ReportText t;
    QString plain;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        const int n = i + 1 < pattern.size() ? pattern.at(i + 1).digitValue() : -1;
        if (c != QLatin1Char('%') || n < 1 || n > args.size()) {
            plain += c;
            continue;
        }
        t.append(ReportText(plain));
        plain.clear();
        for (ReportSpan span : args.at(n - 1).spans()) {
            span.argument = true;
            t.m_spans.append(span);
        }
        ++i;
    }
    t.append(ReportText(plain));
    return t;
}

ReportText &ReportText::append(const ReportText &other)
{
    m_spans += other.m_spans;
    return *this;
}

QString ReportText::toPlainText() const
{
    QString text;
    for (const ReportSpan &span : m_spans)
        text += span.text;
    return text;
}

bool ReportText::isEmpty() const
{
    return toPlainText().trimmed().isEmpty();
}

// ---- The document ---------------------------------------------------------------------------------------------

ReportDocument::ReportDocument(const QString &title)
    : m_title(title)
{
    const QLocale locale;
    m_language = locale.language() == QLocale::C ? QStringLiteral("en") : locale.bcp47Name();
}

void ReportDocument::addHeading(int level, const ReportText &text)
{
    Block block;
    block.kind = BlockKind::Heading;
    block.level = qBound(2, level, 4);
    block.text = text;
    m_blocks.append(block);
}

void ReportDocument::addParagraph(const ReportText &text)
{
    Block block;
    block.kind = BlockKind::Paragraph;
    block.text = text;
    m_blocks.append(block);
}

void ReportDocument::addParagraphs(const QString &text)
{
    static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
    for (const QString &paragraph : text.split(blankLine)) {
        if (!paragraph.trimmed().isEmpty())
            addParagraph(paragraph.simplified());
    }
}

void ReportDocument::addFields(const QList<ReportField> &fields)
{
    Block block;
    block.kind = BlockKind::Fields;
    block.fields = fields;
    m_blocks.append(block);
}

void ReportDocument::addList(const QList<ReportListItem> &items)
{
    Block block;
    block.kind = BlockKind::List;
    block.items = items;
    m_blocks.append(block);
}

void ReportDocument::addTable(const ReportTable &table)
{
    Block block;
    block.kind = BlockKind::Table;
    block.table = table;
    m_blocks.append(block);
}

namespace {

QString fieldLabel(const ReportText &label)
{
    return ReportDocument::tr("%1:", "a field's label before its value").arg(label.toPlainText());
}

// ---- Markdown -------------------------------------------------------------------------------------------------

// A start that would open a block (a list item, a numbered list, a thematic break, a setext underline) gets a
// backslash before its marker.
QString guardBlockStart(QString text)
{
    qsizetype start = 0;
    while (start < text.size() && text.at(start) == QLatin1Char(' '))
        ++start;
    if (start >= text.size())
        return text;
    const QChar first = text.at(start);
    if (first == QLatin1Char('-') || first == QLatin1Char('+') || first == QLatin1Char('=')) {
        text.insert(start, QLatin1Char('\\'));
        return text;
    }
    // "1. " or "1) " (or the whole text) is an ordered list item; "4.2" is not.
    qsizetype end = start;
    while (end < text.size() && end - start < 10 && text.at(end).unicode() < 128 && text.at(end).isDigit())
        ++end;
    if (end > start && end < text.size() && (text.at(end) == QLatin1Char('.') || text.at(end) == QLatin1Char(')')) &&
        (end + 1 == text.size() || text.at(end + 1) == QLatin1Char(' ')))
        text.insert(end, QLatin1Char('\\'));
    return text;
}

QString markdownInline(const ReportText &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString line;
    for (const ReportSpan &span : text.spans()) {
        const QString t = QString(span.text).replace(space, QStringLiteral(" "));
        if (!span.strong) {
            line += ReportDocument::markdownEscaped(t);
            continue;
        }
        // Emphasis markers must touch the text: spaces stay outside.
        const QString core = t.trimmed();
        if (core.isEmpty()) {
            line += t;
            continue;
        }
        const qsizetype lead = t.indexOf(core);
        line += t.left(lead) + QLatin1String("**") + ReportDocument::markdownEscaped(core) + QLatin1String("**") +
                t.mid(lead + core.size());
    }
    line.replace(QRegularExpression(QStringLiteral(" {2,}")), QStringLiteral(" "));
    return guardBlockStart(line.trimmed());
}

void markdownItems(QStringList *lines, const QList<ReportListItem> &items, int depth, QChar bullet)
{
    for (const ReportListItem &item : items) {
        lines->append(QString(depth * 2, QLatin1Char(' ')) + bullet + QLatin1Char(' ') + markdownInline(item.text));
        markdownItems(lines, item.children, depth + 1, bullet);
    }
}

// ---- HTML -----------------------------------------------------------------------------------------------------

bool hasRightToLeft(const QString &text)
{
    for (const QChar c : text) {
        const QChar::Direction d = c.direction();
        if (d == QChar::DirR || d == QChar::DirAL)
            return true;
    }
    return false;
}

QString htmlInline(const ReportText &text, bool rightToLeftDocument)
{
    QString html;
    const bool mixed = text.spans().size() > 1;
    for (const ReportSpan &span : text.spans()) {
        QString part = span.text.toHtmlEscaped();
        if (span.strong)
            part = QLatin1String("<strong>") + part + QLatin1String("</strong>");
        // A name or text of another direction inside a sentence is isolated, so its punctuation stays with it.
        if (mixed && span.argument && (rightToLeftDocument || hasRightToLeft(span.text)))
            part = QLatin1String("<bdi>") + part + QLatin1String("</bdi>");
        html += part;
    }
    return html;
}

void htmlItems(QString *html, const QList<ReportListItem> &items, bool rtl, int depth)
{
    const QString indent(depth * 2, QLatin1Char(' '));
    *html += indent + QLatin1String("<ul>\n");
    for (const ReportListItem &item : items) {
        *html += indent + QLatin1String("<li dir=\"auto\">") + htmlInline(item.text, rtl);
        if (!item.children.isEmpty()) {
            *html += QLatin1Char('\n');
            htmlItems(html, item.children, rtl, depth + 1);
            *html += indent;
        }
        *html += QLatin1String("</li>\n");
    }
    *html += indent + QLatin1String("</ul>\n");
}

// A CSS string literal.
QString cssString(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// "Page 2 of 5" for the print style sheet: the translated text around CSS page counters.
QString cssPageCounter()
{
    const QString pattern = ReportDocument::tr("Page %1 of %2");
    QString content;
    QString plain;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == QLatin1Char('%') && i + 1 < pattern.size() &&
            (pattern.at(i + 1) == QLatin1Char('1') || pattern.at(i + 1) == QLatin1Char('2'))) {
            if (!plain.isEmpty())
                content += cssString(plain) + QLatin1Char(' ');
            plain.clear();
            content += pattern.at(i + 1) == QLatin1Char('1') ? QLatin1String("counter(page) ")
                                                             : QLatin1String("counter(pages) ");
            ++i;
        } else {
            plain += pattern.at(i);
        }
    }
    if (!plain.isEmpty())
        content += cssString(plain);
    return content.trimmed();
}

QString styleSheet()
{
    return QLatin1String(
               "body { font-family: system-ui, \"Segoe UI\", \"DejaVu Sans\", sans-serif; line-height: 1.45;"
               " color: #1c1c1e; background: #fff; max-width: 56rem; margin: 2rem auto; padding: 0 1rem; }\n"
               "h1 { font-size: 1.75rem; margin: 0 0 1rem; }\n"
               "h2 { font-size: 1.3rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 1px solid"
               " #c8ccd2; }\n"
               "h3 { font-size: 1.08rem; margin: 1.2rem 0 .4rem; }\n"
               "h4 { font-size: 1rem; margin: 1rem 0 .3rem; }\n"
               "p { margin: .4rem 0 .8rem; }\n"
               "dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1.2rem;"
               " margin: .4rem 0 1rem; }\n"
               "dl.fields dt { font-weight: 600; }\n"
               "dl.fields dd { margin: 0; }\n"
               "ul { margin: .3rem 0 .8rem; padding-inline-start: 1.5rem; }\n"
               "li { margin: .15rem 0; }\n"
               "table { width: 100%; border-collapse: collapse; margin: .4rem 0 1rem; }\n"
               "th, td { border: 1px solid #c8ccd2; padding: .3rem .5rem; text-align: start; vertical-align: top; }\n"
               "thead th { background: #eef1f5; }\n"
               "@media print {\n"
               "  @page { margin: 18mm 16mm 20mm; @bottom-right { content: ") +
           cssPageCounter() +
           QLatin1String("; font-size: 9pt; } }\n"
                         "  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }\n"
                         "  h2 { margin-top: 1.4rem; }\n"
                         "  h2, h3, h4 { break-after: avoid; }\n"
                         "  thead { display: table-header-group; }\n"
                         "  tr, li, dt, dd { break-inside: avoid; }\n"
                         "}\n");
}

// ---- QTextDocument --------------------------------------------------------------------------------------------

// Lengths in a QTextDocument's formats are in 1/96 inch; the layout scales them to the paint device.
constexpr qreal PixelsPerMillimetre = 96.0 / 25.4;
constexpr qreal PageMarginMm = 18.0;
constexpr qreal FooterMarginMm = 22.0;

QTextCharFormat charFormat(qreal pointSize, bool bold)
{
    QTextCharFormat format;
    format.setFontPointSize(pointSize);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return format;
}

class TextDocumentWriter
{
public:
    TextDocumentWriter(QTextDocument *document, Qt::LayoutDirection direction)
        : m_cursor(document)
        , m_direction(direction)
    {}

    // Starts a new block, or reuses the empty one a new document or a table leaves behind.
    void block(const QTextBlockFormat &format, const QTextCharFormat &chars)
    {
        if (m_fresh) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(chars);
            m_cursor.setCharFormat(chars);
            m_fresh = false;
        } else {
            m_cursor.insertBlock(format, chars);
        }
    }

    void inlineText(QTextCursor &cursor, const ReportText &text, const QTextCharFormat &base)
    {
        // A sentence of the document's language with a name or text in it keeps the document's direction; a
        // person's text on its own takes the direction of its first letters.
        if (text.spans().size() > 1) {
            QTextBlockFormat format = cursor.blockFormat();
            format.setLayoutDirection(m_direction);
            cursor.setBlockFormat(format);
        }
        for (const ReportSpan &span : text.spans()) {
            QTextCharFormat format = base;
            if (span.strong)
                format.setFontWeight(QFont::Bold);
            cursor.insertText(span.text, format);
        }
    }

    void heading(int level, const ReportText &text)
    {
        static const qreal sizes[] = {18, 14, 11.5, 10.5};
        QTextBlockFormat format;
        format.setHeadingLevel(level);
        format.setTopMargin(level == 1 ? 0 : level == 2 ? 16 : 10);
        format.setBottomMargin(level == 1 ? 10 : 4);
        const QTextCharFormat chars = charFormat(sizes[qBound(1, level, 4) - 1], true);
        block(format, chars);
        inlineText(m_cursor, text, chars);
    }

    void paragraph(const ReportText &text)
    {
        QTextBlockFormat format;
        format.setBottomMargin(6);
        const QTextCharFormat chars = charFormat(10, false);
        block(format, chars);
        inlineText(m_cursor, text, chars);
    }

    void list(const QList<ReportListItem> &items, int depth)
    {
        QTextList *textList = nullptr;
        for (const ReportListItem &item : items) {
            QTextBlockFormat format;
            format.setBottomMargin(2);
            block(format, charFormat(10, false));
            if (textList) {
                textList->add(m_cursor.block());
            } else {
                QTextListFormat listFormat;
                listFormat.setStyle(depth == 0 ? QTextListFormat::ListDisc : QTextListFormat::ListCircle);
                listFormat.setIndent(depth + 1);
                textList = m_cursor.createList(listFormat);
            }
            inlineText(m_cursor, item.text, charFormat(10, false));
            list(item.children, depth + 1);
        }
        // Space after the outermost list, as after a paragraph.
        if (depth == 0 && textList) {
            QTextBlockFormat last = m_cursor.blockFormat();
            last.setBottomMargin(8);
            m_cursor.setBlockFormat(last);
        }
    }

    void table(const QStringList &headers, const QList<QList<ReportText>> &rows, const QList<int> &percents,
               bool headerRow)
    {
        const int columns = int(headers.size());
        if (columns == 0)
            return;
        QTextTableFormat format;
        format.setBorder(headerRow ? 0.75 : 0);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderBrush(QColor(0xb8, 0xbd, 0xc4));
        format.setBorderCollapse(true);
        format.setCellSpacing(0);
        format.setCellPadding(headerRow ? 4 : 2);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setHeaderRowCount(headerRow ? 1 : 0);
        format.setTopMargin(2);
        format.setBottomMargin(8);
        if (percents.size() == columns) {
            QList<QTextLength> widths;
            for (int percent : percents)
                widths.append(QTextLength(QTextLength::PercentageLength, percent));
            format.setColumnWidthConstraints(widths);
        }
        const int first = headerRow ? 1 : 0;
        QTextTable *table = m_cursor.insertTable(int(rows.size()) + first, columns, format);
        if (headerRow) {
            // Collapsed borders come from the cells: a light grid, the header row shaded.
            for (int r = 0; r <= rows.size(); ++r) {
                for (int c = 0; c < columns; ++c) {
                    QTextTableCell cell = table->cellAt(r, c);
                    QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
                    cellFormat.setBorder(0.75);
                    cellFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
                    cellFormat.setBorderBrush(QColor(0xb8, 0xbd, 0xc4));
                    if (r == 0)
                        cellFormat.setBackground(QColor(0xee, 0xf1, 0xf5));
                    cell.setFormat(cellFormat);
                }
            }
            for (int c = 0; c < columns; ++c) {
                QTextCursor cursor = table->cellAt(0, c).firstCursorPosition();
                cursor.insertText(headers.at(c), charFormat(9.5, true));
            }
        }
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < columns; ++c) {
                QTextCursor cursor = table->cellAt(r + first, c).firstCursorPosition();
                // A borderless table lists fields: the label column is bold.
                inlineText(cursor, rows.at(r).value(c), charFormat(headerRow ? 9.5 : 10, !headerRow && c == 0));
            }
        }
        m_cursor.movePosition(QTextCursor::End);
        m_fresh = true;
    }

private:
    QTextCursor m_cursor;
    Qt::LayoutDirection m_direction;
    bool m_fresh = true;
};

} // namespace

QString ReportDocument::markdownEscaped(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '&':
        case '!':
        case '~':
        case '|':
        case '#':
            escaped += QLatin1Char('\\');
            break;
        default:
            break;
        }
        escaped += c;
    }
    // A person's text is guarded at its own start too, wherever it stands in the line.
    return guardBlockStart(escaped);
}

QString ReportDocument::toMarkdown() const
{
    QStringList blocks;
    blocks.append(QLatin1String("# ") + markdownInline(ReportText(m_title)));
    // Two lists in a row would merge into one: the second uses the other bullet.
    QChar lastBullet;
    for (const Block &b : m_blocks) {
        QStringList lines;
        const QChar bullet = lastBullet == QLatin1Char('-') ? QLatin1Char('*') : QLatin1Char('-');
        bool isList = true;
        switch (b.kind) {
        case BlockKind::Heading:
            lines.append(QString(b.level, QLatin1Char('#')) + QLatin1Char(' ') + markdownInline(b.text));
            isList = false;
            break;
        case BlockKind::Paragraph:
            lines.append(markdownInline(b.text));
            isList = false;
            break;
        case BlockKind::Fields:
            for (const ReportField &f : b.fields) {
                lines.append(QString(bullet) + QLatin1Char(' ') +
                             markdownInline(ReportText::strong(fieldLabel(f.label))
                                                .append(ReportText(QStringLiteral(" ")))
                                                .append(f.value)));
            }
            break;
        case BlockKind::List:
            markdownItems(&lines, b.items, 0, bullet);
            break;
        case BlockKind::Table:
            for (const QList<ReportText> &row : b.table.rows) {
                if (!b.table.listPattern.isEmpty()) {
                    lines.append(QString(bullet) + QLatin1Char(' ') +
                                 markdownInline(ReportText::compose(b.table.listPattern, row)));
                    continue;
                }
                lines.append(QString(bullet) + QLatin1Char(' ') + markdownInline(row.value(0)));
                for (int c = 1; c < row.size() && c < b.table.headers.size(); ++c) {
                    if (!row.at(c).isEmpty())
                        lines.append(
                            QLatin1String("  ") + bullet + QLatin1Char(' ') +
                            markdownInline(ReportText::compose(tr("%1: %2", "table header: cell"),
                                                               {ReportText(b.table.headers.at(c)), row.at(c)})));
                }
            }
            break;
        }
        if (lines.isEmpty())
            continue;
        lastBullet = isList ? bullet : QChar();
        blocks.append(lines.join(QLatin1Char('\n')));
    }
    return blocks.join(QLatin1String("\n\n")) + QLatin1Char('\n');
}

QString ReportDocument::toHtml() const
{
    const bool rtl = QLocale(m_language).textDirection() == Qt::RightToLeft;
    QString html;
    html += QLatin1String("<!DOCTYPE html>\n<html lang=\"") + m_language.toHtmlEscaped() + QLatin1String("\"") +
            (rtl ? QLatin1String(" dir=\"rtl\"") : QLatin1String()) + QLatin1String(">\n<head>\n");
    html += QLatin1String("<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<meta name=\"generator\" content=\"Candor\">\n");
    if (!m_subject.isEmpty())
        html +=
            QLatin1String("<meta name=\"description\" content=\"") + m_subject.toHtmlEscaped() + QLatin1String("\">\n");
    html += QLatin1String("<title>") + m_title.toHtmlEscaped() + QLatin1String("</title>\n<style>\n") + styleSheet() +
            QLatin1String("</style>\n</head>\n<body>\n<main>\n");
    html += QLatin1String("<h1 dir=\"auto\">") + m_title.toHtmlEscaped() + QLatin1String("</h1>\n");
    for (const Block &b : m_blocks) {
        switch (b.kind) {
        case BlockKind::Heading:
            html += QStringLiteral("<h%1 dir=\"auto\">").arg(b.level) + htmlInline(b.text, rtl) +
                    QStringLiteral("</h%1>\n").arg(b.level);
            break;
        case BlockKind::Paragraph:
            html += QLatin1String("<p dir=\"auto\">") + htmlInline(b.text, rtl) + QLatin1String("</p>\n");
            break;
        case BlockKind::Fields:
            html += QLatin1String("<dl class=\"fields\">\n");
            for (const ReportField &f : b.fields) {
                html += QLatin1String("<dt>") + htmlInline(f.label, rtl) + QLatin1String("</dt><dd dir=\"auto\">") +
                        htmlInline(f.value, rtl) + QLatin1String("</dd>\n");
            }
            html += QLatin1String("</dl>\n");
            break;
        case BlockKind::List:
            htmlItems(&html, b.items, rtl, 0);
            break;
        case BlockKind::Table: {
            html += QLatin1String("<table>\n");
            if (b.table.columnPercents.size() == b.table.headers.size()) {
                html += QLatin1String("<colgroup>");
                for (int percent : b.table.columnPercents)
                    html += QStringLiteral("<col style=\"width: %1%\">").arg(percent);
                html += QLatin1String("</colgroup>\n");
            }
            html += QLatin1String("<thead><tr>");
            for (const QString &header : b.table.headers)
                html += QLatin1String("<th scope=\"col\">") + header.toHtmlEscaped() + QLatin1String("</th>");
            html += QLatin1String("</tr></thead>\n<tbody>\n");
            for (const QList<ReportText> &row : b.table.rows) {
                html += QLatin1String("<tr>");
                for (int c = 0; c < b.table.headers.size(); ++c)
                    html += QLatin1String("<td dir=\"auto\">") + htmlInline(row.value(c), rtl) + QLatin1String("</td>");
                html += QLatin1String("</tr>\n");
            }
            html += QLatin1String("</tbody>\n</table>\n");
            break;
        }
        }
    }
    html += QLatin1String("</main>\n</body>\n</html>\n");
    return html;
}

std::unique_ptr<QTextDocument> ReportDocument::toTextDocument() const
{
    auto document = std::make_unique<QTextDocument>();
    document->setMetaInformation(QTextDocument::DocumentTitle, m_title);
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Liberation Sans"),
                      QStringLiteral("Arial")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(10);
    // A hair of letter spacing turns ligatures off (scripts that need shaping keep it), so "fi" in a PDF is found
    // by search and copied as the two letters.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    document->setDefaultFont(font);
    TextDocumentWriter writer(document.get(), QLocale(m_language).textDirection());
    writer.heading(1, ReportText(m_title));
    for (const Block &b : m_blocks) {
        switch (b.kind) {
        case BlockKind::Heading:
            writer.heading(b.level, b.text);
            break;
        case BlockKind::Paragraph:
            writer.paragraph(b.text);
            break;
        case BlockKind::Fields: {
            // A borderless two-column table keeps the values aligned.
            QList<QList<ReportText>> rows;
            for (const ReportField &f : b.fields)
                rows.append({f.label, f.value});
            writer.table({QString(), QString()}, rows, {26, 74}, false);
            break;
        }
        case BlockKind::List:
            writer.list(b.items, 0);
            break;
        case BlockKind::Table:
            writer.table(b.table.headers, b.table.rows, b.table.columnPercents, true);
            break;
        }
    }
    return document;
}

bool ReportDocument::paint(QPagedPaintDevice &device) const
{
    // The document keeps its own margins; the footer sits in the bottom one.
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    std::unique_ptr<QTextDocument> document = toTextDocument();
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    document->documentLayout()->setPaintDevice(&device);
    QTextFrameFormat frame = document->rootFrame()->frameFormat();
    frame.setLeftMargin(PageMarginMm * PixelsPerMillimetre);
    frame.setRightMargin(PageMarginMm * PixelsPerMillimetre);
    frame.setTopMargin(PageMarginMm * PixelsPerMillimetre);
    frame.setBottomMargin(FooterMarginMm * PixelsPerMillimetre);
    document->rootFrame()->setFrameFormat(frame);
    const QSizeF page(device.width(), device.height());
    document->setPageSize(page);

    const qreal dotsPerMm = device.logicalDpiY() / 25.4;
    QFont footerFont = document->defaultFont();
    footerFont.setPointSizeF(8.5);
    const qreal footerHeight = QFontMetricsF(footerFont, &device).height();
    const QRectF footer(PageMarginMm * dotsPerMm, page.height() - 12 * dotsPerMm - footerHeight,
                        page.width() - 2 * PageMarginMm * dotsPerMm, footerHeight);
    const int pages = document->pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device.newPage())
            return false;
        painter.save();
        painter.translate(0, -i * page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * page.height(), page.width(), page.height());
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(context.clip);
        document->documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x5a, 0x62));
        const QString number = tr("Page %1 of %2").arg(QLocale().toString(i + 1), QLocale().toString(pages));
        const qreal numberWidth = QFontMetricsF(footerFont, &device).horizontalAdvance(number);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, number);
        const QString title = QFontMetricsF(footerFont, &device)
                                  .elidedText(m_title, Qt::ElideRight, footer.width() - numberWidth - 8 * dotsPerMm);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, title);
    }
    return painter.end();
}

bool ReportDocument::writePdf(QIODevice &device, QPageSize::PageSizeId pageSize, QString *error) const
{
    QPdfWriter writer(&device);
    writer.setTitle(m_title);
    writer.setCreator(QStringLiteral("Candor"));
    writer.setPageSize(QPageSize(pageSize));
    if (!paint(writer)) {
        if (error)
            *error = tr("the PDF could not be drawn");
        return false;
    }
    return true;
}

QPageSize::PageSizeId ReportDocument::defaultPageSize(const QLocale &locale)
{
    // CLDR's US-Letter territories.
    static const QList<QLocale::Territory> letter = {
        QLocale::UnitedStates, QLocale::Canada,     QLocale::Mexico,     QLocale::Belize,    QLocale::Chile,
        QLocale::Colombia,     QLocale::CostaRica,  QLocale::Guatemala,  QLocale::Nicaragua, QLocale::Panama,
        QLocale::Philippines,  QLocale::PuertoRico, QLocale::ElSalvador, QLocale::Venezuela};
    if (locale.measurementSystem() == QLocale::ImperialUSSystem || letter.contains(locale.territory()))
        return QPageSize::Letter;
    return QPageSize::A4;
}

} // namespace candor
