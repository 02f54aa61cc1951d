// The figures candor-bench measures in its own process: screens (offscreen) and repositories on a working copy.
#pragma once

#include <QStringList>

namespace candor::bench {

class Report;

// What the search figures look for: a common word, a short one with many hits, a one-letter prefix.
QStringList searchTexts();

// d (in process), e, f, g, h, on the database at path (a copy: the edit figures write to it).
void inProcessFigures(const QString &path, int runs, Report &report);

} // namespace candor::bench
