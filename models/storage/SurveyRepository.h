#pragma once

#include "domain/Result.h"
#include "domain/Survey.h"
#include "survey/SurveyFigures.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <vector>

class QSqlDatabase;

namespace candor {

class Database;

// Instruments (versioned), waves, and the anonymous responses and comments of each wave.
//
// Responses are stored with their wave only: no person, no time, and a random id so that not even the order of
// the rows tells who answered first. Each response also stores its scale score and answer bands, computed once
// from the frozen instrument, and the wave keeps their running totals, so trends read one row per wave. Comments
// are stored apart, with no link to a response, and come back in random order. Every write is one durable
// transaction, but for an import's comments on a server (see importResponses).
class SurveyRepository : public QObject
{
    Q_OBJECT
public:
    explicit SurveyRepository(Database &database, QObject *parent = nullptr);

    // The newest version of every instrument: the built-ins (stored on first use) and the custom ones.
    QList<Instrument> instruments() const;
    Result<Instrument> instrument(qint64 id) const;
    // The newest stored version of a key; built-ins are stored first if they are not yet.
    Result<Instrument> latestInstrument(const QString &key) const;
    // A custom instrument: a new key gets version 1; changed items of an existing key make a new version (waves
    // keep theirs). Its scale length cannot change once stored (that is a different instrument). Built-in keys
    // are refused.
    Result<Instrument> saveCustomInstrument(const Instrument &instrument);

    QList<SurveyWaveRow> waves(qint64 teamId = 0) const; // 0: every team; newest first
    // The instrument key of the newest wave (the first of waves()), of that instrument only when a key is given;
    // empty when there is no such wave. One row, where waves() reads them all.
    QString newestWaveInstrumentKey(const QString &instrumentKey = {}) const;
    // The file these reads go to: readers on other threads open their own connection to it.
    const QString &databasePath() const;
    Result<SurveyWaveRow> wave(qint64 id) const;
    // Freezes the newest version of the instrument, k and the comment threshold. Checks the team, the dates
    // (closing not before opening), k (AnonymityPolicy's range), the comment threshold (k or more) and invited.
    Result<qint64> createWave(const SurveyWave &wave, const QString &instrumentKey);
    // Removes the wave with its responses and comments.
    Status removeWave(qint64 id);

    // One respondent, in one transaction (on a server, comments go in one of their own: see importResponses).
    // Answers are checked against the wave's frozen instrument.
    Status submitResponse(qint64 waveId, const SurveyAnswers &answers);
    // Many respondents (an import): all or nothing. On a PostgreSQL server the comments are committed in a
    // transaction apart from the answers (a row shows which transaction wrote it) and taken back if the answers fail.
    Status importResponses(qint64 waveId, const std::vector<SurveyAnswers> &responses);

    // The moments of every wave (only those of one instrument key when given), aggregated in SQL. With items,
    // also the per-item sums (slower: it reads every answer).
    std::vector<WaveMoments> waveMoments(const QString &instrumentKey = {}, bool withItems = false) const;
    // Every team as a tree node, for SurveyFigures.
    std::vector<TeamNode> teamNodes() const;
    // The raw answers of one wave in random order (for Cronbach's alpha of a wave the policy lets be shown).
    std::vector<std::vector<int>> answers(qint64 waveId) const;
    // The wave's comments in random order. Callers show them only when AnonymityPolicy::mayShowComments allows.
    QStringList comments(qint64 waveId) const;
    int responseCount(qint64 waveId) const;
    // How many waves there are, of every team.
    int waveCount() const;

signals:
    void instrumentsChanged();
    void wavesChanged();                  // created or removed
    void responsesChanged(qint64 waveId); // responses or comments added

private:
    // Adds responses' moments to their wave's running totals, inside the caller's write transaction.
    static Status addToWaveTotals(const QSqlDatabase &db, qint64 waveId, const ScoreMoments &moments);
    Status storeBuiltIns() const;
    Database &m_database;
};

} // namespace candor
