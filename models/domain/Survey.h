#pragma once

#include <QDate>
#include <QMetaType>
#include <QString>

#include <vector>

namespace candor {

// One question of an instrument. Built-in instruments keep their English source text here and show it through
// QCoreApplication::translate("Instruments", text); custom instruments show their text as typed.
struct SurveyItem
{
    QString construct;     // what the item measures, e.g. "Asking for help"; may be empty for custom items
    QString text;          // the statement respondents agree or disagree with
    bool reversed = false; // negatively worded: scored n + 1 - value on a 1..n scale
};

// A versioned questionnaire. A wave freezes the version it was launched with, so old answers always point at the
// question as it was asked. Scales of different length are never drawn on one line.
struct Instrument
{
    qint64 id = 0; // the stored version's id; 0 until stored
    QString key;   // "psych-safety", "westrum", "health-check", or "custom-..." for the user's own
    int version = 1;
    QString name;          // built-ins: English source text, translated for display
    QString description;   // built-ins: English source text, translated for display
    int scalePoints = 7;   // answers are 1..scalePoints
    bool hasTrend = false; // each answer may also say whether things are getting better, the same or worse
    bool builtIn = false;
    std::vector<SurveyItem> items;

    int itemCount() const { return int(items.size()); }
};

// The trend beside a health-check answer.
enum class SurveyTrend { Worse = -1, Same = 0, Better = 1 };

// One respondent's answers, in item order. No person, no time: nothing that says who answered or when.
struct SurveyAnswers
{
    std::vector<int> values; // 1..scalePoints, one per item
    std::vector<int> trends; // empty, or one per item: -1 worse, 0 same, 1 better (instruments with a trend)
    QString comment;         // optional; stored apart from the answers and never linked back to them
};

// A survey run for one team. The instrument version, k and the comment threshold are frozen when it is created.
struct SurveyWave
{
    qint64 id = 0;
    qint64 teamId = 0;
    qint64 instrumentId = 0; // the frozen instrument version
    QString title;           // optional, e.g. "Q3 pulse"
    QDate opens;
    QDate closes;     // invalid: open-ended
    int invited = 0;  // 0: not known
    int k = 5;        // anonymity threshold (3..10)
    int commentK = 5; // comments are shown only from this many responses (>= k)
};

// A wave as listed: the wave and what may be said about it (the count only when the policy allows it).
struct SurveyWaveRow
{
    SurveyWave wave;
    QString teamName;
    QString instrumentKey;
    QString instrumentName; // display text (translated for built-ins)
    int instrumentVersion = 1;
    int responses = 0; // raw count: never shown unless AnonymityPolicy::mayShow allows it
};

} // namespace candor

Q_DECLARE_METATYPE(candor::SurveyWave)
