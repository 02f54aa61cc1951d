#pragma once

#include "domain/Result.h"
#include "domain/Survey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace candor {

// Reading survey answers exported by form tools (one respondent per row, a header row of question texts).
class SurveyCsv
{
    Q_DECLARE_TR_FUNCTIONS(SurveyCsv)
public:
    // An RFC 4180 table: UTF-8 with or without a BOM, CRLF or LF (or a lone CR), quoted fields that hold commas,
    // quotes ("" inside quotes) and line breaks. Fails with the line number on an unterminated quote or on bytes
    // that are not UTF-8. Blank lines at the end are dropped.
    struct Table
    {
        QStringList header;
        std::vector<QStringList> rows;
        std::vector<int> rowLines; // the file line on which each row starts (1-based; the header is line 1)
    };
    static Result<Table> parse(const QByteArray &bytes);

    // Which CSV column (0-based) holds each item of the instrument, in item order, and which holds the comment
    // (-1: none).
    struct Mapping
    {
        std::vector<int> itemColumns;
        int commentColumn = -1;
    };

    // A guess from the header: a column whose text equals an item's text (its English source or its translation,
    // ignoring case, spacing and punctuation at the ends) or contains it; -1 where nothing matches.
    static Mapping guessMapping(const QStringList &header, const Instrument &instrument);

    // One problem with the file, for the person to fix.
    struct Problem
    {
        int row = 0;  // 1-based data row (the first row after the header is 1); 0 for the file as a whole
        int line = 0; // the file line where that row starts; 0 for the file as a whole
        QString message;
    };
    struct Import
    {
        std::vector<SurveyAnswers> responses;
        std::vector<Problem> problems; // when not empty, nothing may be imported
    };
    // Checks every row against the mapping: each mapped cell must be a number 1..scalePoints or (on 3-, 5- and
    // 7-point scales) a scale label in any language Candor speaks, in any case; a blank answer, a missing column or an
    // unknown label is a problem naming the row, the column and what was found. A mapping that points outside the
    // header, maps two items to one column or leaves an item unmapped is a file problem. Rows that are entirely blank
    // are skipped.
    static Import read(const Table &table, const Mapping &mapping, const Instrument &instrument);

    static constexpr qint64 MaximumBytes = 50 * 1024 * 1024;
};

} // namespace candor
