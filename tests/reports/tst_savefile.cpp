// SaveFile: every file Candor writes is complete or absent. A device that fails part-way (the process's file size
// limit, set here with setrlimit and SIGXFSZ ignored, fails a write exactly as a full disk does: the first bytes are
// taken, the rest refused) leaves no file, no temporary and an earlier file byte for byte as it was; the message
// names the file and the system's reason. Also a folder that cannot be written, a missing folder and a path that is
// a folder.
#include "reports/SaveFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace candor;

namespace {

// While it lives, files this process writes may grow to `bytes` at most and a write past that fails with EFBIG
// instead of raising SIGXFSZ (which would end the test). The previous limit and handler come back when it goes,
// whichever way the test function leaves.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        m_ok = getrlimit(RLIMIT_FSIZE, &m_previous) == 0;
        if (m_ok) {
            rlimit limited = m_previous;
            limited.rlim_cur = bytes;
            m_ok = setrlimit(RLIMIT_FSIZE, &limited) == 0;
        }
    }
    ~FileSizeLimit()
    {
        if (m_ok)
            setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    bool ok() const { return m_ok; }

private:
    rlimit m_previous{};
    void (*m_previousHandler)(int) = SIG_DFL;
    bool m_ok = false;
};

// Everything in a folder, hidden files (".name.XXXXXX" temporaries) included.
QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<unreadable>");
    return file.readAll();
}

// Bytes that differ from line to line, so a file cut short or shifted cannot pass for the whole.
QByteArray sample(int size)
{
    QByteArray bytes;
    bytes.reserve(size + 32);
    for (int line = 0; bytes.size() < size; ++line)
        bytes += "line " + QByteArray::number(line) + ",\"quoted, text\"\r\n";
    bytes.truncate(size);
    return bytes;
}

// A writer that hands the bytes over in small pieces, as QTextStream or QPdfWriter do.
bool writeInPieces(QIODevice &device, const QByteArray &bytes, QString *error)
{
    for (qsizetype at = 0; at < bytes.size(); at += 100) {
        if (device.write(bytes.mid(at, 100)) < 0) {
            *error = device.errorString();
            return false;
        }
    }
    return true;
}

} // namespace

class TestSaveFile : public QObject
{
    Q_OBJECT
private slots:
    void writesTheWholeFile();
    void replacesAnEarlierFile();
    void writerPiecesMakeOneFile();
    void writerFailureLeavesNothing();
    void failingDeviceLeavesNothing_data();
    void failingDeviceLeavesNothing();
    void unwritableFolder_data();
    void unwritableFolder();
    void missingFolder();
    void pathIsAFolder();
    void emptyPath();
    void utf8WithAndWithoutByteOrderMark();
};

void TestSaveFile::writesTheWholeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("export.csv"));
    const QByteArray bytes = sample(300 * 1024); // more than one block of the device SaveFile hands to writers
    const Status saved = SaveFile::write(target, bytes);
    QVERIFY2(saved, qPrintable(saved.error()));
    QCOMPARE(contents(target), bytes);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("export.csv")});
}

void TestSaveFile::replacesAnEarlierFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("export.csv"));
    QVERIFY(SaveFile::write(target, sample(5000)));
    const QByteArray shorter = "id,title\r\n1,short\r\n";
    const Status saved = SaveFile::write(target, shorter);
    QVERIFY2(saved, qPrintable(saved.error()));
    QCOMPARE(contents(target), shorter);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("export.csv")});
}

void TestSaveFile::writerPiecesMakeOneFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("report.pdf"));
    const QByteArray bytes = sample(700 * 1024);
    const Status saved = SaveFile::write(
        target, [&bytes](QIODevice &device, QString *error) { return writeInPieces(device, bytes, error); });
    QVERIFY2(saved, qPrintable(saved.error()));
    QCOMPARE(contents(target), bytes);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("report.pdf")});
}

void TestSaveFile::writerFailureLeavesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("report.pdf"));
    const Status failed = SaveFile::write(target, [](QIODevice &device, QString *error) {
        device.write(sample(1000)); // something written before the writer gives up
        *error = QStringLiteral("The chart could not be drawn");
        return false;
    });
    QVERIFY(!failed);
    QVERIFY2(failed.error().contains(QDir::toNativeSeparators(target)), qPrintable(failed.error()));
    QVERIFY2(failed.error().contains(QLatin1String("The chart could not be drawn")), qPrintable(failed.error()));
    QCOMPARE(entries(dir.path()), QStringList());
}

void TestSaveFile::failingDeviceLeavesNothing_data()
{
    QTest::addColumn<bool>("earlierFile");
    QTest::addColumn<int>("writer"); // 0: bytes at once, 1: in pieces, 2: in pieces, failures ignored
    QTest::newRow("new file, bytes at once") << false << 0;
    QTest::newRow("earlier file, bytes at once") << true << 0;
    QTest::newRow("new file, writer in pieces") << false << 1;
    QTest::newRow("earlier file, writer in pieces") << true << 1;
    QTest::newRow("writer that ignores failed writes") << false << 2;
}

