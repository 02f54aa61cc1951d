#include "Theme.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QPointer>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>
#include <QtMath>

namespace candor {

namespace {

struct SystemLook
{
    bool captured = false;
    QString styleName;
    QPalette palette;
};

SystemLook &systemLook()
{
    static SystemLook look;
    return look;
}

Theme::Choice currentChoice = Theme::System;

struct Colours
{
    QColor window, windowText, base, alternateBase, text, button, buttonText, highlight, highlightedText, link,
        linkVisited, placeholder, toolTipBase, toolTipText, light, midlight, mid, dark, shadow, disabledText;
};

QPalette build(const Colours &c)
{
    QPalette p;
    const auto set = [&p](QPalette::ColorRole role, const QColor &colour) {
        p.setColor(role, colour);
    };
    set(QPalette::Window, c.window);
    set(QPalette::WindowText, c.windowText);
    set(QPalette::Base, c.base);
    set(QPalette::AlternateBase, c.alternateBase);
    set(QPalette::Text, c.text);
    set(QPalette::Button, c.button);
    set(QPalette::ButtonText, c.buttonText);
    set(QPalette::BrightText, c.highlightedText);
    set(QPalette::Highlight, c.highlight);
    set(QPalette::HighlightedText, c.highlightedText);
    set(QPalette::Link, c.link);
    set(QPalette::LinkVisited, c.linkVisited);
    set(QPalette::PlaceholderText, c.placeholder);
    set(QPalette::ToolTipBase, c.toolTipBase);
    set(QPalette::ToolTipText, c.toolTipText);
    set(QPalette::Light, c.light);
    set(QPalette::Midlight, c.midlight);
    set(QPalette::Mid, c.mid);
    set(QPalette::Dark, c.dark);
    set(QPalette::Shadow, c.shadow);
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText}) {
        p.setColor(QPalette::Disabled, role, c.disabledText);
    }
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.mid);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, c.disabledText);
    // A window in the background keeps its selection visible.
    p.setColor(QPalette::Inactive, QPalette::Highlight, c.highlight);
    p.setColor(QPalette::Inactive, QPalette::HighlightedText, c.highlightedText);
    return p;
}

QPalette lightPalette()
{
    return build(
        {QColor(0xf4, 0xf5, 0xf7), QColor(0x1b, 0x1f, 0x24), QColor(0xff, 0xff, 0xff), QColor(0xf0, 0xf2, 0xf5),
         QColor(0x1b, 0x1f, 0x24), QColor(0xe9, 0xec, 0xef), QColor(0x1b, 0x1f, 0x24), QColor(0x25, 0x63, 0xc4),
         QColor(0xff, 0xff, 0xff), QColor(0x1a, 0x56, 0xb0), QColor(0x6a, 0x3d, 0xa8), QColor(0x5f, 0x67, 0x70),
         QColor(0xff, 0xff, 0xff), QColor(0x1b, 0x1f, 0x24), QColor(0xff, 0xff, 0xff), QColor(0xf7, 0xf8, 0xfa),
         QColor(0xb8, 0xbe, 0xc6), QColor(0x8c, 0x94, 0x9d), QColor(0x44, 0x4a, 0x52), QColor(0x77, 0x7e, 0x86)});
}

QPalette darkPalette()
{
    return build(
        {QColor(0x1e, 0x21, 0x25), QColor(0xe6, 0xe8, 0xeb), QColor(0x15, 0x17, 0x1a), QColor(0x22, 0x25, 0x2a),
         QColor(0xe6, 0xe8, 0xeb), QColor(0x2b, 0x2f, 0x35), QColor(0xe6, 0xe8, 0xeb), QColor(0x3b, 0x78, 0xdb),
         QColor(0xff, 0xff, 0xff), QColor(0x8a, 0xb4, 0xf8), QColor(0xc5, 0x8a, 0xf9), QColor(0x9a, 0xa1, 0xa9),
         QColor(0x2b, 0x2f, 0x35), QColor(0xe6, 0xe8, 0xeb), QColor(0x3c, 0x41, 0x48), QColor(0x33, 0x37, 0x3d),
         QColor(0x4a, 0x50, 0x58), QColor(0x10, 0x12, 0x14), QColor(0x00, 0x00, 0x00), QColor(0x8a, 0x90, 0x98)});
}

QPalette highContrastPalette()
{
    const QColor black(0, 0, 0);
    const QColor white(0xff, 0xff, 0xff);
    const QColor yellow(0xff, 0xff, 0x00);
    return build({black,
                  white,
                  black,
                  QColor(0x1a, 0x1a, 0x1a),
                  white,
                  black,
                  white,
                  yellow,
                  black,
                  QColor(0x00, 0xff, 0xff),
                  QColor(0xff, 0x80, 0xff),
                  QColor(0xc8, 0xc8, 0xc8),
                  black,
                  white,
                  white,
                  QColor(0xc8, 0xc8, 0xc8),
                  white,
                  white,
                  white,
                  QColor(0xb0, 0xb0, 0xb0)});
}

// WCAG relative luminance and contrast ratio.
double luminance(const QColor &colour)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The first candidate that reads at 4.5:1 on both backgrounds, else the palette's text colour.
QColor readable(const QPalette &palette, std::initializer_list<QColor> candidates)
{
    for (const QColor &candidate : candidates) {
        if (contrast(candidate, palette.color(QPalette::Window)) >= 4.5 &&
            contrast(candidate, palette.color(QPalette::Base)) >= 4.5)
            return candidate;
    }
    return palette.color(QPalette::WindowText);
}

