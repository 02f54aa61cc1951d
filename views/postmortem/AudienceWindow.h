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
// Text scales with the window (at least 28 pt at 1080 lines); Ctrl+plus and Ctrl+minus adjust it; Esc or F5
// asks to end the presentation.
class AudienceWindow : public QWidget
{
    Q_OBJECT
public:
    explicit AudienceWindow(QWidget *parent = nullptr);

    void setSnapshot(const AudienceSnapshot &snapshot);
    const AudienceSnapshot &snapshot() const { return m_snapshot; }
    // Full screen on the given screen.
    void presentOn(QScreen *screen);
    double zoom() const { return m_zoom; }
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

    AudienceSnapshot m_snapshot;
    double m_zoom = 1.0;
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
