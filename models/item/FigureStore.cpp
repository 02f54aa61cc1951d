#include "FigureStore.h"

#include "item/TeamTreeModel.h"
#include "storage/BackgroundReads.h"
#include "storage/SurveyRepository.h"

#include <QLocale>
#include <QStringList>

namespace candor {

namespace {

quint64 keyOf(FigureScope scope, qint64 teamId, Period period)
{
    // Quarter indexes stay far below 2^16 (year 16383); team ids far below 2^46.
    return ((quint64(teamId) << 16 | quint64(period.index() & 0xffff)) << 2) | quint64(scope);
}

} // namespace

FigureStore::FigureStore(SurveyRepository &repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
{
    connect(&m_repository, &SurveyRepository::wavesChanged, this, &FigureStore::scheduleReload);
    connect(&m_repository, &SurveyRepository::responsesChanged, this, &FigureStore::scheduleReload);
    // A custom instrument's new version may rename its constructs.
    connect(&m_repository, &SurveyRepository::instrumentsChanged, this, &FigureStore::scheduleReload);
}

void FigureStore::setInstrumentKey(const QString &key)
{
    if (key == m_instrumentKey && !m_stale)
        return;
    if (key != m_instrumentKey)
        m_ready = false;
    m_instrumentKey = key;
    reload();
}

void FigureStore::computeInBackground()
{
    const QString &path = m_repository.databasePath();
    if (m_reads || path.isEmpty() || path == QLatin1String(":memory:"))
        return;
    m_reads = new BackgroundReads(path, this);
}

void FigureStore::setComputing(bool computing)
{
    if (computing == m_computing)
        return;
    m_computing = computing;
    emit computingChanged(computing);
}

int FigureStore::scalePoints() const
{
    return m_instrument ? m_instrument->scalePoints : 0;
}

void FigureStore::setActive(bool active)
{
    m_active = active;
    if (m_active && m_stale)
        reload();
}

void FigureStore::followTeams(const TeamTreeModel &teams)
{
    // New, moved and removed teams change rollups; a rename changes only names.
    connect(&teams, &QAbstractItemModel::rowsInserted, this, &FigureStore::scheduleReload);
    connect(&teams, &QAbstractItemModel::rowsRemoved, this, &FigureStore::scheduleReload);
    connect(&teams, &QAbstractItemModel::rowsMoved, this, &FigureStore::scheduleReload);
    connect(&teams, &QAbstractItemModel::modelReset, this, &FigureStore::scheduleReload);
    connect(&teams, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &, const QList<int> &roles) {
                if (topLeft.column() != TeamTreeModel::NameColumn ||
                    !(roles.isEmpty() || roles.contains(Qt::DisplayRole)))
                    return;
                const QHash<qint64, QString> before = m_names;
                readTeams();
                if (m_names != before)
                    emit namesChanged();
            });
}

void FigureStore::scheduleReload()
{
    m_stale = true;
    // Many signals in a row (a kiosk, an import) make one recomputation.
    if (!m_active || m_reloadPending)
        return;
    m_reloadPending = true;
    QMetaObject::invokeMethod(
        this,
        [this]() {
            m_reloadPending = false;
            if (m_active && m_stale)
                reload();
        },
        Qt::QueuedConnection);
}

void FigureStore::readTeams()
{
    m_nodes = m_repository.teamNodes();
    m_names.clear();
    m_parents.clear();
    m_withChildren.clear();
    for (const TeamNode &node : m_nodes) {
        m_names.insert(node.id, node.name);
        m_parents.insert(node.id, node.parentId);
        if (node.parentId != 0)
            m_withChildren.insert(node.parentId);
    }
}

FigureStore::Computed FigureStore::compute(const SurveyRepository &repository, const QString &instrumentKey,
                                           const std::vector<TeamNode> &nodes)
{
    Computed computed;
    if (instrumentKey.isEmpty())
        return computed;
    // Item sums too: the heatmap and the numbers behind a point show the item means.
    const std::vector<WaveMoments> waves = repository.waveMoments(instrumentKey, /*withItems*/ true);
    computed.waveCount = int(waves.size());
    computed.figures = SurveyFigures::compute(nodes, waves);
    return computed;
}

void FigureStore::reload()
{
    m_stale = true;
    if (!m_active)
        return;
    m_stale = false;
    readTeams();
    // Here: storing the built-in instruments on first use writes, which a background reader cannot.
    std::optional<Instrument> instrument;
    if (!m_instrumentKey.isEmpty()) {
        if (const Result<Instrument> latest = m_repository.latestInstrument(m_instrumentKey))
            instrument = *latest;
    }
    const quint64 generation = ++m_generation;
    if (!m_reads) {
        m_instrument = instrument;
        apply(compute(m_repository, m_instrumentKey, m_nodes));
        return;
    }
    setComputing(true);
    const QString key = m_instrumentKey;
    const std::vector<TeamNode> nodes = m_nodes;
    m_reads->run<Computed>(
        [key, nodes](Database &database) -> Result<Computed> {
            const SurveyRepository repository(database);
            return compute(repository, key, nodes);
        },
        this,
        [this, generation, instrument](const Result<Computed> &computed) {
            if (generation != m_generation)
                return; // a newer computation is on its way
            m_instrument = instrument;
            // Without a reader (the file could not be opened a second time), the figures are computed here.
            apply(computed ? *computed : compute(m_repository, m_instrumentKey, m_nodes));
            setComputing(false);
        });
}

void FigureStore::apply(Computed computed)
{
    m_figures = std::move(computed.figures);
    m_waveCount = computed.waveCount;
    m_index.clear();
    m_index.reserve(qsizetype(m_figures.size()));
    for (size_t i = 0; i < m_figures.size(); ++i) {
        const Figure &figure = m_figures[i];
        if (figure.scope != FigureScope::Wave)
            m_index.insert(keyOf(figure.scope, figure.teamId, figure.period), int(i));
    }
    m_ready = true;
    emit reloaded();
}

const Figure *FigureStore::find(FigureScope scope, qint64 teamId, Period period) const
{
    const auto found = m_index.constFind(keyOf(scope, teamId, period));
    return found == m_index.cend() ? nullptr : &m_figures[size_t(found.value())];
}

QString FigureStore::teamPath(qint64 teamId) const
{
    QStringList parts;
    // Bounded, in case of a cycle the figures themselves would cut.
    for (qint64 at = teamId; at != 0 && m_names.contains(at) && parts.size() < 64; at = m_parents.value(at))
        parts.prepend(m_names.value(at));
    return parts.join(QStringLiteral(" / "));
}

QString FigureStore::periodLabel(Period period)
{
    if (!period.isValid())
        return {};
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return tr("%1 Q%2", "a calendar quarter: year, then the quarter's number")
        .arg(locale.toString(period.year), locale.toString(period.quarter));
}

QString FigureStore::formatScore(double value)
{
    return QLocale().toString(value, 'f', 2);
}

} // namespace candor
