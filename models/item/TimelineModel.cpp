#include "TimelineModel.h"

#include "storage/PostmortemRepository.h"
#include "undo/SessionEdits.h"

#include <QLocale>

namespace candor {

TimelineModel::TimelineModel(PostmortemRepository &repository, SessionEdits &edits, qint64 sessionId, QObject *parent)
    : SyncedTableModel(parent)
    , m_repository(repository)
    , m_edits(edits)
    , m_sessionId(sessionId)
{
    reload();
    connect(&m_repository, &PostmortemRepository::eventsChanged, this, [this](qint64 id) {
        if (id == m_sessionId)
            reload();
    });
}

void TimelineModel::reload()
{
    setRows(m_repository.events(m_sessionId));
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimelineModel::label(const TimelineEvent &event)
{
    return QLocale().toString(event.time.toLocalTime().time(), QLocale::ShortFormat) + QLatin1Char(' ') +
           PostmortemText::eventKindName(event.kind);
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!isValidIndex(index))
        return {};
    const TimelineEvent &e = items().at(index.row());
    if (role == IdRole)
        return e.id;
    switch (index.column()) {
    case TimeColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat);
        if (role == Qt::EditRole)
            return e.time.toLocalTime();
        if (role == SortRole)
            return e.time.toSecsSinceEpoch();
        break;
    case KindColumn:
        if (role == Qt::DisplayRole)
            return PostmortemText::eventKindName(e.kind);
        if (role == Qt::EditRole || role == SortRole)
            return static_cast<int>(e.kind);
        break;
    case TextColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole)
            return e.text;
        if (role == Qt::ToolTipRole)
            return e.text;
        break;
    default:
        break;
    }
    return {};
}

bool TimelineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isValidIndex(index) || role != Qt::EditRole)
        return false;
    TimelineEvent e = items().at(index.row());
    switch (index.column()) {
    case TimeColumn:
        e.time = value.toDateTime().toUTC();
        break;
    case KindColumn:
        e.kind = static_cast<EventKind>(value.toInt());
        break;
    case TextColumn:
        e.text = value.toString();
        break;
    default:
        return false;
    }
    if (const Status status = m_edits.editEvent(e); !status) {
        emit editFailed(status.error());
        return false;
    }
    return true;
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case TextColumn:
        return tr("What happened");
    default:
        return {};
    }
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex &index) const
{
    if (!isValidIndex(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

} // namespace candor
