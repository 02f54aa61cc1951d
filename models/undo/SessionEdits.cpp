#include "SessionEdits.h"

#include "domain/Names.h"
#include "storage/PostmortemRepository.h"

namespace candor {

namespace {

// The keys of UndoFacade::rowVersion.
const QString Participants = QStringLiteral("participant");
const QString Events = QStringLiteral("timeline_event");
const QString Factors = QStringLiteral("contributing_factor");
const QString Learnings = QStringLiteral("learning");
const QString Actions = QStringLiteral("action_item");

// A participant as stored now; none when gone.
std::optional<Participant> storedParticipant(const PostmortemRepository &repository, qint64 sessionId, qint64 id)
{
    for (const Participant &p : repository.participants(sessionId)) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

} // namespace

SessionEdits::SessionEdits(QUndoStack &stack, PostmortemRepository &repository, QObject *parent)
    : UndoFacade(stack, parent)
    , m_repository(repository)
{}

Result<qint64> SessionEdits::addParticipant(const Participant &participant)
{
    auto value = std::make_shared<Participant>(participant);
    value->id = 0;
    auto *cmd = command(
        tr("Add participant “%1”").arg(shortName(participant.name)),
        insertTrackingVersion(
            value, [this](qint64 id) { return rowVersion(Participants, id); },
            [this](const Participant &p) { return m_repository.insertParticipant(p); },
            [this, sessionId = participant.sessionId](qint64 id) {
                return storedParticipant(m_repository, sessionId, id);
            }),
        [this, value]() { return m_repository.removeParticipant(value->id, *rowVersion(Participants, value->id)); });
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
    auto version = rowVersion(Participants, participant.id);
    *version = participant.rowVersion;
    const auto write = [this](const Participant &p, qint64 *written) {
        return m_repository.updateParticipant(p, written);
    };
    return push(command(tr("Edit participant “%1”").arg(shortName(participant.name)),
                        writeAtVersion(participant, version, write), writeAtVersion(old, version, write), version));
}

Status SessionEdits::removeParticipant(const Participant &participant)
{
    const Participant old = participant;
    auto at = rowVersion(Participants, old.id);
    *at = old.rowVersion;
    const auto readBack = [this, sessionId = old.sessionId](qint64 id) {
        return storedParticipant(m_repository, sessionId, id);
    };
    return push(command(
        tr("Remove participant “%1”").arg(shortName(old.name)),
        [this, old, at]() { return m_repository.removeParticipant(old.id, *at); },
        insertTrackingVersion(
            std::make_shared<Participant>(old), [at](qint64) { return at; },
            [this](const Participant &p) { return m_repository.insertParticipant(p); }, readBack),
        at));
}

Result<qint64> SessionEdits::addEvent(const TimelineEvent &event)
{
    auto value = std::make_shared<TimelineEvent>(event);
    value->id = 0;
    auto *cmd =
        command(tr("Add timeline event “%1”").arg(shortName(event.text)),
                insertTrackingVersion(
                    value, [this](qint64 id) { return rowVersion(Events, id); },
                    [this](const TimelineEvent &e) { return m_repository.insertEvent(e); },
                    [this](qint64 id) { return m_repository.event(id); }),
                [this, value]() { return m_repository.removeEvent(value->id, *rowVersion(Events, value->id)); });
    if (const Status status = push(cmd); !status)
        return Result<qint64>::failure(status.error());
    return value->id;
}

Status SessionEdits::editEvent(const TimelineEvent &event)
{
    const Result<TimelineEvent> before = m_repository.event(event.id);
    if (!before)
        return unreadable(before, event.text);
    if (*before == event)
        return {};
    const TimelineEvent old = *before;
    // At the version the caller saw, so an edit of something another desktop changed meanwhile is a conflict.
    auto version = rowVersion(Events, event.id);
    *version = event.rowVersion;
    const auto write = [this](const TimelineEvent &e, qint64 *written) {
        return m_repository.updateEvent(e, written);
    };
    return push(command(tr("Edit timeline event “%1”").arg(shortName(event.text)),
                        writeAtVersion(event, version, write), writeAtVersion(old, version, write), version));
}

Status SessionEdits::removeEvent(qint64 eventId, qint64 version)
{
    const Result<TimelineEvent> event = m_repository.event(eventId);
    if (!event)
        return unreadableForRemoval(event, version);
    const TimelineEvent removed = *event;
    QList<qint64> linkedFactors;
    for (const ContributingFactor &f : m_repository.factors(removed.sessionId)) {
        if (f.eventIds.contains(eventId))
            linkedFactors.append(f.id);
    }
    auto at = rowVersion(Events, removed.id);
    *at = version > 0 ? version : removed.rowVersion;
    return push(command(
        tr("Delete timeline event “%1”").arg(shortName(removed.text)),
        [this, eventId, at]() { return m_repository.removeEvent(eventId, *at); },
        [this, removed, linkedFactors, at]() {
            if (const Result<qint64> id = m_repository.insertEvent(removed); !id)
                return Status::from(id);
            const Status linked = m_repository.linkEvent(removed.id, linkedFactors);
            const Result<TimelineEvent> restored = m_repository.event(removed.id);
            *at = restored ? restored->rowVersion : 0;
            return linked;
        },
        at));
}

Result<qint64> SessionEdits::addFactor(const ContributingFactor &factor)
{
    auto value = std::make_shared<ContributingFactor>(factor);
    value->id = 0;
    auto *cmd =
        command(tr("Add contributing factor “%1”").arg(shortName(factor.text)),
                insertTrackingVersion(
                    value, [this](qint64 id) { return rowVersion(Factors, id); },
                    [this](const ContributingFactor &f) { return m_repository.insertFactor(f); },
                    [this](qint64 id) { return m_repository.factor(id); }),
                [this, value]() { return m_repository.removeFactor(value->id, *rowVersion(Factors, value->id)); });
    if (const Status status = push(cmd); !status)
        return Result<qint64>::failure(status.error());
    return value->id;
}

Status SessionEdits::editFactor(const ContributingFactor &factor)
{
    const Result<ContributingFactor> before = m_repository.factor(factor.id);
    if (!before)
        return unreadable(before, factor.text);
    if (*before == factor)
        return {};
    const ContributingFactor old = *before;
    auto version = rowVersion(Factors, factor.id);
    *version = factor.rowVersion;
    const auto write = [this](const ContributingFactor &f, qint64 *written) {
        return m_repository.updateFactor(f, written);
    };
    return push(command(tr("Edit contributing factor “%1”").arg(shortName(factor.text)),
                        writeAtVersion(factor, version, write), writeAtVersion(old, version, write), version));
}

Status SessionEdits::removeFactor(qint64 factorId, qint64 version)
{
    const Result<ContributingFactor> factor = m_repository.factor(factorId);
    if (!factor)
        return unreadableForRemoval(factor, version);
    const ContributingFactor removed = *factor;
    QList<qint64> addressingActions;
    for (const ActionItem &a : m_repository.actions(removed.sessionId)) {
        if (a.factorId == factorId)
            addressingActions.append(a.id);
    }
    auto at = rowVersion(Factors, removed.id);
    *at = version > 0 ? version : removed.rowVersion;
    return push(command(
        tr("Delete contributing factor “%1”").arg(shortName(removed.text)),
        [this, factorId, at]() { return m_repository.removeFactor(factorId, *at); },
        [this, removed, addressingActions, at]() {
            if (const Result<qint64> id = m_repository.insertFactor(removed); !id)
                return Status::from(id);
            const Result<ContributingFactor> restored = m_repository.factor(removed.id);
            *at = restored ? restored->rowVersion : 0;
            return m_repository.setActionFactor(addressingActions, removed.id);
        },
        at));
}

Result<qint64> SessionEdits::addLearning(const Learning &learning)
{
    auto value = std::make_shared<Learning>(learning);
    value->id = 0;
    auto *cmd =
        command(tr("Add “%1”").arg(shortName(learning.text)),
                insertTrackingVersion(
                    value, [this](qint64 id) { return rowVersion(Learnings, id); },
                    [this](const Learning &l) { return m_repository.insertLearning(l); },
                    [this](qint64 id) { return m_repository.learning(id); }),
                [this, value]() { return m_repository.removeLearning(value->id, *rowVersion(Learnings, value->id)); });
    if (const Status status = push(cmd); !status)
        return Result<qint64>::failure(status.error());
    return value->id;
}

Status SessionEdits::editLearning(const Learning &learning)
{
    const Result<Learning> before = m_repository.learning(learning.id);
    if (!before)
        return unreadable(before, learning.text);
    if (*before == learning)
        return {};
    const Learning old = *before;
    auto version = rowVersion(Learnings, learning.id);
    *version = learning.rowVersion;
    const auto write = [this](const Learning &l, qint64 *written) {
        return m_repository.updateLearning(l, written);
    };
    return push(command(tr("Edit “%1”").arg(shortName(learning.text)), writeAtVersion(learning, version, write),
                        writeAtVersion(old, version, write), version));
}

Status SessionEdits::removeLearning(qint64 learningId, qint64 version)
{
    const Result<Learning> learning = m_repository.learning(learningId);
    if (!learning)
        return unreadableForRemoval(learning, version);
    const Learning removed = *learning;
    auto at = rowVersion(Learnings, removed.id);
    *at = version > 0 ? version : removed.rowVersion;
    return push(command(
        tr("Delete “%1”").arg(shortName(removed.text)),
        [this, learningId, at]() { return m_repository.removeLearning(learningId, *at); },
        insertTrackingVersion(
            std::make_shared<Learning>(removed), [at](qint64) { return at; },
            [this](const Learning &l) { return m_repository.insertLearning(l); },
            [this](qint64 id) { return m_repository.learning(id); }),
        at));
}

Result<qint64> SessionEdits::addAction(const ActionItem &action)
{
    auto value = std::make_shared<ActionItem>(action);
    value->id = 0;
    if (!value->created.isValid())
        value->created = QDateTime::currentDateTimeUtc();
    auto *cmd =
        command(tr("Add action item “%1”").arg(shortName(action.text)),
                insertTrackingVersion(
                    value, [this](qint64 id) { return rowVersion(Actions, id); },
                    [this](const ActionItem &a) { return m_repository.insertAction(a); },
                    [this](qint64 id) { return m_repository.action(id); }),
                [this, value]() { return m_repository.removeAction(value->id, *rowVersion(Actions, value->id)); });
    if (const Status status = push(cmd); !status)
        return Result<qint64>::failure(status.error());
    return value->id;
}

Status SessionEdits::editAction(const ActionItem &action)
{
    const Result<ActionItem> before = m_repository.action(action.id);
    if (!before)
        return unreadable(before, action.text);
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
    auto version = rowVersion(Actions, action.id);
    *version = action.rowVersion;
    const auto write = [this](const ActionItem &a, qint64 *written) {
        return m_repository.updateAction(a, written);
    };
    return push(command(text, writeAtVersion(action, version, write), writeAtVersion(old, version, write), version));
}

Status SessionEdits::removeAction(qint64 actionId, qint64 version)
{
    const Result<ActionItem> action = m_repository.action(actionId);
    if (!action)
        return unreadableForRemoval(action, version);
    const ActionItem removed = *action;
    auto at = rowVersion(Actions, removed.id);
    *at = version > 0 ? version : removed.rowVersion;
    return push(command(
        tr("Delete action item “%1”").arg(shortName(removed.text)),
        [this, actionId, at]() { return m_repository.removeAction(actionId, *at); },
        insertTrackingVersion(
            std::make_shared<ActionItem>(removed), [at](qint64) { return at; },
            [this](const ActionItem &a) { return m_repository.insertAction(a); },
            [this](qint64 id) { return m_repository.action(id); }),
        at));
}

Status SessionEdits::setActionStatus(qint64 actionId, ActionStatus status)
{
    Result<ActionItem> action = m_repository.action(actionId);
    if (!action)
        return unreadable(action, QString());
    ActionItem changed = *action;
    if (changed.status == status)
        return {};
    changed.status = status;
    changed.done = status == ActionStatus::Done ? QDateTime::currentDateTimeUtc() : QDateTime();
    return editAction(changed);
}

} // namespace candor
