// One run of another program for candor-bench: wall time from fork to exit, and the child's own peak memory from
// wait4() (QProcess cannot report a child's resource use).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace candor::bench {

struct ChildRun
{
    bool started = false; // fork and exec worked
    int exitCode = -1;    // -1 when it did not exit normally (killed by a signal)
    int signal = 0;       // the signal that ended it, if one did
    double seconds = 0;   // wall time
    long peakKb = 0;      // ru_maxrss of the child
    QByteArray out;       // standard output, when captured
    QByteArray err;       // standard error, always captured (the last part of it)

    bool ok() const { return started && exitCode == 0; }
    // "exit 1: candor-cli: ..." for a report line.
    QString problem() const;
};

struct ChildOptions
{
    QString stdinFile;              // empty: /dev/null
    bool captureOut = false;        // otherwise standard output goes to /dev/null
    QHash<QString, QString> setEnv; // added to (or replacing in) this process's environment
    QStringList unsetEnv;           // removed from it
    int timeoutSeconds = 600;       // killed after that, and reported as not exiting normally
};

// Runs program (a path) with args and waits for it.
ChildRun runChild(const QString &program, const QStringList &args, const ChildOptions &options = {});

} // namespace candor::bench
