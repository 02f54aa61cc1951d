#include "Report.h"

#include <QLocale>
#include <QTextStream>

namespace candor::bench {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

} // namespace

QString Report::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Within:
        return QStringLiteral("within");
    case Verdict::Over:
        return QStringLiteral("OVER");
    case Verdict::Failed:
        return QStringLiteral("FAILED");
    case Verdict::Info:
        return QStringLiteral("info");
    case Verdict::Reused:
        return QStringLiteral("reused");
    }
    return {};
}

QString Report::duration(double seconds)
{
    const QLocale c = QLocale::c();
    if (seconds >= 1)
        return c.toString(seconds, 'f', 2) + QStringLiteral(" s");
    return c.toString(seconds * 1000, 'f', seconds < 0.01 ? 2 : 1) + QStringLiteral(" ms");
}

QString Report::durations(const Stats &stats)
{
    return QStringLiteral("%1 (min %2, max %3, n %4)")
        .arg(duration(stats.median), duration(stats.min), duration(stats.max))
        .arg(stats.count);
}

QString Report::kilobytes(long kb)
{
    return QLocale::c().toString(qlonglong(kb)) + QStringLiteral(" KB");
}

QString Report::ratio(double value)
{
    return QLocale::c().toString(value, 'f', 2) + QLatin1Char('x');
}

QString Report::line(const Figure &figure)
{
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(figure.id, -22)
        .arg(figure.name, -44)
        .arg(verdictText(figure.verdict), -7)
        .arg(figure.target.isEmpty() ? QStringLiteral("-") : figure.target, -12)
        .arg(figure.measured);
}

void Report::add(const Figure &figure)
{
    m_figures.append(figure);
    out() << line(figure) << Qt::endl;
}

void Report::printTable() const
{
    out() << Qt::endl
          << QStringLiteral("%1 %2 %3 %4 %5")
                 .arg(QStringLiteral("figure"), -22)
                 .arg(QStringLiteral("what"), -44)
                 .arg(QStringLiteral("verdict"), -7)
                 .arg(QStringLiteral("target"), -12)
                 .arg(QStringLiteral("measured"))
          << Qt::endl;
    for (const Figure &figure : m_figures)
        out() << line(figure) << Qt::endl;
    int over = 0;
    for (const Figure &figure : m_figures)
        over += figure.verdict == Verdict::Over || figure.verdict == Verdict::Failed;
    out() << Qt::endl
          << (over == 0
                  ? QStringLiteral("All %1 figures within target.").arg(m_figures.size())
                  : QStringLiteral("%1 of %2 figures over target or not measured.").arg(over).arg(m_figures.size()))
          << Qt::endl;
}

int Report::exitCode() const
{
    for (const Figure &figure : m_figures) {
        if (figure.verdict == Verdict::Over || figure.verdict == Verdict::Failed)
            return 1;
    }
    return 0;
}

} // namespace candor::bench
