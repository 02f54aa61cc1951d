#pragma once

#include "domain/Survey.h"
#include "survey/SurveyFigures.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>
#include <vector>

namespace candor {

class BackgroundReads;
class SurveyRepository;
class TeamTreeModel;

// The survey figures of one instrument (every wave, team and department rollup, by calendar quarter), computed
// once per change through SurveyFigures and shared by the Insights models: 500 teams cost one pass, not 500.
// Every number it hands out has been through the AnonymityPolicy; a withheld figure carries none.
// With computeInBackground() the pass (reading every answer's sums and SurveyFigures) runs on a thread with its own
// connection, and the figures change in one step when it is done: until then the previous figures stay.
class FigureStore : public QObject
{
    Q_OBJECT
public:
    explicit FigureStore(SurveyRepository &repository, QObject *parent = nullptr);

    SurveyRepository &repository() const { return m_repository; }

    // One instrument at a time, so scales of different length never meet. Recomputes at once (when active).
    void setInstrumentKey(const QString &key);
    QString instrumentKey() const { return m_instrumentKey; }
    // The newest version of the instrument (its constructs and scale), when it is known.
    const std::optional<Instrument> &instrument() const { return m_instrument; }
    int scalePoints() const;

    // While inactive (its area hidden) a change only marks the figures stale; they are recomputed on activation.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // Team renames, moves and removals change names and rollups: follow the tree's changes.
    void followTeams(const TeamTreeModel &teams);
    // From now on, computes on a thread of its own (when the database is a file; in memory it stays here).
    void computeInBackground();
    // A computation runs; the figures shown are the previous ones (none before the first).
    bool isComputing() const { return m_computing; }
    // The figures were computed at least once for the current instrument.
    bool isReady() const { return m_ready; }

    bool hasWaves() const { return m_waveCount > 0; }
    const std::vector<Figure> &figures() const { return m_figures; }
    // The figure of a team (its own waves) or a department (its whole subtree) in a quarter, or null.
    const Figure *find(FigureScope scope, qint64 teamId, Period period) const;

    QString teamName(qint64 teamId) const { return m_names.value(teamId); }
    // "Department / Team", as pickers show it.
    QString teamPath(qint64 teamId) const;
    qint64 parentOf(qint64 teamId) const { return m_parents.value(teamId); }
    bool hasChildren(qint64 teamId) const { return m_withChildren.contains(teamId); }

    // "2026 Q1" in the user's locale.
    static QString periodLabel(Period period);
    // A mean score with two decimals in the user's locale.
    static QString formatScore(double value);

public slots:
    // Recomputes now (or, while inactive, at activation).
    void reload();

signals:
    // The figures were recomputed (instrument changed, waves or responses or teams changed).
    void reloaded();
    // Only team names changed.
    void namesChanged();
    // isComputing() changed.
    void computingChanged(bool computing);

private:
    struct Computed
    {
        int waveCount = 0;
        std::vector<Figure> figures;
    };
    static Computed compute(const SurveyRepository &repository, const QString &instrumentKey,
                            const std::vector<TeamNode> &nodes);
    void apply(Computed computed);
    void setComputing(bool computing);
    void scheduleReload();
    void readTeams();

    SurveyRepository &m_repository;
    QString m_instrumentKey;
    std::optional<Instrument> m_instrument;
    bool m_active = true;
    bool m_stale = false;
    bool m_reloadPending = false;
    bool m_computing = false;
    bool m_ready = false;
    quint64 m_generation = 0; // of the newest computation asked for; older results are dropped
    BackgroundReads *m_reads = nullptr;
    int m_waveCount = 0;
    std::vector<TeamNode> m_nodes;
    std::vector<Figure> m_figures;
    QHash<quint64, int> m_index; // scope, team and quarter -> figure
    QHash<qint64, QString> m_names;
    QHash<qint64, qint64> m_parents;
    QSet<qint64> m_withChildren;
};

} // namespace candor
