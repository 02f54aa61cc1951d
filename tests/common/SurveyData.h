// Survey fixtures: respondents whose reverse-scored answers are chosen by the test (so every mean is computable by
// hand), and waves written through SurveyRepository. Header-only; include as "common/SurveyData.h". A helper that
// checks with QTest macros returns void: call it inside STEP() or check QTest::currentTestFailed().
#pragma once

#include "common/TestDatabase.h"
#include "storage/Database.h"
#include "storage/SurveyRepository.h"
#include "storage/TeamRepository.h"

#include <QDate>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

// Runs a helper that checks with QTest macros, and ends the test when the helper failed (as in gui/GuiHelpers.h).
#ifndef STEP
#define STEP(call)                                                                                                     \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)
#endif

namespace candor::testdata {

// A database in its own temporary folder (or, in a _pg variant, a new one on the test cluster: call
// testdb::dropAll() at the end) with the team and survey repositories; destroyed in reverse order.
struct SurveyStore
{
    SurveyStore()
        : status(open(dir, database))
    {}
    QTemporaryDir dir;
    Database database;
    Status status;
    TeamRepository teams{database};
    SurveyRepository surveys{database};

private:
    static Status open(const QTemporaryDir &dir, Database &database)
    {
        if (!dir.isValid())
            return Status::failure(QStringLiteral("Cannot make a temporary folder."));
        const QString location = testdb::location(dir, QStringLiteral("candor"));
        return location.isEmpty() ? Status::failure(testdb::lastError()) : database.open(location);
    }
};

// One respondent whose answers score `scored` item by item once reversed items are turned round (n + 1 - value).
inline SurveyAnswers answersScoring(const Instrument &instrument, const std::vector<int> &scored)
{
    SurveyAnswers answers;
    for (size_t i = 0; i < scored.size() && i < instrument.items.size(); ++i)
        answers.values.push_back(instrument.items[i].reversed ? instrument.scalePoints + 1 - scored[i] : scored[i]);
    if (instrument.hasTrend)
        answers.trends.assign(answers.values.size(), 0);
    return answers;
}

// One respondent scoring `score` on every item: their scale score is `score`.
inline SurveyAnswers answersScoring(const Instrument &instrument, int score)
{
    return answersScoring(instrument, std::vector<int>(size_t(instrument.itemCount()), score));
}

// A wave of the instrument `key` for a team, opening on `opens`, answered by one respondent per entry of `scores`
// (each scoring that on every item). *waveId is its id (0 when it failed, which fails the test).
inline void addWave(SurveyRepository &surveys, qint64 teamId, const QString &key, const QDate &opens,
                    const std::vector<int> &scores, qint64 *waveId, int k = 5)
{
    *waveId = 0;
    const Result<Instrument> instrument = surveys.latestInstrument(key);
    QVERIFY2(instrument, qPrintable(instrument.error()));
    SurveyWave wave;
    wave.teamId = teamId;
    wave.opens = opens;
    wave.k = k;
    wave.commentK = k;
    const Result<qint64> id = surveys.createWave(wave, key);
    QVERIFY2(id, qPrintable(id.error()));
    std::vector<SurveyAnswers> responses;
    for (int score : scores)
        responses.push_back(answersScoring(*instrument, score));
    if (!responses.empty()) {
        const Status imported = surveys.importResponses(*id, responses);
        QVERIFY2(imported, qPrintable(imported.error()));
    }
    *waveId = *id;
}

// The same, each respondent with scores item by item.
inline void addWaveOfItems(SurveyRepository &surveys, qint64 teamId, const QString &key, const QDate &opens,
                           const std::vector<std::vector<int>> &scored, qint64 *waveId)
{
    *waveId = 0;
    const Result<Instrument> instrument = surveys.latestInstrument(key);
    QVERIFY2(instrument, qPrintable(instrument.error()));
    SurveyWave wave;
    wave.teamId = teamId;
    wave.opens = opens;
    const Result<qint64> id = surveys.createWave(wave, key);
    QVERIFY2(id, qPrintable(id.error()));
    std::vector<SurveyAnswers> responses;
    for (const std::vector<int> &one : scored)
        responses.push_back(answersScoring(*instrument, one));
    const Status imported = surveys.importResponses(*id, responses);
    QVERIFY2(imported, qPrintable(imported.error()));
    *waveId = *id;
}

inline const QString psychSafety = QStringLiteral("psych-safety");
inline const QString healthCheck = QStringLiteral("health-check");

} // namespace candor::testdata