void TestSaveFile::failingDeviceLeavesNothing()
{
    QFETCH(bool, earlierFile);
    QFETCH(int, writer);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("incidents.csv"));
    const QByteArray earlier = sample(3000); // below the limit: an earlier export that fitted
    if (earlierFile)
        QVERIFY(SaveFile::write(target, earlier));
    const QStringList before = entries(dir.path());
    const QByteArray bytes = sample(64 * 1024);

    Status status;
    {
        const FileSizeLimit limit(8 * 1024);
        QVERIFY2(limit.ok(), "setrlimit(RLIMIT_FSIZE) failed");
        if (writer == 0) {
            status = SaveFile::write(target, bytes);
        } else if (writer == 1) {
            status = SaveFile::write(
                target, [&bytes](QIODevice &device, QString *error) { return writeInPieces(device, bytes, error); });
        } else {
            status = SaveFile::write(target, [&bytes](QIODevice &device, QString *) {
                for (qsizetype at = 0; at < bytes.size(); at += 100)
                    device.write(bytes.mid(at, 100));
                return true;
            });
        }
    }

    QVERIFY2(!status, "a write past the file size limit reported success");
    QVERIFY2(status.error().contains(QDir::toNativeSeparators(target)), qPrintable(status.error()));
    // The system's reason, not "Unknown error".
    QVERIFY2(status.error().contains(qt_error_string(EFBIG)), qPrintable(status.error()));
    QVERIFY2(!status.error().contains(QLatin1String("Unknown error")), qPrintable(status.error()));
    QCOMPARE(entries(dir.path()), before);
    if (earlierFile)
        QCOMPARE(contents(target), earlier);
    else
        QVERIFY(!QFile::exists(target));

    // With the limit gone the same write succeeds: it was the device, not the data.
    const Status saved = SaveFile::write(target, bytes);
    QVERIFY2(saved, qPrintable(saved.error()));
    QCOMPARE(contents(target), bytes);
}

void TestSaveFile::unwritableFolder_data()
{
    QTest::addColumn<QString>("folder"); // empty: a temporary folder made read-only
    QTest::newRow("read-only folder") << QString();
    // /sys refuses new files to everyone, root included.
    QTest::newRow("/sys") << QStringLiteral("/sys");
}

void TestSaveFile::unwritableFolder()
{
    QFETCH(QString, folder);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (folder.isEmpty()) {
        folder = dir.filePath(QStringLiteral("read-only"));
        QVERIFY(QDir().mkdir(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        if (access(QFile::encodeName(folder).constData(), W_OK) == 0) {
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QSKIP("This user may write into read-only folders (root); the /sys row covers an unwritable folder.");
        }
    } else if (!QFileInfo(folder).isDir()) {
        QSKIP("No /sys here.");
    }
    const QStringList before = entries(folder);
    const QString target = QDir(folder).filePath(QStringLiteral("candor-export.csv"));
    const Status status = SaveFile::write(target, sample(1000));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!status);
    QVERIFY2(status.error().contains(QDir::toNativeSeparators(target)), qPrintable(status.error()));
    QVERIFY2(status.error().contains(qt_error_string(EACCES)), qPrintable(status.error()));
    QVERIFY2(status.error().contains(QLatin1String("may write")), qPrintable(status.error()));
    QVERIFY(!QFile::exists(target));
    QCOMPARE(entries(folder), before);
}

void TestSaveFile::missingFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("missing/incidents.csv"));
    const Status status = SaveFile::write(target, sample(1000));
    QVERIFY(!status);
    QVERIFY2(status.error().contains(QDir::toNativeSeparators(target)), qPrintable(status.error()));
    QVERIFY2(status.error().contains(QLatin1String("folder exists")), qPrintable(status.error()));
    QCOMPARE(entries(dir.path()), QStringList()); // the folder is not made either
}

void TestSaveFile::pathIsAFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkdir(folder));
    const Status status = SaveFile::write(folder, sample(1000));
    QVERIFY(!status);
    QVERIFY2(status.error().contains(QDir::toNativeSeparators(folder)), qPrintable(status.error()));
    QVERIFY2(status.error().contains(QLatin1String("is a folder")), qPrintable(status.error()));
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(entries(folder), QStringList());
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("exports")});
}

void TestSaveFile::emptyPath()
{
    const Status status = SaveFile::write(QStringLiteral("  "), QByteArrayLiteral("x"));
    QVERIFY(!status);
    QVERIFY2(status.error().contains(QLatin1String("No file name")), qPrintable(status.error()));
}

void TestSaveFile::utf8WithAndWithoutByteOrderMark()
{
    const QString text = QStringLiteral("team,title\r\nZürich,\"Pager 📟, שלום\"\r\n");
    QCOMPARE(SaveFile::utf8(text), text.toUtf8());
    const QByteArray marked = SaveFile::utf8(text, true);
    QCOMPARE(marked.left(3), QByteArray("\xEF\xBB\xBF"));
    QCOMPARE(marked.mid(3), text.toUtf8());
}

QTEST_GUILESS_MAIN(TestSaveFile)
#include "tst_savefile.moc"
