#include "NumbersPanel.h"

#include "item/FigureStore.h"
#include "survey/AnonymityPolicy.h"

#include <QLocale>

namespace candor {

namespace {

QString percent(double share)
{
    const QLocale locale;
    return locale.toString(share * 100.0, 'f', 0) + locale.percent();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

NumbersPanel::NumbersPanel(QWidget *parent)
    : QTextBrowser(parent)
{
    setAccessibleName(tr("The numbers behind the chosen point"));
    setOpenLinks(false);
    setMinimumWidth(240);
    showHint();
}

void NumbersPanel::showHint()
{
    m_period = {};
    m_series.clear();
    setPlainText(tr("Click a point of the chart, or choose a cell of the table, to see the numbers behind it."));
}

void NumbersPanel::showPoint(const Point &point)
{
    m_period = point.period;
    m_series = point.series;
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><table cellspacing=\"2\" cellpadding=\"2\">")
                       .arg(point.series.toHtmlEscaped(), FigureStore::periodLabel(point.period).toHtmlEscaped());
    html += row(tr("Instrument"), point.instrumentName);
    const Figure *figure = point.figure;
    if (!figure) {
        html += row(tr("Survey"), tr("No survey in this quarter"));
    } else if (figure->suppressed) {
        html += row(tr("Survey"), AnonymityPolicy::withheldExplanation(figure->k).toHtmlEscaped());
    } else {
        const ScoreSummary &s = figure->summary;
        html += row(tr("Respondents"), locale.toString(figure->respondents));
        html += row(
            tr("Mean"),
            tr("%1 on a scale of 1 to %2").arg(FigureStore::formatScore(s.mean), locale.toString(figure->scalePoints)));
        html +=
            row(tr("95% confidence interval"),
                tr("%1 to %2", "interval").arg(FigureStore::formatScore(s.ciLow), FigureStore::formatScore(s.ciHigh)));
        html += row(tr("Answers"), tr("%1 unfavourable, %2 neutral, %3 favourable")
                                       .arg(percent(s.distribution.unfavourable), percent(s.distribution.neutral),
                                            percent(s.distribution.favourable)));
        if (figure->responseRate)
            html += row(tr("Response rate"), percent(*figure->responseRate));
        if (!s.itemMeans.empty())
            html += QStringLiteral("</table><h4>%1</h4><table cellspacing=\"2\" cellpadding=\"2\">")
                        .arg(tr("Item means").toHtmlEscaped());
        for (size_t i = 0; i < s.itemMeans.size(); ++i) {
            const QString construct =
                int(i) < point.constructs.size() ? point.constructs.at(int(i)) : tr("Item %1").arg(i + 1);
            html += row(construct, FigureStore::formatScore(s.itemMeans[i]));
        }
    }
    html += QStringLiteral("</table>");
    if (!point.incidentsShown) {
        setHtml(html);
        return;
    }
    html += QStringLiteral("<h4>%1</h4>")
                .arg((point.incidentsIncludeSubTeams ? tr("Incidents of the team and its sub-teams") : tr("Incidents"))
                         .toHtmlEscaped());
    if (!point.incidentsProblem.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(point.incidentsProblem.toHtmlEscaped());
    } else if (point.incidents) {
        const TeamMetrics &m = *point.incidents;
        html += QStringLiteral("<table cellspacing=\"2\" cellpadding=\"2\">");
        QStringList bySeverity;
        for (int s = 1; s <= 4; ++s)
            bySeverity.append(tr("%1: %2", "severity: count")
                                  .arg(IncidentText::severityCode(static_cast<Severity>(s)),
                                       locale.toString(m.count(static_cast<Severity>(s)))));
        html += row(tr("Incidents"), locale.toString(m.incidents));
        html += row(tr("By severity"), bySeverity.join(QStringLiteral(", ")));
        const DurationSummary &resolve = m.timeToResolve;
        const QString mttr = resolve.meanSeconds ? IncidentMetrics::formatDuration(qint64(*resolve.meanSeconds))
                             : m.incidents == 0  ? tr("no incidents")
                                                 : tr("none resolved yet");
        html += row(tr("Time to resolve (MTTR)"), mttr);
        html += row(tr("Open incidents left out of MTTR"), locale.toString(resolve.excluded));
        html += QStringLiteral("</table>");
    }
    setHtml(html);
}

} // namespace candor
