#pragma once

#include "postmortem/AudienceFilter.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QScreen;
class QVBoxLayout;

namespace candor {

class PhaseStepper;

// The view for the meeting-room screen: large, high-contrast type showing the phase, who is speaking, the timers
// and the phase's shared content. It is built only from an AudienceSnapshot, which holds nothing private.
// Text scales with the window (at least 28 pt at 1080 lines); Ctrl+plus and Ctrl+minus adjust it (here or in the
// console) and the zoom is remembered; Esc or F5 asks to end the presentation. Its presentation colours are its
// own, whatever the application's theme: light on black for a dark room, or dark on white for a bright one.
class AudienceWindow : public QWidget
{
    Q_OBJECT
public:
    enum Look { DarkRoom, BrightRoom };
    static constexpr double MinZoom = 1.0; // never below the 28 pt the back of the room needs
    static constexpr double MaxZoom = 3.0;

    explicit AudienceWindow(QWidget *parent = nullptr);

    static QString lookKey(Look look);
    static QString lookName(Look look);
    static Look lookFromKey(const QString &key);
    // Every open audience window takes the look and zoom in the settings (after Preferences changed them).
    static void updateAllFromSettings();
    // Every open audience window's text one step larger or smaller; the new zoom is remembered.
    static void zoomAllIn();
    static void zoomAllOut();

    Look look() const { return m_look; }
    void setLook(Look look);

    void setSnapshot(const AudienceSnapshot &snapshot);
    const AudienceSnapshot &snapshot() const { return m_snapshot; }
    // Full screen on the given screen.
    void presentOn(QScreen *screen);
    double zoom() const { return m_zoom; }
    // Sets the zoom (clamped to MinZoom..MaxZoom) and remembers it for the next session.
    void setZoom(double zoom);
    // The smallest text on the view now, in points (see the class comment); the rest is larger.
    double minimumPointSize() const;
    // Every text the window currently shows, for tests and accessibility checks.
    QStringList visibleTexts() const;

signals:
    void endRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // Rebuilds the content; with `previous`, scrolls to the first item that is new since then.
    void rebuildContent(const AudienceSnapshot *previous = nullptr);
    void updateFonts();
    void updateTimers();

    struct Colours
    {
        QColor background, foreground, muted, accent, warning;
    };
    static Colours coloursOf(Look look);

    AudienceSnapshot m_snapshot;
    double m_zoom = 1.0;
    Look m_look = DarkRoom;
    Colours m_colours;
    QLabel *m_title;
    QLabel *m_phaseTime;
    PhaseStepper *m_stepper;
    QLabel *m_speaker;
    QLabel *m_turnTime;
    QLabel *m_waiting;
    QScrollArea *m_scroll;
    QWidget *m_content;
    QVBoxLayout *m_contentLayout;
};

} // namespace candor
