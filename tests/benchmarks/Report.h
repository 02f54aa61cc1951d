// The figures candor-bench prints: each with what was measured, its target and whether it is within it.
#pragma once

#include <QList>
#include <QString>

#include <algorithm>

namespace candor::bench {

enum class Verdict {
    Within,
    Over,
    Failed, // could not be measured: counts as over
    Info,   // no target of its own (context for another figure)
    Reused, // not measured this time (the demo database existed)
};

struct Figure
{
    QString id;   // stable key: tst_benchmark_smoke looks for these
    QString name; // what was measured
    QString measured;
    QString target;
    Verdict verdict = Verdict::Info;
};

// Median, minimum and maximum of some timings.
struct Stats
{
    double median = 0;
    double min = 0;
    double max = 0;
    int count = 0;

    static Stats of(QList<double> values)
    {
        Stats s;
        s.count = int(values.size());
        if (values.isEmpty())
            return s;
        std::sort(values.begin(), values.end());
        const qsizetype mid = values.size() / 2;
        s.median = values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
        s.min = values.constFirst();
        s.max = values.constLast();
        return s;
    }
};

// Prints each figure as it is measured, then the whole table; the exit code says whether all are within target.
class Report
{
public:
    void add(const Figure &figure);
    void within(const QString &id, const QString &name, const QString &measured, const QString &target, bool ok)
    {
        add({id, name, measured, target, ok ? Verdict::Within : Verdict::Over});
    }
    void failed(const QString &id, const QString &name, const QString &why, const QString &target)
    {
        add({id, name, why, target, Verdict::Failed});
    }
    void info(const QString &id, const QString &name, const QString &measured)
    {
        add({id, name, measured, QString(), Verdict::Info});
    }
    void printTable() const;
    int exitCode() const; // 0: every figure within target (or without one)

    static QString verdictText(Verdict verdict);
    // "12.3 ms" / "1.52 s", from seconds.
    static QString duration(double seconds);
    // "median 12.3 ms (min 11.0, max 15.2, n 11)"
    static QString durations(const Stats &stats);
    static QString kilobytes(long kb);
    static QString ratio(double value);

private:
    static QString line(const Figure &figure);
    QList<Figure> m_figures;
};

} // namespace candor::bench
