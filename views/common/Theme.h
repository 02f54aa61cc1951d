#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QPalette>
#include <QString>

class QWidget;

namespace candor {

// The application's colours: the system's own (the default: the platform's style and palette, light or dark as the
// desktop is set), or one of Candor's light, dark and high-contrast palettes on the Fusion style. Views take their
// colours from the palette and, for meaning (a warning, a note), from the helpers below, so every theme stays
// readable. The audience view has its own presentation theme (see AudienceWindow).
class Theme
{
    Q_DECLARE_TR_FUNCTIONS(candor::Theme)
public:
    enum Choice { System, Light, Dark, HighContrast };

    static QList<Choice> choices();
    // The key stored in the settings ("system", "light", "dark", "high-contrast"); fromKey() falls back to System.
    static QString key(Choice choice);
    static Choice fromKey(const QString &key);
    static QString displayName(Choice choice);

    // Remembers the platform's style and palette, before anything is applied (call once, first thing).
    static void captureSystem();
    // Applies the choice to the whole application; open windows repaint at once.
    static void apply(Choice choice);
    static Choice current();
    // Candor's palette for a choice (System: the remembered platform palette).
    static QPalette palette(Choice choice);

    // True when text is light on a dark window in this palette.
    static bool isDark(const QPalette &palette);
    // Text colours that keep their meaning and a contrast of at least 4.5:1 on the palette's window and base.
    static QColor warningText(const QPalette &palette);
    static QColor cautionText(const QPalette &palette);
    // A quiet background for a note or hint, and the text on it.
    static QColor noteBackground(const QPalette &palette);

    // Gives a label (or any widget drawing WindowText) a meaning's colour that follows every theme switch: a warning,
    // a caution, quiet secondary text, or a note on a quiet background.
    enum class Tint { Warning, Caution, Quiet, Note };
    static void tint(QWidget *widget, Tint tint);
};

} // namespace candor
