#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPageSize>
#include <QString>

#include <memory>

class QIODevice;
class QLocale;
class QPagedPaintDevice;
class QTextDocument;

namespace candor {

// One run of inline text. `strong` is for labels Candor writes; `argument` marks text put into a translated pattern
// (names, user text, times), which HTML isolates when its direction may differ from the text around it.
struct ReportSpan
{
    QString text;
    bool strong = false;
    bool argument = false;
};

// Inline text of a paragraph, list item, field or table cell, as spans. Texts are plain: renderers escape them, so
// a person's "*" or "<" reads as typed in every format.
class ReportText
{
public:
    ReportText() = default;
    ReportText(const QString &text); // NOLINT: plain text converts implicitly
    ReportText(const char *) = delete;
    static ReportText strong(const QString &text);
    // A translated pattern with %1..%9 replaced by args in one pass (an argument holding "%1" stays as it is).
    static ReportText compose(const QString &pattern, const QList<ReportText> &args);

    ReportText &append(const ReportText &other);
    const QList<ReportSpan> &spans() const { return m_spans; }
    QString toPlainText() const;
    bool isEmpty() const;

private:
    QList<ReportSpan> m_spans;
};

// A label and its value, as in "Team: Payments".
struct ReportField
{
    ReportText label;
    ReportText value;
};

// A bullet list item with its own nested items.
struct ReportListItem
{
    ReportText text;
    QList<ReportListItem> children;
};

// A table with one header row. Formats without tables (Markdown) show it as a list: each row one item, either
// `listPattern` filled with the row's cells ("%1 (%2): %3") or its first cell with "Header: cell" items below.
struct ReportTable
{
    QStringList headers;
    QList<QList<ReportText>> rows; // each as many cells as headers
    QList<int> columnPercents;     // optional relative widths, one per column
    QString listPattern;           // optional; see above
};

// A small structured document (a title, metadata, headings, paragraphs, field lists, nested bullet lists, tables)
// built once and rendered as CommonMark, standalone HTML5, a QTextDocument, or paginated onto a PDF or a printer.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
public:
    enum class BlockKind { Heading, Paragraph, Fields, List, Table };
    struct Block
    {
        BlockKind kind = BlockKind::Paragraph;
        int level = 2; // headings: 2 (a section) to 4; the title is the only level 1
        ReportText text;
        QList<ReportField> fields;
        QList<ReportListItem> items;
        ReportTable table;
    };

    explicit ReportDocument(const QString &title = QString());

    QString title() const { return m_title; }
    void setTitle(const QString &title) { m_title = title; }
    // What the document is about, for metadata ("Postmortem of incident 12").
    QString subject() const { return m_subject; }
    void setSubject(const QString &subject) { m_subject = subject; }
    // The BCP 47 language of the document's own texts; by default the default QLocale's (English for "C").
    QString language() const { return m_language; }
    void setLanguage(const QString &language) { m_language = language; }

    void addHeading(int level, const ReportText &text);
    void addParagraph(const ReportText &text);
    // Paragraphs of a person's text: one per block separated by an empty line; line breaks inside become spaces.
    void addParagraphs(const QString &text);
    void addFields(const QList<ReportField> &fields);
    void addList(const QList<ReportListItem> &items);
    void addTable(const ReportTable &table);
    const QList<Block> &blocks() const { return m_blocks; }

    // CommonMark: the title as the one level-1 heading, blank lines between blocks, lists with "- " and two spaces
    // per level, no tables; every character of a text that CommonMark could read as markup is escaped.
    QString toMarkdown() const;
    // A standalone HTML5 page: charset, lang, title and metadata, embedded CSS (screen and print), all text escaped.
    QString toHtml() const;
    // The document for printing and PDF (fonts in points, tables repeating their header row across pages).
    std::unique_ptr<QTextDocument> toTextDocument() const;
    // Lays the document out on the device's pages (its own margins) and paints every page with "Page N of M".
    // Returns false when the device cannot be painted on.
    bool paint(QPagedPaintDevice &device) const;
    // Writes a PDF with the given page size into device (for SaveFile's writer form).
    bool writePdf(QIODevice &device, QPageSize::PageSizeId pageSize, QString *error) const;

    // Letter where it is the usual paper (the United States, Canada and the other countries CLDR lists), else A4.
    static QPageSize::PageSizeId defaultPageSize(const QLocale &locale);

    // Markdown inline text: CommonMark markup characters backslash-escaped, white space runs as single spaces.
    static QString markdownEscaped(const QString &text);

private:
    QString m_title;
    QString m_subject;
    QString m_language;
    QList<Block> m_blocks;
};

} // namespace candor
