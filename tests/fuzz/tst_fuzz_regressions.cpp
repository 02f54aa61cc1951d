// Replays, in the normal build, every seed of the fuzz corpus and every input a fuzzer ever crashed on
// (tests/fuzz/regressions/<target>/) through the fuzz targets' entry functions. Each entry checks its invariants
// itself and aborts on a broken one, naming it; a crash fixed once stays fixed.
#include "FuzzTargets.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace candor;

namespace {

using Entry = int (*)(const std::uint8_t *, std::size_t);

// One row per file of corpus/<target>/ and regressions/<target>/.
void addInputs(const QString &target)
{
    QTest::addColumn<QString>("path");
    int seeds = 0;
    for (const QString &kind : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
        const QDir folder(QStringLiteral(CANDOR_FUZZ_DIR "/%1/%2").arg(kind, target));
        QStringList files = folder.entryList(QDir::Files | QDir::Hidden);
        files.sort();
        for (const QString &file : std::as_const(files)) {
            if (file == QLatin1String("README.md"))
                continue;
            QTest::newRow(qPrintable(kind + QLatin1Char('/') + file)) << folder.filePath(file);
            if (kind == QLatin1String("corpus"))
                ++seeds;
        }
    }
    QVERIFY2(seeds > 0, qPrintable(QStringLiteral("tests/fuzz/corpus/%1 holds no seeds").arg(target)));
}

void replay(Entry entry)
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray bytes = file.readAll();
    // A broken invariant or a crash aborts the test here, with the invariant named on stderr.
    QCOMPARE(entry(reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size())), 0);
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        int argc = 0;
        char **argv = nullptr;
        fuzz::initialise(&argc, &argv);
    }

    void surveyCsv_data() { addInputs(QStringLiteral("surveycsv")); }
    void surveyCsv() { replay(fuzz::surveyCsv); }
    void jsonImport_data() { addInputs(QStringLiteral("jsonimport")); }
    void jsonImport() { replay(fuzz::jsonImport); }
    void blameChecker_data() { addInputs(QStringLiteral("blamechecker")); }
    void blameChecker() { replay(fuzz::blameChecker); }
    void commandLine_data() { addInputs(QStringLiteral("cli")); }
    void commandLine() { replay(fuzz::commandLine); }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
