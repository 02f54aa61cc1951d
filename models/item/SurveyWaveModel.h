#pragma once

#include "domain/Survey.h"
#include "item/SyncedTableModel.h"
#include "survey/SurveyFigures.h"

#include <QSet>

namespace candor {

class BackgroundReads;
class SurveyRepository;

// A wave as the wave list shows it: the stored row and what SurveyFigures lets be said about its responses.
struct SurveyWaveListRow
{
    SurveyWaveRow row;
    bool shown = false;      // the wave's figure passed the anonymity policy
    int respondents = 0;     // only when shown; 0 otherwise
    bool collecting = false; // a kiosk is collecting answers for the wave right now

    friend bool operator==(const SurveyWaveListRow &a, const SurveyWaveListRow &b)
    {
        const SurveyWave &x = a.row.wave;
        const SurveyWave &y = b.row.wave;
        return x.id == y.id && x.teamId == y.teamId && x.instrumentId == y.instrumentId && x.title == y.title &&
               x.opens == y.opens && x.closes == y.closes && x.invited == y.invited && x.k == y.k &&
               x.commentK == y.commentK && a.row.teamName == b.row.teamName &&
               a.row.instrumentName == b.row.instrumentName && a.row.instrumentVersion == b.row.instrumentVersion &&
               a.shown == b.shown && a.respondents == b.respondents && a.collecting == b.collecting;
    }
};

inline qint64 rowId(const SurveyWaveListRow &v)
{
    return v.row.wave.id;
}

// The survey waves, newest first, of every team or of one team (with its sub-teams if asked). The Responses column
// comes from the wave's figure in SurveyFigures, never from the raw count: a withheld wave says "Fewer than k
// responses" and carries no number in any role. Follows the repository's signals with precise row changes: a new
// response changes only the rows whose figure changed (complementary suppression can change a sibling's).
// With background reads, a long list (thousands of waves: the figures of every answer) is read and computed on a
// thread with its own connection; until the rows arrive the model keeps the rows it had and isLoading() says so.
class SurveyWaveModel : public SyncedTableModel<SurveyWaveListRow>
{
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        TeamColumn,
        InstrumentColumn,
        OpensColumn,
        ClosesColumn,
        InvitedColumn,
        ThresholdColumn,
        ResponsesColumn,
        ColumnCount
    };
    // SortRole: the raw value (a date as a Julian day, a number; -1 for a withheld count so it sorts first).
    // ShownRole: whether the wave's figure is shown.
    enum Role { IdRole = Qt::UserRole, SortRole, TeamIdRole, ShownRole };

    explicit SurveyWaveModel(SurveyRepository &repository, QObject *parent = nullptr);
    // Loads lists longer than backgroundThreshold() waves with `reads` (which must outlive the model).
    SurveyWaveModel(SurveyRepository &repository, BackgroundReads *reads, QObject *parent = nullptr);

    // A reload is running on the background thread.
    bool isLoading() const { return m_loading; }
    // Why the last background reload failed; empty when it did not.
    const QString &loadError() const { return m_loadError; }
    // More waves than this are loaded in the background (when the model has background reads).
    static int backgroundThreshold();
    // Tests: a lower threshold, to exercise the background path with a small database.
    static void setBackgroundThreshold(int waves);

    // 0: every team. With sub-teams, a department's filter also lists the waves of every team below it.
    void setTeamFilter(qint64 teamId, bool withSubTeams);
    qint64 teamFilter() const { return m_teamId; }
    bool includesSubTeams() const { return m_withSubTeams; }

    // While a kiosk collects answers for a wave, its Responses cell says so instead of a figure that would move
    // with each person (and so tell a watcher what the last person answered).
    void setCollecting(qint64 waveId, bool collecting);
    bool isCollecting(qint64 waveId) const { return m_collecting.contains(waveId); }

    const SurveyWaveListRow *waveRow(qint64 waveId) const { return itemAt(rowOf(waveId)); }
    // The text for a wave's responses: the count when shown, otherwise what the policy says instead.
    static QString responsesText(const SurveyWaveListRow &row);
    // "Team psychological safety, version 2"
    static QString instrumentText(const SurveyWaveRow &row);
    // "5", or "5 (7)" when comments need more: the anonymity threshold and the comment threshold.
    static QString thresholdText(const SurveyWave &wave);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

public slots:
    void reload();

signals:
    // isLoading() changed; on a failed background reload loadError() says why.
    void loadingChanged(bool loading);

private:
    // The rows the filter shows, with their figures, read through `repository` (on any thread).
    static QList<SurveyWaveListRow> readRows(SurveyRepository &repository, qint64 teamId, bool withSubTeams,
                                             const QSet<qint64> &collecting);
    void setLoading(bool loading);

    SurveyRepository &m_repository;
    BackgroundReads *m_reads = nullptr;
    int m_generation = 0; // the newest reload; older background results are dropped
    bool m_loading = false;
    QString m_loadError;
    qint64 m_teamId = 0;
    bool m_withSubTeams = true;
    QSet<qint64> m_collecting;
};

} // namespace candor
