#include "ActionItemsModel.h"

#include <QGuiApplication>
#include <QPalette>

#include "storage/BackgroundReads.h"
#include "undo/SessionEdits.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <chrono>

namespace candor {

ActionItemsModel::ActionItemsModel(PostmortemRepository &repository, SessionEdits &edits, const ActionFilter &filter,
                                   QObject *parent)
    : IdPagedTableModel(parent)
    , m_repository(repository)
    , m_edits(edits)
    , m_filter(filter)
{
    // The list across sessions of a big database reads a new filter or order in the background.
    const QString &path = m_repository.databasePath();
    if (filter.sessionId == 0 && filter.earlierThanSessionId == 0 && !path.isEmpty() &&
        path != QLatin1String(":memory:") && m_repository.holdsMoreActionsThan(BackgroundRows)) {
        m_big = true;
        m_reads = new BackgroundReads(path, this);
    }
    reload();
    // Past midnight, items due yesterday are overdue; a test's fixed day stays (see setToday).
    m_midnight.setSingleShot(true);
    connect(&m_midnight, &QTimer::timeout, this, [this]() { changeToday(QDate::currentDate()); });
    armMidnight();
    connect(&m_repository, &PostmortemRepository::actionsChanged, this, [this](qint64 sessionId) {
        if (m_filter.sessionId == 0 || m_filter.sessionId == sessionId)
            reload();
    });
    // A renamed factor or retro shows in the rows (renamed incidents and teams: see MainWindow).
    connect(&m_repository, &PostmortemRepository::factorsChanged, this, [this](qint64 sessionId) {
        if (m_filter.sessionId == 0 || m_filter.sessionId == sessionId)
            reload();
    });
    connect(&m_repository, &PostmortemRepository::sessionsChanged, this, &ActionItemsModel::reload);
}

void ActionItemsModel::armMidnight()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime next = QDateTime(now.date().addDays(1), QTime(0, 0));
    m_midnight.start(std::chrono::milliseconds(std::max<qint64>(1000, now.msecsTo(next) + 1000)));
}

