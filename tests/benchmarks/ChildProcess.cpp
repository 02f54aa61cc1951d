#include "ChildProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryFile>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>
#include <vector>

extern char **environ;

namespace candor::bench {

QString ChildRun::problem() const
{
    if (!started)
        return QStringLiteral("could not start: %1").arg(QString::fromLocal8Bit(err).trimmed());
    // The last line that says something (not the platform's usual chatter).
    QString lastLine;
    const QStringList lines = QString::fromLocal8Bit(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend() && lastLine.isEmpty(); ++it) {
        if (!it->contains(QLatin1String("propagateSizeHints")) && !it->contains(QLatin1String("XDG_RUNTIME_DIR")))
            lastLine = it->trimmed();
    }
    if (exitCode < 0)
        return QStringLiteral("killed by signal %1%2 %3")
            .arg(signal)
            .arg(signal == SIGKILL ? QStringLiteral(" (timeout?)") : QString(), lastLine)
            .trimmed();
    return QStringLiteral("exit %1: %2").arg(exitCode).arg(lastLine);
}

namespace {

std::vector<std::string> environmentFor(const ChildOptions &options)
{
    std::vector<std::string> result;
    for (char **entry = environ; *entry; ++entry) {
        const QString line = QString::fromLocal8Bit(*entry);
        const QString name = line.section(QLatin1Char('='), 0, 0);
        if (options.unsetEnv.contains(name) || options.setEnv.contains(name))
            continue;
        result.emplace_back(*entry);
    }
    for (auto it = options.setEnv.cbegin(); it != options.setEnv.cend(); ++it)
        result.push_back((it.key() + QLatin1Char('=') + it.value()).toStdString());
    return result;
}

QByteArray readAll(int fd)
{
    QByteArray bytes;
    lseek(fd, 0, SEEK_SET);
    char buffer[65536];
    for (;;) {
        const ssize_t n = read(fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        bytes.append(buffer, n);
    }
    return bytes;
}

} // namespace

ChildRun runChild(const QString &program, const QStringList &args, const ChildOptions &options)
{
    ChildRun run;
    // Output goes to unlinked temporary files, not pipes, so a chatty child never blocks on a full pipe and the
    // parent does nothing while the child runs.
    QTemporaryFile outFile;
    QTemporaryFile errFile;
    if (!outFile.open() || !errFile.open()) {
        run.err = "cannot create temporary files for the child's output";
        return run;
    }

    const std::string path = program.toStdString();
    std::vector<std::string> argStrings{path};
    for (const QString &arg : args)
        argStrings.push_back(arg.toStdString());
    std::vector<char *> argv;
    for (std::string &arg : argStrings)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    std::vector<std::string> envStrings = environmentFor(options);
    std::vector<char *> envp;
    for (std::string &entry : envStrings)
        envp.push_back(entry.data());
    envp.push_back(nullptr);
    const std::string stdinPath =
        options.stdinFile.isEmpty() ? std::string("/dev/null") : options.stdinFile.toStdString();
    const int outFd = options.captureOut ? outFile.handle() : -1;
    const int errFd = errFile.handle();

    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid < 0) {
        run.err = QByteArray("fork failed: ") + strerror(errno);
        return run;
    }
    if (pid == 0) {
        // Only async-signal-safe calls from here to exec.
        const int in = open(stdinPath.c_str(), O_RDONLY);
        const int devNull = open("/dev/null", O_WRONLY);
        if (in < 0 || devNull < 0)
            _exit(126);
        dup2(in, STDIN_FILENO);
        dup2(outFd >= 0 ? outFd : devNull, STDOUT_FILENO);
        dup2(errFd, STDERR_FILENO);
        execve(path.c_str(), argv.data(), envp.data());
        const char message[] = "exec failed\n";
        (void)!write(STDERR_FILENO, message, sizeof message - 1);
        _exit(127);
    }

    int status = 0;
    struct rusage usage = {};
    pid_t done = 0;
    for (;;) {
        done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid || (done < 0 && errno != EINTR))
            break;
        if (timer.elapsed() > qint64(options.timeoutSeconds) * 1000) {
            kill(pid, SIGKILL);
            done = wait4(pid, &status, 0, &usage);
            break;
        }
        // Polling: at most 0.2 ms late in the first two seconds, which is what the short figures need.
        usleep(timer.elapsed() < 2000 ? 200 : 5000);
    }
    run.seconds = timer.nsecsElapsed() / 1e9;
    run.started = done == pid && !(WIFEXITED(status) && WEXITSTATUS(status) == 127);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    run.peakKb = usage.ru_maxrss;
    run.err = readAll(errFd).right(4000);
    if (options.captureOut)
        run.out = readAll(outFd);
    return run;
}

} // namespace candor::bench
