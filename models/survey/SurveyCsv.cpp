#include "SurveyCsv.h"

#include "domain/Validation.h"
#include "survey/Instruments.h"

#include <QLocale>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

namespace candor {

namespace {

QStringDecoder utf8Decoder()
{
    // Stateless, so a multi-byte sequence cut off at the end of the input counts as an error instead of waiting
    // for more bytes. The decoder drops a leading BOM.
    return QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
}

// The 1-based line holding the first bytes that are not UTF-8. Line breaks are ASCII, which never occurs inside
// a multi-byte sequence, so each line can be decoded on its own.
int firstInvalidLine(const QByteArray &bytes)
{
    int line = 1;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= bytes.size(); ++i) {
        const bool end = i == bytes.size();
        if (!end && bytes[i] != '\n' && bytes[i] != '\r')
            continue;
        QStringDecoder decoder = utf8Decoder();
        // decode() is lazy: only the conversion to QString decodes and sets the error.
        const QString decoded = decoder.decode(QByteArrayView(bytes).sliced(start, i - start));
        Q_UNUSED(decoded)
        if (decoder.hasError() || end)
            return line;
        if (bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n')
            ++i;
        ++line;
        start = i + 1;
    }
    return line;
}

struct Record
{
    QStringList fields;
    int line = 1;
};

bool isBlank(const QStringList &fields)
{
    return std::all_of(fields.cbegin(), fields.cend(), [](const QString &field) { return field.trimmed().isEmpty(); });
}

// Splits RFC 4180 text into records. Lenient where exports are sloppy: a quote inside an unquoted field is kept as
// text, and text after a closing quote is appended. Line breaks inside quotes become '\n' whatever the file used.
// Returns false with the line of the opening quote when a quoted field never closes.
bool splitRecords(const QString &text, std::vector<Record> *records, int *unclosedQuoteLine)
{
    int line = 1;
    Record record;
    QString field;
    bool inQuotes = false;
    bool fieldQuoted = false;
    int quoteLine = 0;

    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
        fieldQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        records->push_back(std::move(record));
        record = Record();
        record.line = line;
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        const bool lineBreak = c == QLatin1Char('\n') || c == QLatin1Char('\r');
        if (lineBreak && c == QLatin1Char('\r') && i + 1 < size && text[i + 1] == QLatin1Char('\n'))
            ++i; // CRLF is one line break
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text[i + 1] == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else if (lineBreak) {
                field.append(QLatin1Char('\n'));
                ++line;
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (lineBreak) {
            ++line;
            endRecord();
        } else if (c == QLatin1Char('"') && !fieldQuoted && field.trimmed().isEmpty()) {
            // Spaces before an opening quote are a common hand-edit; the quoted text is the field.
            field.clear();
            inQuotes = true;
            fieldQuoted = true;
            quoteLine = line;
        } else {
            field.append(c);
        }
    }
    if (inQuotes) {
        *unclosedQuoteLine = quoteLine;
        return false;
    }
    if (!field.isEmpty() || fieldQuoted || !record.fields.isEmpty())
        endRecord(); // the last line had no line break
    return true;
}

// Numbers for the one-pass QString::arg(QString, ...), which leaves a "%1" inside a header or cell alone.
QString number(int value)
{
    return QString::number(value);
}

// Header text as it appears in messages: on one line.
QString columnName(const QStringList &header, int column)
{
    return column >= 0 && column < header.size() ? header[column].simplified() : QString();
}

// A header or item text reduced to what matters for matching: one space between words, lower case, no quotes
// around it and no punctuation at its end.
QString normalised(const QString &text)
{
    static const QString quotes = QStringLiteral(u"\"'“”‘’«»");
    static const QString trailing = QStringLiteral(u"\"'“”‘’«».?:!;,…*");
    QString result = text.simplified().toLower();
    for (;;) {
        const qsizetype before = result.size();
        while (!result.isEmpty() && quotes.contains(result.front()))
            result.remove(0, 1);
        while (!result.isEmpty() && trailing.contains(result.back()))
            result.chop(1);
        result = result.trimmed();
        if (result.size() == before)
            return result;
    }
}

} // namespace

Result<SurveyCsv::Table> SurveyCsv::parse(const QByteArray &bytes)
{
    if (bytes.size() > MaximumBytes)
        return Result<Table>::failure(tr("The file is larger than %1 MB, more than any survey export. Check that you "
                                         "chose the file of answers exported by the form tool.")
                                          .arg(MaximumBytes / (1024 * 1024)));

    QStringDecoder decoder = utf8Decoder();
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Result<Table>::failure(tr("Line %1 holds characters that are not UTF-8 text. Export or save the file "
                                         "as “CSV UTF-8” and import it again.")
                                          .arg(firstInvalidLine(bytes)));

    std::vector<Record> records;
    int unclosedQuoteLine = 0;
    if (!splitRecords(text, &records, &unclosedQuoteLine))
        return Result<Table>::failure(tr("Line %1 opens a quoted field that is never closed. Add the missing closing "
                                         "quote mark (\") and import the file again.")
                                          .arg(unclosedQuoteLine));

    while (!records.empty() && isBlank(records.back().fields))
        records.pop_back();
    // Blank lines above the header say nothing; the header is the first line with text.
    const auto header =
        std::find_if(records.begin(), records.end(), [](const Record &record) { return !isBlank(record.fields); });
    if (header == records.end())
        return Result<Table>::failure(tr("The file is empty. Export the answers again, with the header row of "
                                         "questions, and import that file."));

    Table table;
    table.header = header->fields;
    for (auto it = header + 1; it != records.end(); ++it) {
        table.rows.push_back(std::move(it->fields));
        table.rowLines.push_back(it->line);
    }
    return table;
}

SurveyCsv::Mapping SurveyCsv::guessMapping(const QStringList &header, const Instrument &instrument)
{
    QStringList columns;
    columns.reserve(header.size());
    for (const QString &name : header)
        columns.append(normalised(name));

    // Each item matches its English source and, for built-ins, the text shown in the current language.
    std::vector<QStringList> texts;
    for (const SurveyItem &item : instrument.items) {
        QStringList candidates;
        for (const QString &text : {item.text, Instruments::displayText(instrument, item)}) {
            const QString candidate = normalised(text);
            if (!candidate.isEmpty() && !candidates.contains(candidate))
                candidates.append(candidate);
        }
        texts.push_back(candidates);
    }

    Mapping mapping;
    mapping.itemColumns.assign(instrument.items.size(), -1);
    QSet<int> used;

    // Equal texts first for every item, so a header that merely contains one item's text cannot take the column
    // that is exactly another item's.
    for (size_t item = 0; item < texts.size(); ++item) {
        for (int column = 0; column < columns.size(); ++column) {
            if (!used.contains(column) && texts[item].contains(columns[column])) {
                mapping.itemColumns[item] = column;
                used.insert(column);
                break;
            }
        }
    }
    // Then headers that contain the text, as form tools number questions ("1. ...") or add hints; the shortest
    // such header is the closest match.
    for (size_t item = 0; item < texts.size(); ++item) {
        if (mapping.itemColumns[item] >= 0)
            continue;
        int best = -1;
        for (int column = 0; column < columns.size(); ++column) {
            if (used.contains(column))
                continue;
            const bool contains = std::any_of(texts[item].cbegin(), texts[item].cend(),
                                              [&](const QString &text) { return columns[column].contains(text); });
            if (contains && (best < 0 || columns[column].size() < columns[best].size()))
                best = column;
        }
        if (best >= 0) {
            mapping.itemColumns[item] = best;
            used.insert(best);
        }
    }

    const QString english = QStringLiteral("comment");
    const QString local = tr("comment", "a word looked for in CSV column headers to find the comment column").toLower();
    for (int column = 0; column < columns.size(); ++column) {
        if (!used.contains(column) && (columns[column].contains(english) || columns[column].contains(local))) {
            mapping.commentColumn = column;
            break;
        }
    }
    return mapping;
}

SurveyCsv::Import SurveyCsv::read(const Table &table, const Mapping &mapping, const Instrument &instrument)
{
    Import import;
    const auto fileProblem = [&](const QString &message) {
        import.problems.push_back(Problem{0, 0, message});
    };
    const int columnCount = int(table.header.size());
    const auto questionText = [&](int item) {
        return Instruments::displayText(instrument, instrument.items[item]);
    };

    // The mapping first: rows cannot be judged against columns that are wrong.
    const int mapped = int(mapping.itemColumns.size());
    if (mapped > instrument.itemCount())
        fileProblem(tr("%n column(s) chosen for answers, but the instrument asks %1 questions. Choose one column "
                       "per question.",
                       nullptr, mapped)
                        .arg(instrument.itemCount()));
    for (int item = 0; item < instrument.itemCount(); ++item) {
        const int column = item < mapped ? mapping.itemColumns[item] : -1;
        if (column < 0) {
            fileProblem(tr("Question %1 “%2” has no column. Choose the column that holds its answers.")
                            .arg(number(item + 1), questionText(item)));
        } else if (column >= columnCount) {
            fileProblem(tr("Question %1 “%2” is set to column %3, but the file has only %n column(s). Choose one of "
                           "its columns.",
                           nullptr, columnCount)
                            .arg(number(item + 1), questionText(item), number(column + 1)));
        } else {
            for (int earlier = 0; earlier < item; ++earlier) {
                if (mapping.itemColumns[earlier] == column) {
                    fileProblem(tr("Questions %1 and %2 are both set to column %3 “%4”. Choose a column of its own "
                                   "for each question.")
                                    .arg(number(earlier + 1), number(item + 1), number(column + 1),
                                         columnName(table.header, column)));
                    break;
                }
            }
        }
    }
    const int commentColumn = mapping.commentColumn;
    if (commentColumn < -1 || commentColumn >= columnCount) {
        fileProblem(tr("Comments are set to column %1, but the file has only %n column(s). Choose one of its "
                       "columns, or none.",
                       nullptr, columnCount)
                        .arg(commentColumn + 1));
    } else if (commentColumn >= 0) {
        const auto answers = std::find(mapping.itemColumns.cbegin(), mapping.itemColumns.cend(), commentColumn);
        if (answers != mapping.itemColumns.cend())
            fileProblem(tr("Column %1 “%2” is set to hold both comments and the answers to question %3. Choose "
                           "another column for comments, or none.")
                            .arg(number(commentColumn + 1), columnName(table.header, commentColumn),
                                 number(int(answers - mapping.itemColumns.cbegin()) + 1)));
    }
    if (!import.problems.empty())
        return import;

    const bool labels = Instruments::hasScaleWords(instrument.scalePoints);
    const int lastColumn =
        mapping.itemColumns.empty() ? -1 : *std::max_element(mapping.itemColumns.cbegin(), mapping.itemColumns.cend());
    for (size_t index = 0; index < table.rows.size(); ++index) {
        const QStringList &cells = table.rows[index];
        if (isBlank(cells))
            continue;
        const int row = int(index) + 1;
        // Tables built by hand may lack lines; then assume one line per row below the header.
        const int line = index < table.rowLines.size() ? table.rowLines[index] : row + 1;
        const auto problem = [&](const QString &message) {
            import.problems.push_back(Problem{row, line, message});
        };

        if (lastColumn >= cells.size()) {
            // One problem for the row: a line break outside quotes or a cut-off row, not many wrong answers.
            problem(tr("Row %1 (line %2) ends after column %3, but answers are expected up to column %4 “%5”. Check "
                       "that the row is complete and that line breaks in comments are inside quotes, then import the "
                       "file again.")
                        .arg(number(row), number(line), number(int(cells.size())), number(lastColumn + 1),
                             columnName(table.header, lastColumn)));
            continue;
        }

        SurveyAnswers answers;
        bool rowOk = true;
        for (int item = 0; item < instrument.itemCount(); ++item) {
            const int column = mapping.itemColumns[item];
            const QString cell = cells[column].trimmed();
            if (cell.isEmpty()) {
                problem(tr("Row %1 (line %2), column %3 “%4” is blank. Every question needs an answer: fill it in "
                           "or remove the row, then import the file again.")
                            .arg(number(row), number(line), number(column + 1), columnName(table.header, column)));
                rowOk = false;
                continue;
            }
            const int value = Instruments::parseAnswer(cell, instrument.scalePoints);
            if (value == 0) {
                const QString message =
                    labels ? tr("Row %1 (line %2), column %3 “%4”: “%5” is not an answer from 1 to %6 or one of the "
                                "scale's labels. Correct the file and import it again.")
                           : tr("Row %1 (line %2), column %3 “%4”: “%5” is not an answer from 1 to %6. Correct the "
                                "file and import it again.");
                problem(message.arg(number(row), number(line), number(column + 1), columnName(table.header, column),
                                    cell, number(instrument.scalePoints)));
                rowOk = false;
                continue;
            }
            answers.values.push_back(value);
        }
        // Trends have no column of their own in form exports; instruments with a trend get values only.
        if (commentColumn >= 0 && commentColumn < cells.size()) {
            answers.comment = cells[commentColumn].trimmed();
            if (answers.comment.size() > Limits::TextLength) {
                problem(tr("Row %1 (line %2), column %3 “%4”: the comment has %5 characters; a comment holds up to "
                           "%6. Shorten it in the file and import it again.")
                            .arg(number(row), number(line), number(commentColumn + 1),
                                 columnName(table.header, commentColumn), QLocale().toString(answers.comment.size()),
                                 QLocale().toString(Limits::TextLength)));
                rowOk = false;
            }
        }
        if (rowOk)
            import.responses.push_back(std::move(answers));
    }
    // Nothing may be imported from a file with problems, so none of it is handed back.
    if (!import.problems.empty())
        import.responses.clear();
    return import;
}

} // namespace candor
