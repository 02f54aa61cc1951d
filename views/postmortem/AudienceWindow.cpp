#include "AudienceWindow.h"

#include "PhaseStepper.h"
#include "common/Settings.h"

#include <QApplication>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPointer>
#include <QScreen>
#include <QScrollArea>
#include <QSet>
#include <QTimer>
#include <QWindow>

namespace candor {

namespace {

const double zoomStep = 1.1;

bool sameContent(const AudienceSnapshot &a, const AudienceSnapshot &b)
{
    if (a.sections.size() != b.sections.size())
        return false;
    for (int i = 0; i < a.sections.size(); ++i) {
        const AudienceSnapshot::Section &x = a.sections.at(i);
        const AudienceSnapshot::Section &y = b.sections.at(i);
        if (x.heading != y.heading || x.emptyText != y.emptyText || x.items.size() != y.items.size())
            return false;
        for (int j = 0; j < x.items.size(); ++j) {
            if (x.items.at(j).label != y.items.at(j).label || x.items.at(j).text != y.items.at(j).text)
                return false;
        }
    }
    return true;
}

QLabel *label(QWidget *parent, const QString &objectName)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText); // what people typed is never interpreted as markup
    return l;
}

} // namespace

AudienceWindow::AudienceWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("audienceWindow"));
    setWindowTitle(tr("Candor: audience view"));
    setAccessibleName(tr("Audience view"));
    setAutoFillBackground(true);
    const Settings settings;
    m_look = lookFromKey(settings.audienceTheme());
    m_colours = coloursOf(m_look);
    m_zoom = std::clamp(settings.audienceZoom(), MinZoom, MaxZoom);

    m_title = label(this, QStringLiteral("audienceTitle"));
    m_phaseTime = label(this, QStringLiteral("audiencePhaseTime"));
    m_phaseTime->setWordWrap(false);
    m_phaseTime->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_stepper = new PhaseStepper(this);
    m_stepper->setObjectName(QStringLiteral("audienceStepper"));
    m_speaker = label(this, QStringLiteral("audienceSpeaker"));
    m_turnTime = label(this, QStringLiteral("audienceTurnTime"));
    m_turnTime->setWordWrap(false);
    m_turnTime->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_waiting = label(this, QStringLiteral("audienceWaiting"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_phaseTime);
    auto *speaking = new QHBoxLayout;
    speaking->addWidget(m_speaker, 1);
    speaking->addWidget(m_turnTime);

    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("audienceContent"));
    m_contentLayout = new QVBoxLayout(m_content);
    m_contentLayout->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    auto *scroll = m_scroll;
    scroll->setWidget(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->viewport()->setAutoFillBackground(false);
    m_content->setAutoFillBackground(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(16);
    layout->addLayout(top);
    layout->addWidget(m_stepper);
    layout->addLayout(speaking);
    layout->addWidget(m_waiting);
    layout->addWidget(scroll, 1);
    resize(1280, 720);
    setLook(m_look);
}

AudienceWindow::Colours AudienceWindow::coloursOf(Look look)
{
    // Each pair of text and background reads at 7:1 or more; the warning stays distinct from the accent.
    if (look == BrightRoom)
        return {QColor(0xff, 0xff, 0xff), QColor(0x0b, 0x0f, 0x14), QColor(0x3d, 0x47, 0x52), QColor(0x0b, 0x4f, 0xa8),
                QColor(0xa3, 0x12, 0x12)};
    return {QColor(0x0b, 0x0f, 0x14), QColor(0xff, 0xff, 0xff), QColor(0xb8, 0xc4, 0xd0), QColor(0xff, 0xd2, 0x3f),
            QColor(0xff, 0x8a, 0x80)};
}

QString AudienceWindow::lookKey(Look look)
{
    return look == BrightRoom ? QStringLiteral("bright-room") : QStringLiteral("dark-room");
}

QString AudienceWindow::lookName(Look look)
{
    return look == BrightRoom ? tr("Bright room: dark text on white") : tr("Dark room: light text on black");
}

AudienceWindow::Look AudienceWindow::lookFromKey(const QString &key)
{
    return key == lookKey(BrightRoom) ? BrightRoom : DarkRoom;
}

void AudienceWindow::setLook(Look look)
{
    m_look = look;
    m_colours = coloursOf(look);
    QPalette p = palette();
    p.setColor(QPalette::Window, m_colours.background);
    p.setColor(QPalette::WindowText, m_colours.foreground);
    p.setColor(QPalette::Base, m_colours.background);
    setPalette(p);
    m_stepper->setColours(m_colours.foreground, m_colours.accent, m_colours.muted);
    updateFonts();
    rebuildContent();
}

void AudienceWindow::updateAllFromSettings()
{
    const Settings settings;
    const Look look = lookFromKey(settings.audienceTheme());
    const double zoom = std::clamp(settings.audienceZoom(), MinZoom, MaxZoom);
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (auto *audience = qobject_cast<AudienceWindow *>(window)) {
            audience->m_zoom = zoom;
            audience->setLook(look);
        }
    }
}

