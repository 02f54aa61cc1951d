// candor-bench on a small demo database: it runs to the end and prints every figure, each measured. Whether the
// targets hold is not checked: a small database on a busy CI machine proves nothing about them.
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class BenchmarkSmoke : public QObject
{
    Q_OBJECT
private slots:
    void printsEveryFigure();
};

void BenchmarkSmoke::printsEveryFigure()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess bench;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.remove(QStringLiteral("CANDOR_DB"));
    bench.setProcessEnvironment(environment);
    bench.start(QStringLiteral(CANDOR_BENCH_PATH),
                {QStringLiteral("--small"), QStringLiteral("--runs"), QStringLiteral("3"), QStringLiteral("--db"),
                 dir.filePath(QStringLiteral("small.sqlite"))});
    QVERIFY2(bench.waitForFinished(200000), "candor-bench did not finish within 200 s");
    const QString out = QString::fromUtf8(bench.readAllStandardOutput());
    const QString err = QString::fromUtf8(bench.readAllStandardError());
    const QString context = QStringLiteral("\n--- stdout:\n%1\n--- stderr:\n%2").arg(out, err.right(3000));
    QVERIFY2(bench.exitStatus() == QProcess::NormalExit, qPrintable(QStringLiteral("crashed") + context));
    // 0: all within target, 1: some over; anything else is a usage error or a crash.
    QVERIFY2(bench.exitCode() == 0 || bench.exitCode() == 1,
             qPrintable(QStringLiteral("exit code %1").arg(bench.exitCode()) + context));

    // The table after the blank line that follows the figures as they were measured.
    const qsizetype table = out.indexOf(QRegularExpression(QStringLiteral("\n\nfigure +what")));
    QVERIFY2(table >= 0, qPrintable(QStringLiteral("no final table") + context));
    const QStringList lines = out.mid(table).split(QLatin1Char('\n'), Qt::SkipEmptyParts);

    const QStringList expected = {
        QStringLiteral("demo"),
        QStringLiteral("start.wall"),
        QStringLiteral("start.rss"),
        QStringLiteral("start.libs"),
        QStringLiteral("start.wall.small"),
        QStringLiteral("start.rss.small"),
        QStringLiteral("start.libs.small"),
        QStringLiteral("trends.cli"),
        QStringLiteral("trends.ratio"),
        QStringLiteral("trends.rows"),
        QStringLiteral("cli.start"),
        QStringLiteral("search.cli.latency"),
        QStringLiteral("search.cli.db"),
        QStringLiteral("search.cli.d"),
        QStringLiteral("search.repo.latency"),
        QStringLiteral("search.repo.db"),
        QStringLiteral("search.repo.d"),
        QStringLiteral("search.list.latency"),
        QStringLiteral("search.list.db"),
        QStringLiteral("search.list.d"),
        QStringLiteral("list.open"),
        QStringLiteral("list.scroll"),
        QStringLiteral("list.cached"),
        QStringLiteral("area.actions"),
        QStringLiteral("area.actions.filled"),
        QStringLiteral("area.sessions"),
        QStringLiteral("area.sessions.filled"),
        QStringLiteral("area.insights"),
        QStringLiteral("area.insights.filled"),
        QStringLiteral("chart.compare20"),
        QStringLiteral("edit.insert"),
        QStringLiteral("edit.update"),
    };
    // "id  what  verdict  target  measured": every figure there once, measured (not FAILED), with a figure.
    const QRegularExpression measured(QStringLiteral("\\d"));
    for (const QString &id : expected) {
        const QStringList found =
            lines.filter(QRegularExpression(QStringLiteral("^%1 ").arg(QRegularExpression::escape(id))));
        QVERIFY2(found.size() == 1,
                 qPrintable(QStringLiteral("figure %1 printed %2 times").arg(id).arg(found.size()) + context));
        const QString line = found.constFirst();
        QVERIFY2(!line.contains(QStringLiteral(" FAILED ")),
                 qPrintable(QStringLiteral("figure %1 was not measured: %2").arg(id, line)));
        QVERIFY2(line.contains(QRegularExpression(QStringLiteral(" (within|OVER|info) "))),
                 qPrintable(QStringLiteral("figure %1 has no verdict: %2").arg(id, line)));
        QVERIFY2(line.section(QRegularExpression(QStringLiteral(" (within|OVER|info) ")), 1).contains(measured),
                 qPrintable(QStringLiteral("figure %1 shows no measurement: %2").arg(id, line)));
    }
    // Candor's trends and the hand-written SQL of trends.sql give the same rows.
    const QString rows = lines.filter(QRegularExpression(QStringLiteral("^trends\\.rows "))).value(0);
    QVERIFY2(rows.contains(QStringLiteral(" within ")), qPrintable(rows));
    // The incident list never held every row.
    const QString cached = lines.filter(QRegularExpression(QStringLiteral("^list\\.cached "))).value(0);
    QVERIFY2(cached.contains(QStringLiteral(" within ")), qPrintable(cached));
}

QTEST_GUILESS_MAIN(BenchmarkSmoke)
#include "tst_benchmark_smoke.moc"
