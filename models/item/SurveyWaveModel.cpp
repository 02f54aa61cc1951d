#include "SurveyWaveModel.h"

#include "storage/BackgroundReads.h"
#include "storage/SurveyRepository.h"
#include "survey/AnonymityPolicy.h"

#include <QHash>
#include <QLocale>

#include <limits>

namespace candor {

namespace {

// A few thousand waves take a blink to read and compute; beyond that the GUI thread would stall.
int g_backgroundThreshold = 2000;

} // namespace

SurveyWaveModel::SurveyWaveModel(SurveyRepository &repository, QObject *parent)
    : SurveyWaveModel(repository, nullptr, parent)
{}

SurveyWaveModel::SurveyWaveModel(SurveyRepository &repository, BackgroundReads *reads, QObject *parent)
    : SyncedTableModel(parent)
    , m_repository(repository)
    , m_reads(reads)
{
    reload();
    connect(&m_repository, &SurveyRepository::wavesChanged, this, &SurveyWaveModel::reload);
    // A response can change the figures of other waves too (complementary suppression across siblings and
    // quarters), so every row is compared again; only the rows whose figure changed announce it.
    connect(&m_repository, &SurveyRepository::responsesChanged, this, &SurveyWaveModel::reload);
    connect(&m_repository, &SurveyRepository::instrumentsChanged, this, &SurveyWaveModel::reload);
}

void SurveyWaveModel::setTeamFilter(qint64 teamId, bool withSubTeams)
{
    if (teamId == m_teamId && withSubTeams == m_withSubTeams)
        return;
    m_teamId = teamId;
    m_withSubTeams = withSubTeams;
    reload();
}

void SurveyWaveModel::setCollecting(qint64 waveId, bool collecting)
{
    if (collecting == m_collecting.contains(waveId))
        return;
    if (collecting)
        m_collecting.insert(waveId);
    else
        m_collecting.remove(waveId);
    reload();
}

int SurveyWaveModel::backgroundThreshold()
{
    return g_backgroundThreshold;
}

void SurveyWaveModel::setBackgroundThreshold(int waves)
{
    g_backgroundThreshold = waves;
}

void SurveyWaveModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void SurveyWaveModel::reload()
{
    const int generation = ++m_generation;
    m_loadError.clear();
    if (!m_reads || m_repository.waveCount() <= g_backgroundThreshold) {
        setRows(readRows(m_repository, m_teamId, m_withSubTeams, m_collecting));
        setLoading(false);
        return;
    }
    setLoading(true);
    const qint64 teamId = m_teamId;
    const bool withSubTeams = m_withSubTeams;
    const QSet<qint64> collecting = m_collecting;
    m_reads->run<QList<SurveyWaveListRow>>(
        [teamId, withSubTeams, collecting](Database &database) -> Result<QList<SurveyWaveListRow>> {
            SurveyRepository repository(database);
            return readRows(repository, teamId, withSubTeams, collecting);
        },
        this,
        [this, generation](const Result<QList<SurveyWaveListRow>> &rows) {
            if (generation != m_generation)
                return; // a newer reload replaces this one
            if (rows)
                setRows(*rows);
            else
                m_loadError = rows.error();
            setLoading(false);
        });
}

QList<SurveyWaveListRow> SurveyWaveModel::readRows(SurveyRepository &repository, qint64 teamId, bool withSubTeams,
                                                   const QSet<qint64> &collecting)
{
    // The teams the filter covers.
    QSet<qint64> teams;
    const std::vector<TeamNode> nodes = repository.teamNodes();
    if (teamId > 0) {
        teams.insert(teamId);
        if (withSubTeams) {
            // The tree is small; repeat until no team below a listed one is missing.
            bool grew = true;
            while (grew) {
                grew = false;
                for (const TeamNode &node : nodes) {
                    if (node.parentId != 0 && teams.contains(node.parentId) && !teams.contains(node.id)) {
                        teams.insert(node.id);
                        grew = true;
                    }
                }
            }
        }
    }

    // Every wave's figure, decided together with the others (the policy protects overlapping groups as a whole).
    QHash<qint64, const Figure *> waveFigures;
    const std::vector<Figure> figures = SurveyFigures::compute(nodes, repository.waveMoments());
    for (const Figure &figure : figures) {
        if (figure.scope == FigureScope::Wave)
            waveFigures.insert(figure.waveId, &figure);
    }

    QList<SurveyWaveListRow> rows;
    for (const SurveyWaveRow &wave : repository.waves()) {
        if (teamId > 0 && !teams.contains(wave.wave.teamId))
            continue;
        SurveyWaveListRow row;
        row.row = wave;
        row.row.responses = 0; // the raw count never leaves the repository through this model
        row.collecting = collecting.contains(wave.wave.id);
        const Figure *figure = waveFigures.value(wave.wave.id);
        if (figure && !figure->suppressed && !row.collecting) {
            row.shown = true;
            row.respondents = figure->respondents;
        }
        rows.append(row);
    }
    return rows;
}

QString SurveyWaveModel::responsesText(const SurveyWaveListRow &row)
{
    if (row.collecting)
        return tr("Collecting in kiosk mode");
    if (row.shown)
        return QLocale().toString(row.respondents);
    return AnonymityPolicy::withheldText(row.row.wave.k);
}

QString SurveyWaveModel::instrumentText(const SurveyWaveRow &row)
{
    return tr("%1, version %2").arg(row.instrumentName, QLocale().toString(row.instrumentVersion));
}

QString SurveyWaveModel::thresholdText(const SurveyWave &wave)
{
    if (wave.commentK == wave.k)
        return QLocale().toString(wave.k);
    return tr("%1 (%2)", "anonymity threshold k (comment threshold)")
        .arg(QLocale().toString(wave.k), QLocale().toString(wave.commentK));
}

int SurveyWaveModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SurveyWaveModel::data(const QModelIndex &index, int role) const
{
    if (!isValidIndex(index))
        return {};
    const SurveyWaveListRow &r = items().at(index.row());
    const SurveyWave &w = r.row.wave;
    switch (role) {
    case IdRole:
        return w.id;
    case TeamIdRole:
        return w.teamId;
    case ShownRole:
        return r.shown;
    case Qt::TextAlignmentRole:
        if (index.column() == InvitedColumn || index.column() == ThresholdColumn ||
            (index.column() == ResponsesColumn && r.shown))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ThresholdColumn:
            return tr("Figures are shown from %n response(s)", nullptr, w.k) + QLatin1Char('\n') +
                   tr("Comments are shown from %n response(s)", nullptr, w.commentK);
        case ResponsesColumn:
            if (r.collecting)
                return tr("Figures appear when the kiosk session ends, so no one's answers can be told apart.");
            if (!r.shown)
                return tr("Nothing is shown below %n responses, or where a figure would let a hidden group be worked "
                          "out, so no one can be singled out.",
                          nullptr, w.k);
            return {};
        case TitleColumn:
        case InstrumentColumn:
            return data(index, Qt::DisplayRole);
        default:
            return {};
        }
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    const QLocale locale;
    switch (index.column()) {
    case TitleColumn:
        if (!w.title.isEmpty())
            return w.title;
        return tr("Wave of %1").arg(locale.toString(w.opens, QLocale::ShortFormat));
    case TeamColumn:
        return r.row.teamName;
    case InstrumentColumn:
        return instrumentText(r.row);
    case OpensColumn:
        if (sort)
            return w.opens.toJulianDay();
        return locale.toString(w.opens, QLocale::ShortFormat);
    case ClosesColumn:
        if (sort)
            return w.closes.isValid() ? w.closes.toJulianDay() : std::numeric_limits<qint64>::max();
        return w.closes.isValid() ? locale.toString(w.closes, QLocale::ShortFormat) : tr("Open-ended");
    case InvitedColumn:
        if (sort)
            return w.invited;
        return w.invited > 0 ? locale.toString(w.invited) : tr("Not known");
    case ThresholdColumn:
        if (sort)
            return w.k * 100 + w.commentK;
        return thresholdText(w);
    case ResponsesColumn:
        if (sort)
            return r.shown ? r.respondents : -1;
        return responsesText(r);
    default:
        return {};
    }
}

QVariant SurveyWaveModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == ThresholdColumn)
        return tr("The anonymity threshold k (and the comment threshold when it is higher), frozen when the wave "
                  "opened");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Wave");
    case TeamColumn:
        return tr("Team");
    case InstrumentColumn:
        return tr("Instrument");
    case OpensColumn:
        return tr("Opens");
    case ClosesColumn:
        return tr("Closes");
    case InvitedColumn:
        return tr("Invited");
    case ThresholdColumn:
        return tr("k (comments)", "column of the anonymity threshold k and the comment threshold");
    case ResponsesColumn:
        return tr("Responses");
    default:
        return {};
    }
}

Qt::ItemFlags SurveyWaveModel::flags(const QModelIndex &index) const
{
    if (!isValidIndex(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

} // namespace candor
