#pragma once

#include <QLocale>

class QCoreApplication;

namespace candor {

// Installs Qt's own and Candor's translators for a locale (the system's by default). Both executables call it.
void installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace candor
