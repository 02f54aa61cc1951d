#pragma once

#include "domain/Postmortem.h"
#include "domain/Result.h"
#include "undo/EntityCommands.h"

namespace candor {

class PostmortemRepository;

// Undoable edits of what a session records: participants, timeline, contributing factors, learnings and action
// items. Each change is durable before it is pushed ("Add timeline event “Pager fired”"); undoing a removal brings
// back the item under its old id with its links (the factors an event explained, the actions a factor addressed).
//
// Changes and removals are made at the version of the item the caller saw (its rowVersion, or the `version` given;
// 0: the one stored now), so nobody silently overwrites another desktop's change (see UndoFacade).
class SessionEdits : public UndoFacade
{
    Q_OBJECT
public:
    SessionEdits(QUndoStack &stack, PostmortemRepository &repository, QObject *parent = nullptr);

    Result<qint64> addParticipant(const Participant &participant);
    Status editParticipant(const Participant &participant);
    Status removeParticipant(const Participant &participant);

    Result<qint64> addEvent(const TimelineEvent &event);
    Status editEvent(const TimelineEvent &event);
    Status removeEvent(qint64 eventId, qint64 version = 0);

    Result<qint64> addFactor(const ContributingFactor &factor);
    Status editFactor(const ContributingFactor &factor);
    Status removeFactor(qint64 factorId, qint64 version = 0);

    Result<qint64> addLearning(const Learning &learning);
    Status editLearning(const Learning &learning);
    Status removeLearning(qint64 learningId, qint64 version = 0);

    Result<qint64> addAction(const ActionItem &action);
    Status editAction(const ActionItem &action);
    Status removeAction(qint64 actionId, qint64 version = 0);
    // Done records when; any other status clears that.
    Status setActionStatus(qint64 actionId, ActionStatus status);

private:
    PostmortemRepository &m_repository;
};

} // namespace candor
