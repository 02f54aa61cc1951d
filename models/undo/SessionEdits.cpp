#include "SessionEdits.h"

#include "domain/Names.h"
#include "storage/PostmortemRepository.h"

namespace candor {

SessionEdits::SessionEdits(QUndoStack &stack, PostmortemRepository &repository, QObject *parent)
    : UndoFacade(stack, parent)
    , m_repository(repository)
{}

Result<qint64> SessionEdits::addParticipant(const Participant &participant)
{
    auto value = std::make_shared<Participant>(participant);
    value->id = 0;
    auto *cmd =
        command(tr("Add participant “%1”").arg(shortName(participant.name)),
                insertKeepingId(value, [this](const Participant &p) { return m_repository.insertParticipant(p); }),
                [this, value]() { return m_repository.removeParticipant(value->id); });
    if (const Status status = push(cmd); !status)
        return Result<qint64>::failure(status.error());
    return value->id;
}

Status SessionEdits::editParticipant(const Participant &participant)
{
    Participant old;
    bool found = false;
    for (const Participant &p : m_repository.participants(participant.sessionId)) {
        if (p.id == participant.id) {
            old = p;
            found = true;
        }
    }
    if (!found)
        return Status::failure(tr("That participant is no longer in the session."));
    if (old == participant)
        return {};
    return push(command(
        tr("Edit participant “%1”").arg(shortName(participant.name)),
        [this, participant]() { return m_repository.updateParticipant(participant); },
        [this, old]() { return m_repository.updateParticipant(old); }));
}

Status SessionEdits::removeParticipant(const Participant &participant)
{
    const Participant old = participant;
    return push(command(
        tr("Remove participant “%1”").arg(shortName(old.name)),
        [this, old]() { return m_repository.removeParticipant(old.id); },
        [this, old]() { return Status::from(m_repository.insertParticipant(old)); }));
}

Result<qint64> SessionEdits::addEvent(const TimelineEvent &event)
{
    auto value = std::make_shared<TimelineEvent>(event);
    value->id = 0;
    auto *cmd = command(tr("Add timeline event “%1”").arg(shortName(event.text)),
                        insertKeepingId(value, [this](const TimelineEvent &e) { return m_repository.insertEvent(e); }),
                        [this, value]() { return m_repository.removeEvent(value->id); });
    if (const Status status = push(cmd); !status)
        return Result<qint64>::failure(status.error());
    return value->id;
}

Status SessionEdits::editEvent(const TimelineEvent &event)
{
    const Result<TimelineEvent> before = m_repository.event(event.id);
    if (!before)
        return Status::failure(before.error());
    if (*before == event)
        return {};
    const TimelineEvent old = *before;
    return push(command(
        tr("Edit timeline event “%1”").arg(shortName(event.text)),
        [this, event]() { return m_repository.updateEvent(event); },
        [this, old]() { return m_repository.updateEvent(old); }));
}

Status SessionEdits::removeEvent(qint64 eventId)
{
    const Result<TimelineEvent> event = m_repository.event(eventId);
    if (!event)
        return Status::failure(event.error());
    const TimelineEvent removed = *event;
    QList<qint64> linkedFactors;
    for (const ContributingFactor &f : m_repository.factors(removed.sessionId)) {
        if (f.eventIds.contains(eventId))
            linkedFactors.append(f.id);
    }
    return push(command(
        tr("Delete timeline event “%1”").arg(shortName(removed.text)),
        [this, eventId]() { return m_repository.removeEvent(eventId); },
        [this, removed, linkedFactors]() {
            if (const Result<qint64> id = m_repository.insertEvent(removed); !id)
                return Status::from(id);
            return m_repository.linkEvent(removed.id, linkedFactors);
        }));
}

Result<qint64> SessionEdits::addFactor(const ContributingFactor &factor)
{
    auto value = std::make_shared<ContributingFactor>(factor);
    value->id = 0;
    auto *cmd =
        command(tr("Add contributing factor “%1”").arg(shortName(factor.text)),
                insertKeepingId(value, [this](const ContributingFactor &f) { return m_repository.insertFactor(f); }),
                [this, value]() { return m_repository.removeFactor(value->id); });
    if (const Status status = push(cmd); !status)
        return Result<qint64>::failure(status.error());
    return value->id;
}

Status SessionEdits::editFactor(const ContributingFactor &factor)
{
    const Result<ContributingFactor> before = m_repository.factor(factor.id);
    if (!before)
        return Status::failure(before.error());
    if (*before == factor)
        return {};
    const ContributingFactor old = *before;
    return push(command(
        tr("Edit contributing factor “%1”").arg(shortName(factor.text)),
        [this, factor]() { return m_repository.updateFactor(factor); },
        [this, old]() { return m_repository.updateFactor(old); }));
}

Status SessionEdits::removeFactor(qint64 factorId)
{
    const Result<ContributingFactor> factor = m_repository.factor(factorId);
    if (!factor)
        return Status::failure(factor.error());
    const ContributingFactor removed = *factor;
    QList<qint64> addressingActions;
    for (const ActionItem &a : m_repository.actions(removed.sessionId)) {
        if (a.factorId == factorId)
            addressingActions.append(a.id);
    }
    return push(command(
        tr("Delete contributing factor “%1”").arg(shortName(removed.text)),
        [this, factorId]() { return m_repository.removeFactor(factorId); },
        [this, removed, addressingActions]() {
            if (const Result<qint64> id = m_repository.insertFactor(removed); !id)
                return Status::from(id);
            return m_repository.setActionFactor(addressingActions, removed.id);
        }));
}

Result<qint64> SessionEdits::addLearning(const Learning &learning)
{
    auto value = std::make_shared<Learning>(learning);
    value->id = 0;
    auto *cmd = command(tr("Add “%1”").arg(shortName(learning.text)),
                        insertKeepingId(value, [this](const Learning &l) { return m_repository.insertLearning(l); }),
                        [this, value]() { return m_repository.removeLearning(value->id); });
    if (const Status status = push(cmd); !status)
        return Result<qint64>::failure(status.error());
    return value->id;
}

Status SessionEdits::editLearning(const Learning &learning)
{
    const Result<Learning> before = m_repository.learning(learning.id);
    if (!before)
        return Status::failure(before.error());
    if (*before == learning)
        return {};
    const Learning old = *before;
    return push(command(
        tr("Edit “%1”").arg(shortName(learning.text)),
        [this, learning]() { return m_repository.updateLearning(learning); },
        [this, old]() { return m_repository.updateLearning(old); }));
}

Status SessionEdits::removeLearning(qint64 learningId)
{
    const Result<Learning> learning = m_repository.learning(learningId);
    if (!learning)
        return Status::failure(learning.error());
    const Learning removed = *learning;
    return push(command(
        tr("Delete “%1”").arg(shortName(removed.text)),
        [this, learningId]() { return m_repository.removeLearning(learningId); },
        [this, removed]() { return Status::from(m_repository.insertLearning(removed)); }));
}

Result<qint64> SessionEdits::addAction(const ActionItem &action)
{
    auto value = std::make_shared<ActionItem>(action);
    value->id = 0;
    if (!value->created.isValid())
        value->created = QDateTime::currentDateTimeUtc();
    auto *cmd = command(tr("Add action item “%1”").arg(shortName(action.text)),
                        insertKeepingId(value, [this](const ActionItem &a) { return m_repository.insertAction(a); }),
                        [this, value]() { return m_repository.removeAction(value->id); });
    if (const Status status = push(cmd); !status)
        return Result<qint64>::failure(status.error());
    return value->id;
}

Status SessionEdits::editAction(const ActionItem &action)
{
    const Result<ActionItem> before = m_repository.action(action.id);
    if (!before)
        return Status::failure(before.error());
    if (*before == action)
        return {};
    const ActionItem old = *before;
    QString text = tr("Edit action item “%1”").arg(shortName(action.text));
    if (old.status != action.status) {
        switch (action.status) {
        case ActionStatus::Open:
            text = tr("Reopen “%1”").arg(shortName(action.text));
            break;
        case ActionStatus::InProgress:
            text = tr("Mark “%1” in progress").arg(shortName(action.text));
            break;
        case ActionStatus::Done:
            text = tr("Mark “%1” done").arg(shortName(action.text));
            break;
        case ActionStatus::Dropped:
            text = tr("Drop “%1”").arg(shortName(action.text));
            break;
        }
    }
    return push(command(
        text, [this, action]() { return m_repository.updateAction(action); },
        [this, old]() { return m_repository.updateAction(old); }));
}

Status SessionEdits::removeAction(qint64 actionId)
{
    const Result<ActionItem> action = m_repository.action(actionId);
    if (!action)
        return Status::failure(action.error());
    const ActionItem removed = *action;
    return push(command(
        tr("Delete action item “%1”").arg(shortName(removed.text)),
        [this, actionId]() { return m_repository.removeAction(actionId); },
        [this, removed]() { return Status::from(m_repository.insertAction(removed)); }));
}

Status SessionEdits::setActionStatus(qint64 actionId, ActionStatus status)
{
    Result<ActionItem> action = m_repository.action(actionId);
    if (!action)
        return Status::failure(action.error());
    ActionItem changed = *action;
    if (changed.status == status)
        return {};
    changed.status = status;
    changed.done = status == ActionStatus::Done ? QDateTime::currentDateTimeUtc() : QDateTime();
    return editAction(changed);
}

} // namespace candor
