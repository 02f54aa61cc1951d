// candor-bare-window: the yardstick for Candor's start-up. A bare Qt Widgets window (QApplication, an empty
// QMainWindow with a menu bar and a status bar) shown, then it exits 0 once the window has painted and the event
// loop is idle: the same exit condition as `candor --quit-after-startup` (the first paint of the window, then a
// zero-timer). candor-bench runs both alternately and compares their wall time and peak memory.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>

namespace {

// Quits on the first paint of the watched window, from a zero-timer so the paint and whatever the loop has queued
// behind it are done first.
class QuitAfterFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("candor-bare-window"));

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare window"));
    window.menuBar()->addMenu(QStringLiteral("&File"));
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1024, 700);

    QuitAfterFirstPaint quitter;
    window.installEventFilter(&quitter);
    window.show();
    return app.exec();
}
