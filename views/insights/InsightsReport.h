#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QPageSize>

class QIODevice;

namespace candor {

class SurveyRepository;

// The insights report for HR as a PDF: the scope and the anonymity threshold in words, a note on what was withheld
// and why, then for every instrument with waves in the scope its trend charts (Qt Charts, drawn as vectors: the team
// or department, then each department's teams compared) and the heatmap of teams by quarter as a table.
//
// Every figure comes from a FigureStore, so through SurveyFigures and the AnonymityPolicy over the whole
// organisation, exactly as the Insights area and `candor-cli trends` show it: a withheld figure reads
// "Withheld (k = N)" in the tables, is a gap in its chart line, and no number behind it (score or count of responses)
// is written anywhere in the file.
//
// Qt Charts draws through Qt Widgets: the report needs a QApplication (candor-cli makes an offscreen one for it).
class InsightsReport
{
    Q_DECLARE_TR_FUNCTIONS(InsightsReport)
public:
    struct Options
    {
        qint64 teamId = 0; // 0: the whole organisation; else this team with every team below it
        QPageSize::PageSizeId pageSize = QPageSize::A4; // A4 or Letter
        QDate date;                                     // the date printed on it; invalid: today
    };

    // Letter where the locale measures in US units, else A4.
    static QPageSize::PageSizeId defaultPageSize(const QLocale &locale = QLocale());

    // Writes the report to `path` through SaveFile: the file is complete or not there at all. Fails, writing
    // nothing, when the team does not exist or the scope has no survey figures yet.
    static Status save(SurveyRepository &surveys, const Options &options, const QString &path);
    // Writes the report to an open device.
    static Status write(SurveyRepository &surveys, const Options &options, QIODevice &device);

    // "Insights report, Engineering, 2026-03-14.pdf" (the whole organisation when scopeName is empty).
    static QString suggestedFileName(const QString &scopeName, const QDate &date);
};

} // namespace candor
