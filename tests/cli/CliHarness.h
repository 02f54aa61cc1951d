// Shared by the candor-cli tests: one run of the built executable (CANDOR_CLI_PATH) with QProcess in a temporary
// folder, the runs of a test printed when it fails, and parsers for what it prints. Header-only. In a test's _pg
// variant the databases it makes with newDatabase() or createDemo() are new ones on the test cluster, given to the
// CLI as `--db URL`; the child finds their password in PGPASSWORD, which tests/common/TestDatabase.h sets.
#pragma once

#include "common/TestDatabase.h"

#include <QCryptographicHash>
#include <QDebug>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace candor::clitest {

// What one run of candor-cli did.
struct Run
{
    QStringList args;
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    bool finished = false;
    QString out;
    QString err;

    // stderr split into lines, without the empty piece after the final line break.
    QStringList errLines() const
    {
        QStringList lines = err.split(QLatin1Char('\n'));
        if (!lines.isEmpty() && lines.constLast().isEmpty())
            lines.removeLast();
        return lines;
    }
};

// Splits RFC 4180 text into records. Every record must end in CRLF; quoted fields may hold commas, quotes
// (doubled) and line breaks. Returns false on anything else, with the reason in *error.
inline bool parseCsv(const QString &text, QList<QStringList> *records, QString *error)
{
    records->clear();
    QStringList record;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and is closed
    bool fieldStart = true; // nothing read for the current field yet
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            wasQuoted = false;
            fieldStart = true;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n')) {
                *error = QStringLiteral("bare CR at offset %1").arg(i);
                return false;
            }
            ++i;
            record.append(field);
            records->append(record);
            record.clear();
            field.clear();
            wasQuoted = false;
            fieldStart = true;
        } else if (c == QLatin1Char('\n')) {
            *error = QStringLiteral("bare LF at offset %1 (records must end in CRLF)").arg(i);
            return false;
        } else if (c == QLatin1Char('"')) {
            if (!fieldStart) {
                *error = QStringLiteral("quote inside an unquoted field at offset %1").arg(i);
                return false;
            }
            quoted = true;
            fieldStart = false;
        } else {
            if (wasQuoted) {
                *error = QStringLiteral("text after a closing quote at offset %1").arg(i);
                return false;
            }
            field += c;
            fieldStart = false;
        }
    }
    if (quoted || !fieldStart || !record.isEmpty()) {
        *error = QStringLiteral("the last record does not end in CRLF");
        return false;
    }
    return true;
}

// The state of a path, to show that a refused database was left alone: the bytes and mode bits of a file, the
// entries of a folder, or that nothing is there.
inline QByteArray fingerprint(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return QByteArrayLiteral("missing");
    if (info.isDir())
        return "folder:" + QDir(path)
                               .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                               .join(QLatin1Char('/'))
                               .toUtf8();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("unreadable");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return "file:" + QByteArray::number(int(info.permissions()), 16) + ':' + hash.result().toHex();
}

inline QJsonArray parseJsonArray(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return {};
    return document.array();
}

inline QJsonObject findByName(const QJsonArray &array, const QString &name)
{
    for (const QJsonValue &value : array) {
        if (value.toObject().value(QLatin1String("name")).toString() == name)
            return value.toObject();
    }
    return {};
}

// The temporary folder and runs of one test; a test class derives from it and calls these from its own
// initTestCase(), init() and cleanup().
class CliHarness
{
protected:
    void startTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFileInfo(QStringLiteral(CANDOR_CLI_PATH)).isExecutable(), CANDOR_CLI_PATH);
    }

    void startTest()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_runs.clear();
    }

    void finishTest()
    {
        if (QTest::currentTestFailed()) {
            for (const Run &r : std::as_const(m_runs)) {
                qInfo().noquote() << "candor-cli" << r.args.join(QLatin1Char(' ')) << "-> exit" << r.exitCode
                                  << (r.exitStatus == QProcess::NormalExit ? "" : "(crashed)")
                                  << "\nstdout:" << r.out.left(2000) << "\nstderr:" << r.err;
            }
        }
        // Undo chmod so the folder can be removed whoever runs the tests.
        QDirIterator it(m_dir->path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            QFile::setPermissions(it.next(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_dir.reset();
    }

    QProcessEnvironment baseEnvironment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("CANDOR_DB"));
        // Should a run fall back to the default database, it lands in this test's folder, not the user's.
        environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("xdg-data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("xdg-config")));
        return environment;
    }

    Run run(const QStringList &args, const QProcessEnvironment &environment)
    {
        Run r;
        r.args = args;
        QProcess process;
        process.setProgram(QStringLiteral(CANDOR_CLI_PATH));
        process.setArguments(args);
        process.setWorkingDirectory(m_dir->path());
        process.setProcessEnvironment(environment);
        process.start();
        if (process.waitForStarted(30000) && process.waitForFinished(120000)) {
            r.finished = true;
            r.exitStatus = process.exitStatus();
            r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        } else {
            process.kill();
            process.waitForFinished(5000);
        }
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        m_runs.append(r);
        return r;
    }

    Run run(const QStringList &args) { return run(args, baseEnvironment()); }
    QString path(const QString &name) const { return m_dir->filePath(name); }

    // Where a new database goes: the file `name` in this test's folder, or in a _pg variant the URL of a new, empty
    // database on the test cluster (empty when there is none; testdb::lastError() says why).
    QString newDatabase(const QString &name) const
    {
        return testdb::onPostgreSql() ? testdb::location(*m_dir, name) : path(name);
    }

    // A new database with the small demo organisation; empty on failure. In a _pg variant of a test that sets
    // m_copyDemos, the demo of each seed is made once, into a database no test touches, and copied by the server.
    QString createDemo(const QString &name, const QString &seed = QStringLiteral("1"))
    {
        if (m_copyDemos && testdb::onPostgreSql()) {
            QString &source = m_demoSources[seed];
            if (source.isEmpty())
                source = makeDemo(name, seed);
            return source.isEmpty() ? QString() : testdb::copyOf(source);
        }
        return makeDemo(name, seed);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<Run> m_runs;                     // this test's runs, printed when it fails
    bool m_copyDemos = false;              // for tests that never compare two demos of one seed
    testdb::DropAllOnExit m_dropDatabases; // the _pg variant's databases, dropped when the test object goes

private:
    QString makeDemo(const QString &name, const QString &seed)
    {
        const QString database = newDatabase(name);
        if (database.isEmpty())
            return {};
        const Run r = run({QStringLiteral("demo"), QStringLiteral("--seed"), seed, QStringLiteral("--db"), database});
        const bool made = r.exitCode == 0 && (testdb::onPostgreSql() || QFileInfo::exists(database));
        return made ? database : QString();
    }

    QHash<QString, QString> m_demoSources; // seed -> the demo createDemo() copies
};

} // namespace candor::clitest
