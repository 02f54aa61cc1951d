#pragma once

#include <QString>

namespace candor {

// A one-line, shortened form of a name for menus, titles and pickers: names may be thousands of characters long.
// Never splits a character outside the Basic Multilingual Plane (such as an emoji).
inline QString shortName(const QString &name, int maxLength = 40)
{
    const QString simplified = name.simplified();
    if (simplified.size() <= maxLength)
        return simplified;
    int cut = maxLength - 1;
    if (simplified.at(cut - 1).isHighSurrogate())
        --cut;
    return simplified.left(cut) + QChar(0x2026);
}

} // namespace candor
