#include "FactorModel.h"

#include "item/TimelineModel.h"
#include "storage/PostmortemRepository.h"
#include "undo/SessionEdits.h"

namespace candor {

FactorModel::FactorModel(PostmortemRepository &repository, SessionEdits &edits, qint64 sessionId, QObject *parent)
    : SyncedTableModel(parent)
    , m_repository(repository)
    , m_edits(edits)
    , m_sessionId(sessionId)
{
    reload();
    connect(&m_repository, &PostmortemRepository::factorsChanged, this, [this](qint64 id) {
        if (id == m_sessionId)
            reload();
    });
    connect(&m_repository, &PostmortemRepository::eventsChanged, this, [this](qint64 id) {
        if (id != m_sessionId)
            return;
        // A moved or removed event changes the order and the labels of the events a factor explains.
        reload();
        if (rowCount() > 0)
            emit dataChanged(index(0, EventsColumn), index(rowCount() - 1, EventsColumn));
    });
}

void FactorModel::reload()
{
    m_events = m_repository.events(m_sessionId);
    setRows(m_repository.factors(m_sessionId));
}

int FactorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FactorModel::data(const QModelIndex &index, int role) const
{
    if (!isValidIndex(index))
        return {};
    const ContributingFactor &f = items().at(index.row());
    if (role == IdRole)
        return f.id;
    if (role == EventIdsRole)
        return QVariant::fromValue(f.eventIds);
    switch (index.column()) {
    case CategoryColumn:
        if (role == Qt::DisplayRole)
            return PostmortemText::categoryName(f.category);
        if (role == Qt::EditRole)
            return static_cast<int>(f.category);
        break;
    case TextColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return f.text;
        break;
    case EventsColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            QStringList labels;
            for (const TimelineEvent &e : m_events) {
                if (f.eventIds.contains(e.id))
                    labels.append(TimelineModel::label(e));
            }
            return labels.join(role == Qt::DisplayRole ? QStringLiteral(", ") : QStringLiteral("\n"));
        }
        break;
    default:
        break;
    }
    return {};
}

bool FactorModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isValidIndex(index) || role != Qt::EditRole)
        return false;
    ContributingFactor f = items().at(index.row());
    if (index.column() == CategoryColumn)
        f.category = static_cast<FactorCategory>(value.toInt());
    else if (index.column() == TextColumn)
        f.text = value.toString();
    else
        return false;
    if (const Status status = m_edits.editFactor(f); !status) {
        emit editFailed(status.error());
        return false;
    }
    return true;
}

QVariant FactorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CategoryColumn:
        return tr("Category");
    case TextColumn:
        return tr("Contributing factor");
    case EventsColumn:
        return tr("Explains");
    default:
        return {};
    }
}

Qt::ItemFlags FactorModel::flags(const QModelIndex &index) const
{
    if (!isValidIndex(index))
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    return index.column() == EventsColumn ? base : base | Qt::ItemIsEditable;
}

LearningModel::LearningModel(PostmortemRepository &repository, SessionEdits &edits, qint64 sessionId, LearningKind kind,
                             QObject *parent)
    : SyncedTableModel(parent)
    , m_repository(repository)
    , m_edits(edits)
    , m_sessionId(sessionId)
    , m_kind(kind)
{
    reload();
    connect(&m_repository, &PostmortemRepository::learningsChanged, this, [this](qint64 id) {
        if (id == m_sessionId)
            reload();
    });
}

void LearningModel::reload()
{
    QList<Learning> mine;
    for (const Learning &l : m_repository.learnings(m_sessionId)) {
        if (l.kind == m_kind)
            mine.append(l);
    }
    setRows(mine);
}

int LearningModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant LearningModel::data(const QModelIndex &index, int role) const
{
    if (!isValidIndex(index))
        return {};
    const Learning &l = items().at(index.row());
    if (role == IdRole)
        return l.id;
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
        return l.text;
    return {};
}

bool LearningModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isValidIndex(index) || role != Qt::EditRole)
        return false;
    Learning l = items().at(index.row());
    l.text = value.toString();
    if (const Status status = m_edits.editLearning(l); !status) {
        emit editFailed(status.error());
        return false;
    }
    return true;
}

QVariant LearningModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section != 0)
        return {};
    return PostmortemText::learningName(m_kind);
}

Qt::ItemFlags LearningModel::flags(const QModelIndex &index) const
{
    if (!isValidIndex(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

} // namespace candor