void AudienceWindow::zoomAllIn()
{
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (auto *audience = qobject_cast<AudienceWindow *>(window))
            audience->setZoom(audience->zoom() * zoomStep);
    }
}

void AudienceWindow::zoomAllOut()
{
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (auto *audience = qobject_cast<AudienceWindow *>(window))
            audience->setZoom(audience->zoom() / zoomStep);
    }
}

double AudienceWindow::minimumPointSize() const
{
    // The smallest text: 28 pt at 1080 lines, growing with taller screens, never below 28 pt before the zoom.
    // Everything else is larger.
    const double scale = std::max(1.0, height() / 1080.0);
    return 28.0 * scale * m_zoom;
}

void AudienceWindow::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, MinZoom, MaxZoom);
    Settings().setAudienceZoom(m_zoom);
    updateFonts();
    rebuildContent();
}

void AudienceWindow::updateFonts()
{
    const double size = minimumPointSize();
    const auto fontOf = [](double points, bool bold) {
        QFont f;
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    };
    const auto colour = [](QLabel *l, const QColor &c) {
        QPalette p = l->palette();
        p.setColor(QPalette::WindowText, c);
        l->setPalette(p);
    };
    m_title->setFont(fontOf(size * 1.3, true));
    m_phaseTime->setFont(fontOf(size * 1.3, true));
    m_stepper->setFont(fontOf(size, false));
    m_speaker->setFont(fontOf(size * 1.25, true));
    m_turnTime->setFont(fontOf(size * 1.25, true));
    m_waiting->setFont(fontOf(size, false));
    colour(m_title, m_colours.foreground);
    colour(m_speaker, m_colours.accent);
    colour(m_waiting, m_colours.muted);
    updateTimers();
}

void AudienceWindow::setSnapshot(const AudienceSnapshot &snapshot)
{
    const bool contentChanged = !sameContent(snapshot, m_snapshot);
    const AudienceSnapshot previous = m_snapshot;
    m_snapshot = snapshot;
    m_title->setText(snapshot.title);
    m_stepper->setPhases(snapshot.phases, snapshot.currentPhase);
    m_speaker->setText(snapshot.speaker.isEmpty() ? QString() : tr("Speaking: %1").arg(snapshot.speaker));
    m_waiting->setText(snapshot.waiting.isEmpty()
                           ? QString()
                           : tr("Still to speak this round: %1").arg(snapshot.waiting.join(QStringLiteral(", "))));
    m_waiting->setVisible(!snapshot.waiting.isEmpty());
    updateTimers();
    if (contentChanged)
        rebuildContent(&previous);
}

void AudienceWindow::updateTimers()
{
    const auto colour = [](QLabel *l, const QColor &c) {
        QPalette p = l->palette();
        p.setColor(QPalette::WindowText, c);
        l->setPalette(p);
    };
    m_phaseTime->setText(m_snapshot.phaseTime.isEmpty() ? QString()
                         : m_snapshot.phaseOverrun      ? tr("Phase over by %1").arg(m_snapshot.phaseTime.mid(1))
                                                        : tr("Phase %1 left").arg(m_snapshot.phaseTime));
    colour(m_phaseTime, m_snapshot.phaseOverrun ? m_colours.warning : m_colours.foreground);
    m_turnTime->setText(m_snapshot.speaker.isEmpty() ? QString()
                        : m_snapshot.turnOverrun     ? tr("over by %1").arg(m_snapshot.turnTime.mid(1))
                                                     : m_snapshot.turnTime);
    colour(m_turnTime, m_snapshot.turnOverrun ? m_colours.warning : m_colours.accent);
}