// Keeps a widget's tint in step with the application palette.
class TintKeeper : public QObject
{
public:
    TintKeeper(QWidget *widget, Theme::Tint tint)
        : QObject(widget)
        , m_widget(widget)
        , m_tint(tint)
    {
        widget->installEventFilter(this);
        apply();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && !m_applying &&
            (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange))
            apply();
        return QObject::eventFilter(watched, event);
    }

private:
    void apply()
    {
        m_applying = true;
        const QPalette application = QApplication::palette(m_widget);
        QPalette palette = m_widget->palette();
        QColor text = application.color(QPalette::WindowText);
        switch (m_tint) {
        case Theme::Tint::Warning:
            text = Theme::warningText(application);
            break;
        case Theme::Tint::Caution:
            text = Theme::cautionText(application);
            break;
        case Theme::Tint::Quiet:
            text = application.color(QPalette::PlaceholderText);
            break;
        case Theme::Tint::Note:
            palette.setColor(QPalette::Window, Theme::noteBackground(application));
            m_widget->setAutoFillBackground(true);
            break;
        }
        palette.setColor(QPalette::WindowText, text);
        palette.setColor(QPalette::Text, text);
        m_widget->setPalette(palette);
        m_applying = false;
    }

    QWidget *m_widget;
    Theme::Tint m_tint;
    bool m_applying = false;
};

} // namespace

void Theme::tint(QWidget *widget, Tint tint)
{
    for (TintKeeper *keeper : widget->findChildren<TintKeeper *>(Qt::FindDirectChildrenOnly))
        delete keeper;
    new TintKeeper(widget, tint);
}

QList<Theme::Choice> Theme::choices()
{
    return {System, Light, Dark, HighContrast};
}

QString Theme::key(Choice choice)
{
    switch (choice) {
    case System:
        return QStringLiteral("system");
    case Light:
        return QStringLiteral("light");
    case Dark:
        return QStringLiteral("dark");
    case HighContrast:
        return QStringLiteral("high-contrast");
    }
    return QStringLiteral("system");
}

Theme::Choice Theme::fromKey(const QString &key)
{
    for (const Choice choice : choices()) {
        if (Theme::key(choice) == key)
            return choice;
    }
    return System;
}

QString Theme::displayName(Choice choice)
{
    switch (choice) {
    case System:
        return tr("Same as the system");
    case Light:
        return tr("Light");
    case Dark:
        return tr("Dark");
    case HighContrast:
        return tr("High contrast");
    }
    return {};
}

void Theme::captureSystem()
{
    SystemLook &look = systemLook();
    if (look.captured)
        return;
    look.captured = true;
    look.styleName = QApplication::style() ? QApplication::style()->name() : QString();
    look.palette = QApplication::palette();
}

QPalette Theme::palette(Choice choice)
{
    switch (choice) {
    case System:
        captureSystem();
        return systemLook().palette;
    case Light:
        return lightPalette();
    case Dark:
        return darkPalette();
    case HighContrast:
        return highContrastPalette();
    }
    return lightPalette();
}

void Theme::apply(Choice choice)
{
    captureSystem();
    const SystemLook &look = systemLook();
    const QString styleName = choice == System ? look.styleName : QStringLiteral("fusion");
    if (!styleName.isEmpty() && QApplication::style()->name().compare(styleName, Qt::CaseInsensitive) != 0) {
        if (QStyle *style = QStyleFactory::create(styleName))
            QApplication::setStyle(style);
    }
    QApplication::setPalette(palette(choice));
    // High contrast adds clear borders and a thick focus frame that the palette alone cannot give.
    QString sheet;
    if (choice == HighContrast) {
        QFile file(QStringLiteral(":/themes/high-contrast.qss"));
        if (file.open(QIODevice::ReadOnly))
            sheet = QString::fromUtf8(file.readAll());
    }
    if (qApp->styleSheet() != sheet)
        qApp->setStyleSheet(sheet);
    currentChoice = choice;
}

Theme::Choice Theme::current()
{
    return currentChoice;
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < palette.color(QPalette::WindowText).lightnessF();
}

QColor Theme::warningText(const QPalette &palette)
{
    return isDark(palette) ? readable(palette, {QColor(0xff, 0x8a, 0x80), QColor(0xff, 0xb4, 0xab)})
                           : readable(palette, {QColor(0xb0, 0x1c, 0x1c), QColor(0x8c, 0x10, 0x10)});
}

QColor Theme::cautionText(const QPalette &palette)
{
    return isDark(palette) ? readable(palette, {QColor(0xff, 0xc0, 0x66), QColor(0xff, 0xd9, 0x9e)})
                           : readable(palette, {QColor(0x8a, 0x4b, 0x00), QColor(0x6b, 0x3a, 0x00)});
}

QColor Theme::noteBackground(const QPalette &palette)
{
    // A step from the window colour towards the text colour: quiet on light and dark alike.
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    const double mix = 0.08;
    return QColor::fromRgbF(float(window.redF() + (text.redF() - window.redF()) * mix),
                            float(window.greenF() + (text.greenF() - window.greenF()) * mix),
                            float(window.blueF() + (text.blueF() - window.blueF()) * mix));
}

} // namespace candor
