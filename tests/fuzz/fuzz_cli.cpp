// fuzz_cli: candor-cli's command line in parse-only mode (see FuzzTargets.h).
#include "FuzzTargets.h"

#include "Cli.h"

#include <QDir>
#include <QTemporaryDir>

namespace candor::fuzz {

namespace {

// Where a file would appear if a command wrote one in parse-only mode: the working folder during the run (relative
// paths such as -o report.md or --db x.sqlite) and the default database's folder (Database::resolvePath creates it).
struct Fixture
{
    QTemporaryDir folder;
    QString working;
    QString dataHome;

    Fixture()
        : folder(QDir::tempPath() + QStringLiteral("/candor-fuzz-cli-XXXXXX"))
    {
        require(folder.isValid(), "a temporary folder", folder.errorString());
        working = folder.filePath(QStringLiteral("work"));
        dataHome = folder.filePath(QStringLiteral("data"));
        require(QDir().mkpath(working) && QDir().mkpath(dataHome), "the fixture's folders");
        // Without --db a command would use the default database, under XDG_DATA_HOME.
        qunsetenv("CANDOR_DB");
        qputenv("XDG_DATA_HOME", dataHome.toLocal8Bit());
    }
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

bool isEmptyFolder(const QString &path)
{
    return QDir(path).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

int commandLine(const std::uint8_t *data, std::size_t size)
{
    const Fixture &f = fixture();
    QStringList arguments;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!bytes.isEmpty()) {
        for (const QByteArray &argument : bytes.split('\0'))
            arguments.append(QString::fromUtf8(argument));
    }

    // Only around the run: the fuzzer reads its corpus by paths relative to where it was started.
    const QString started = QDir::currentPath();
    require(QDir::setCurrent(f.working), "entering the working folder");
    const int code = cli::run(arguments, cli::Mode::ParseOnly);
    require(QDir::setCurrent(started), "leaving the working folder");
    require(code == cli::Ok || code == cli::Usage, "parse-only runs end in Ok or Usage", QString::number(code));
    require(isEmptyFolder(f.working), "parse-only runs write no file", arguments.join(QLatin1Char(' ')));
    require(isEmptyFolder(f.dataHome), "parse-only runs create no database folder", arguments.join(QLatin1Char(' ')));
    return 0;
}

} // namespace candor::fuzz

CANDOR_LIBFUZZER_TARGET(commandLine)