void AudienceWindow::rebuildContent(const AudienceSnapshot *previous)
{
    // What the room saw before, so the view can bring what was just added into sight.
    QSet<QString> seen;
    if (previous) {
        for (const AudienceSnapshot::Section &section : previous->sections) {
            for (const AudienceSnapshot::Item &item : section.items)
                seen.insert(section.heading + QLatin1Char('\n') + item.text);
        }
    }
    QPointer<QWidget> added;
    while (QLayoutItem *item = m_contentLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const double size = minimumPointSize();
    QFont heading;
    heading.setPointSizeF(size * 1.1);
    heading.setBold(true);
    QFont body;
    body.setPointSizeF(size * 1.15);
    QFont small;
    small.setPointSizeF(size);
    const auto coloured = [](QLabel *l, const QColor &c) {
        QPalette p = l->palette();
        p.setColor(QPalette::WindowText, c);
        l->setPalette(p);
    };
    for (const AudienceSnapshot::Section &section : m_snapshot.sections) {
        QLabel *h = label(m_content, QStringLiteral("audienceHeading"));
        h->setText(section.heading);
        h->setFont(heading);
        coloured(h, m_colours.accent);
        m_contentLayout->addWidget(h);
        if (section.items.isEmpty() && !section.emptyText.isEmpty()) {
            QLabel *empty = label(m_content, QStringLiteral("audienceEmpty"));
            empty->setText(section.emptyText);
            empty->setFont(small);
            coloured(empty, m_colours.muted);
            m_contentLayout->addWidget(empty);
        }
        for (const AudienceSnapshot::Item &item : section.items) {
            if (!item.label.isEmpty()) {
                QLabel *l = label(m_content, QStringLiteral("audienceItemLabel"));
                l->setText(item.label);
                l->setFont(small);
                coloured(l, m_colours.muted);
                m_contentLayout->addWidget(l);
            }
            QLabel *t = label(m_content, QStringLiteral("audienceItemText"));
            t->setText(item.text);
            t->setFont(body);
            coloured(t, m_colours.foreground);
            m_contentLayout->addWidget(t);
            if (previous && !added && !seen.contains(section.heading + QLatin1Char('\n') + item.text))
                added = t;
        }
        m_contentLayout->addSpacing(int(size));
    }
    m_contentLayout->addStretch(1);
    // A long timeline does not fit on the screen: keep the newest entry in view once the layout has settled.
    if (added) {
        QTimer::singleShot(0, this, [this, added]() {
            if (added)
                m_scroll->ensureWidgetVisible(added, 0, int(minimumPointSize()));
        });
    }
}

QStringList AudienceWindow::visibleTexts() const
{
    QStringList texts;
    for (const QLabel *l : findChildren<QLabel *>()) {
        if (!l->text().isEmpty())
            texts.append(l->text());
    }
    texts.append(m_stepper->currentText());
    return texts;
}

void AudienceWindow::presentOn(QScreen *screen)
{
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (isFullScreen())
        showNormal();
    // A window must be placed on its screen before going full screen there.
    setGeometry(screen->geometry().adjusted(40, 40, -40, -40));
    if (windowHandle())
        windowHandle()->setScreen(screen);
    showFullScreen();
    raise();
}

void AudienceWindow::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F5) {
        emit endRequested();
        return;
    }
    if (ctrl && (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal)) {
        setZoom(m_zoom * zoomStep);
        return;
    }
    if (ctrl && event->key() == Qt::Key_Minus) {
        setZoom(m_zoom / zoomStep);
        return;
    }
    QWidget::keyPressEvent(event);
}

void AudienceWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateFonts();
    rebuildContent();
}

} // namespace candor
