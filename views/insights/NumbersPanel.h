#pragma once

#include "metrics/IncidentMetrics.h"
#include "survey/SurveyFigures.h"

#include <QTextBrowser>

#include <optional>

namespace candor {

// "The numbers behind it": everything about one point of a trend or one row of the heatmap, as text a screen
// reader can read and a person can select and copy. Survey numbers come only from the Figure (so a withheld one
// shows none); the quarter's incidents come with their MTTR and how many open ones it leaves out.
class NumbersPanel : public QTextBrowser
{
    Q_OBJECT
public:
    struct Point
    {
        QString series; // "Payments", "Engineering, all teams"
        Period period;
        const Figure *figure = nullptr; // null: no wave in that quarter
        QString instrumentName;
        QStringList constructs; // in item order
        std::optional<TeamMetrics> incidents;
        QString incidentsProblem; // why the incidents could not be read
        bool incidentsIncludeSubTeams = false;
        bool incidentsShown = true; // false: a login that may not read incidents, no incident section at all
    };

    explicit NumbersPanel(QWidget *parent = nullptr);

    void showPoint(const Point &point);
    // What it says before anything is chosen.
    void showHint();
    // The point shown last (an invalid period when none), for tests.
    Period shownPeriod() const { return m_period; }
    QString shownSeries() const { return m_series; }

private:
    Period m_period;
    QString m_series;
};

} // namespace candor