void ActionItemsModel::changeToday(const QDate &today)
{
    if (today != m_today) {
        m_today = today;
        reload();
        // The same rows, but what is overdue (and so the status text, font, colour and tooltip) may have changed.
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    if (!m_pinned)
        armMidnight();
}

void ActionItemsModel::setFilter(const ActionFilter &filter)
{
    m_filter = filter;
    reloadForView();
}

void ActionItemsModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void ActionItemsModel::reloadForView()
{
    if (!m_reads || !m_big || m_filter.sessionId > 0 || m_filter.earlierThanSessionId > 0 || m_batches > 0) {
        reload();
        return;
    }
    struct Listed
    {
        QList<qint64> ids;
        int overdue = 0;
    };
    ActionFilter filter = m_filter;
    filter.today = today();
    const ActionOrder order = m_order;
    const quint64 generation = ++m_generation;
    setLoading(true);
    m_reads->run<Listed>(
        [filter, order](Database &database) -> Result<Listed> {
            const PostmortemRepository repository(database);
            return Listed{repository.actionIds(filter, order), repository.overdueActionCount(filter)};
        },
        this,
        [this, generation](const Result<Listed> &listed) {
            if (generation != m_generation)
                return; // an edit or a newer filter read the list since
            if (!listed) {
                // The file could not be opened a second time: read here.
                reload();
                return;
            }
            setLoading(false);
            m_overdueCount = listed->overdue;
            setIds(listed->ids);
        });
}

void ActionItemsModel::setToday(const QDate &today)
{
    m_pinned = true;
    m_midnight.stop();
    changeToday(today);
}

QDate ActionItemsModel::today() const
{
    return m_today;
}

void ActionItemsModel::reload()
{
    if (m_batches > 0) {
        m_reloadWanted = true;
        return;
    }
    m_reloadWanted = false;
    // Read here and now: a background read still on its way is out of date.
    ++m_generation;
    setLoading(false);
    if (m_filter.earlierThanSessionId > 0) {
        // A short list (one team's or service's open items), read whole and held.
        const QList<ActionRow> rows = m_repository.earlierOpenActions(m_filter.earlierThanSessionId);
        QList<qint64> ids;
        ids.reserve(rows.size());
        int overdue = 0;
        for (const ActionRow &row : rows) {
            ids.append(row.item.id);
            overdue += row.item.isOverdue(today()) ? 1 : 0;
        }
        m_overdueCount = overdue;
        setIds(ids, rows);
        return;
    }
    ActionFilter filter = m_filter;
    filter.today = today();
    m_overdueCount = m_repository.overdueActionCount(filter);
    setIds(m_repository.actionIds(filter, m_order));
}

QList<ActionRow> ActionItemsModel::fetchRows(const QList<qint64> &ids) const
{
    return m_repository.actionRowsById(ids);
}

void ActionItemsModel::sort(int column, Qt::SortOrder order)
{
    ActionOrder wanted;
    wanted.descending = column >= 0 && order == Qt::DescendingOrder;
    switch (column) {
    case TextColumn:
        wanted.key = ActionSortKey::Text;
        break;
    case KindColumn:
        wanted.key = ActionSortKey::Kind;
        break;
    case OwnerColumn:
        wanted.key = ActionSortKey::OwnerTeam;
        break;
    case PersonColumn:
        wanted.key = ActionSortKey::Person;
        break;
    case StatusColumn:
        wanted.key = ActionSortKey::Status;
        break;
    case FactorColumn:
        wanted.key = ActionSortKey::Factor;
        break;
    case SourceColumn:
        wanted.key = ActionSortKey::Source;
        break;
    default:
        wanted.key = ActionSortKey::Due;
        break;
    }
    if (wanted.key == m_order.key && wanted.descending == m_order.descending)
        return;
    m_order = wanted;
    // The earlier open items keep their order: a short list the console shows as it is.
    if (m_filter.earlierThanSessionId <= 0)
        reloadForView();
}

int ActionItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionItemsModel::data(const QModelIndex &index, int role) const
{
    if (!isValidIndex(index))
        return {};
    const ActionRow *held = itemAt(index.row());
    if (!held)
        return {};
    const ActionRow &row = *held;
    const ActionItem &a = row.item;
    const bool overdue = a.isOverdue(today());
    switch (role) {
    case IdRole:
        return a.id;
    case OverdueRole:
        return overdue;
    case IncidentIdRole:
        return row.incidentId;
    case Qt::ForegroundRole:
        if (overdue && (index.column() == DueColumn || index.column() == StatusColumn)) {
            // A red that reads on the light and the dark themes (asked at paint time, so it follows a switch).
            const bool dark = QGuiApplication::palette().color(QPalette::Base).lightnessF() < 0.5;
            return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c);
        }
        return {};
    case Qt::FontRole:
        if (overdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (overdue)
            return tr("Overdue by %n day(s)", nullptr, int(a.due.daysTo(today())));
        if (index.column() == TextColumn || index.column() == FactorColumn || index.column() == SourceColumn)
            return data(index, Qt::DisplayRole);
        return {};
    default:
        break;
    }
    switch (index.column()) {
    case TextColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole)
            return a.text;
        break;
    case KindColumn:
        if (role == Qt::DisplayRole)
            return PostmortemText::actionKindName(a.kind);
        if (role == Qt::EditRole || role == SortRole)
            return static_cast<int>(a.kind);
        break;
    case OwnerColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.ownerTeamName;
        break;
    case PersonColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole)
            return a.ownerPerson;
        break;
    case DueColumn:
        if (role == Qt::DisplayRole)
            return a.due.isValid() ? QLocale().toString(a.due, QLocale::ShortFormat) : QString();
        if (role == Qt::EditRole)
            return a.due.isValid() ? a.due : today().addDays(14);
        if (role == SortRole)
            return a.due.isValid() ? a.due.toJulianDay() : std::numeric_limits<qint64>::max();
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return statusText(a.status, overdue);
        if (role == Qt::EditRole || role == SortRole)
            return static_cast<int>(a.status);
        break;
    case FactorColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.factorText;
        break;
    case SourceColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.source;
        break;
    default:
        break;
    }
    return {};
}

