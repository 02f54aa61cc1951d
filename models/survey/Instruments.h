#pragma once

#include "domain/Survey.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

namespace candor {

// The instruments Candor ships, defined in code with translatable text, and the words of their answer scales.
// Item wording is Candor's own; PRODUCT.md names the constructs each one measures.
class Instruments
{
    Q_DECLARE_TR_FUNCTIONS(Instruments)
public:
    static const std::vector<Instrument> &builtIn();
    static std::optional<Instrument> builtInByKey(const QString &key);
    static bool isBuiltInKey(const QString &key);

    // The text to show: translated for built-ins, as typed for custom instruments.
    static QString displayName(const Instrument &instrument);
    static QString displayDescription(const Instrument &instrument);
    static QString displayText(const Instrument &instrument, const SurveyItem &item);
    static QString displayConstruct(const Instrument &instrument, const SurveyItem &item);

    // The label of one point of a scale (e.g. 7 -> "Strongly agree" on the 7-point agreement scale); scales
    // without words show the number, with the ends named.
    static QString scaleLabel(int scalePoints, int value);
    // Whether the scale's points have words (3, 5 and 7 points) rather than numbers with named ends.
    static bool hasScaleWords(int scalePoints);
    static QString trendLabel(SurveyTrend trend);

    // A value from a CSV cell: a number 1..scalePoints, or (3-, 5- and 7-point scales) a scale label in English,
    // German, French or Spanish, in any case. Returns 0 when the cell is neither.
    static int parseAnswer(const QString &cell, int scalePoints);

    // A key for a new custom instrument from its name ("custom-" plus lower-case letters, digits and dashes).
    static QString customKey(const QString &name);

    static constexpr int MinScalePoints = 2;
    static constexpr int MaxScalePoints = 11;
    static constexpr int MaxItems = 60;
};

} // namespace candor
