#include "Cli.h"

#include <algorithm>

#include "reports/SaveFile.h"

#include <QFile>

#include <cstdio>

namespace candor::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString &message, int code)
{
    out().flush();
    QString line = message.simplified();
    QTextStream err(stderr);
    err << "candor-cli: " << line << Qt::endl;
    return code;
}

bool parse(QCommandLineParser &parser, const QStringList &args, const QString &usage, int *exitCode)
{
    parser.setApplicationDescription(usage);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), Text::tr("Use the database file at PATH."), QStringLiteral("PATH")});
    if (!parser.parse(args)) {
        *exitCode = fail(Text::tr("%1. Run: candor-cli %2 --help").arg(parser.errorText(), args.value(0)), Usage);
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        *exitCode = Ok;
        return false;
    }
    return true;
}

bool openDatabase(Database &database, const QCommandLineParser &parser, int *exitCode, Database::Options options)
{
    const QString path = Database::resolvePath(parser.value(QStringLiteral("db")));
    if (const Status status = database.open(path, options); !status) {
        *exitCode = fail(status.error(), CannotOpen);
        return false;
    }
    return true;
}

QString alignedTable(const QList<QStringList> &lines)
{
    QList<int> widths;
    for (const QStringList &cells : lines) {
        for (int c = 0; c < cells.size(); ++c) {
            if (c >= widths.size())
                widths.append(0);
            widths[c] = std::max(widths[c], int(cells[c].size()));
        }
    }
    QString text;
    for (const QStringList &cells : lines) {
        for (int c = 0; c < cells.size(); ++c) {
            if (c > 0)
                text += QLatin1String("  ");
            text += c + 1 < cells.size() ? cells[c].leftJustified(widths[c]) : cells[c];
        }
        text += QLatin1Char('\n');
    }
    return text;
}

QString tableCell(const QString &text)
{
    constexpr int maxWidth = 48;
    const QString line = text.simplified();
    return line.size() > maxWidth ? line.left(maxWidth - 1) + QChar(0x2026) : line;
}

Database::Options readingOptions()
{
    Database::Options options;
    options.quickCheck = false;
    options.readOnly = true;
    return options;
}

void addOutputOption(QCommandLineParser &parser)
{
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      Text::tr("Write to FILE instead of standard output (complete or not at all)."),
                      QStringLiteral("FILE")});
}

bool writeOutput(const QCommandLineParser &parser, const QByteArray &bytes, int *exitCode)
{
    if (!parser.isSet(QStringLiteral("output"))) {
        out().flush();
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly) || stdOut.write(bytes) != bytes.size() || !stdOut.flush()) {
            *exitCode = fail(Text::tr("Could not write to standard output: %1").arg(stdOut.errorString()));
            return false;
        }
        return true;
    }
    if (const Status saved = SaveFile::write(parser.value(QStringLiteral("output")), bytes); !saved) {
        *exitCode = fail(saved.error());
        return false;
    }
    return true;
}

} // namespace candor::cli