bool ActionItemsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isValidIndex(index) || role != Qt::EditRole || !itemAt(index.row()))
        return false;
    ActionItem a = itemAt(index.row())->item;
    switch (index.column()) {
    case TextColumn:
        a.text = value.toString();
        break;
    case KindColumn:
        a.kind = static_cast<ActionKind>(value.toInt());
        break;
    case PersonColumn:
        a.ownerPerson = value.toString();
        break;
    case DueColumn:
        a.due = value.toDate();
        break;
    case StatusColumn: {
        const auto status = static_cast<ActionStatus>(value.toInt());
        if (status != a.status)
            a.done = status == ActionStatus::Done ? QDateTime::currentDateTimeUtc() : QDateTime();
        a.status = status;
        break;
    }
    default:
        return false;
    }
    if (const Status status = m_edits.editAction(a); !status) {
        emit editFailed(status.error());
        return false;
    }
    return true;
}

QString ActionItemsModel::statusText(ActionStatus status, bool overdue)
{
    return overdue ? tr("%1, overdue").arg(PostmortemText::actionStatusName(status))
                   : PostmortemText::actionStatusName(status);
}

QVariant ActionItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        return tr("Action item");
    case KindColumn:
        return tr("Kind");
    case OwnerColumn:
        return tr("Owner team");
    case PersonColumn:
        return tr("Person");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case FactorColumn:
        return tr("Addresses");
    case SourceColumn:
        return tr("From");
    default:
        return {};
    }
}

Qt::ItemFlags ActionItemsModel::flags(const QModelIndex &index) const
{
    if (!isValidIndex(index))
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    switch (index.column()) {
    case TextColumn:
    case KindColumn:
    case PersonColumn:
    case DueColumn:
    case StatusColumn:
        return base | Qt::ItemIsEditable;
    default:
        return base;
    }
}

SessionTableModel::SessionTableModel(PostmortemRepository &repository, Loading loading, QObject *parent)
    : IdPagedTableModel(parent)
    , m_repository(repository)
{
    if (loading == Loading::Now)
        load();
    connect(&m_repository, &PostmortemRepository::sessionsChanged, this, &SessionTableModel::reload);
}

void SessionTableModel::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    reload();
}

void SessionTableModel::reload()
{
    if (m_loaded)
        setIds(m_repository.sessionIds(m_order));
}

QList<SessionRow> SessionTableModel::fetchRows(const QList<qint64> &ids) const
{
    return m_repository.sessionRows(ids);
}

void SessionTableModel::sort(int column, Qt::SortOrder order)
{
    SessionOrder wanted;
    switch (column) {
    case TitleColumn:
        wanted.key = SessionSortKey::Title;
        break;
    case KindColumn:
        wanted.key = SessionSortKey::Kind;
        break;
    case TeamColumn:
        wanted.key = SessionSortKey::Team;
        break;
    case PhaseColumn:
        wanted.key = SessionSortKey::Phase;
        break;
    case CreatedColumn:
        wanted.key = SessionSortKey::Created;
        break;
    default: // the list's own order: newest first
        break;
    }
    if (column >= 0)
        wanted.descending = order == Qt::DescendingOrder;
    if (wanted.key == m_order.key && wanted.descending == m_order.descending)
        return;
    m_order = wanted;
    reload();
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!isValidIndex(index))
        return {};
    const SessionRow *held = itemAt(index.row());
    if (!held)
        return {};
    const SessionRow &r = *held;
    if (role == IdRole)
        return r.id;
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return r.title;
    case KindColumn:
        return PostmortemText::sessionKindName(r.kind);
    case TeamColumn:
        return r.teamName;
    case PhaseColumn:
        if (role == SortRole)
            return static_cast<int>(r.phase);
        return PostmortemText::phaseName(r.phase, r.kind);
    case CreatedColumn:
        if (role == SortRole)
            return r.created.toSecsSinceEpoch();
        return QLocale().toString(r.created.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case KindColumn:
        return tr("Kind");
    case TeamColumn:
        return tr("Team");
    case PhaseColumn:
        return tr("Phase");
    case CreatedColumn:
        return tr("Started");
    default:
        return {};
    }
}

Qt::ItemFlags SessionTableModel::flags(const QModelIndex &index) const
{
    if (!isValidIndex(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled;
}

} // namespace candor
