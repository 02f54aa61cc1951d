#include "PhaseRules.h"

#include "domain/Validation.h"

namespace candor {

Phase PhaseRules::next(Phase phase)
{
    switch (phase) {
    case Phase::Opening:
        return Phase::Timeline;
    case Phase::Timeline:
        return Phase::Factors;
    case Phase::Factors:
        return Phase::Actions;
    case Phase::Actions:
        return Phase::Closing;
    case Phase::Closing:
    case Phase::Finished:
        return Phase::Finished;
    }
    return Phase::Finished;
}

QString PhaseRules::agreeBlocker(const SessionFacts &facts, const QString &confirmedBy)
{
    if (facts.phase == Phase::Finished)
        return tr("The session is finished. Go back to a phase to change it.");
    if (confirmedBy.trimmed().isEmpty())
        return tr("Name who confirmed the group's agreement, for example the facilitator.");
    if (confirmedBy.size() > Limits::NameLength)
        return tr("The name of who confirmed is too long. Shorten it.");
    switch (facts.phase) {
    case Phase::Opening:
        if (!facts.hasFacilitator)
            return tr("Name the facilitator before the session starts.");
        if (facts.participants == 0)
            return tr("Add the people in the room before the session starts.");
        if (facts.facilitatorConflict && !facts.conflictAccepted)
            return tr("The facilitator is close to the team, which can change what people dare to say. Choose a"
                      " facilitator from outside the team, or record that the group keeps this facilitator.");
        return {};
    case Phase::Timeline:
        if (facts.events == 0)
            return tr("The timeline is empty. Add what happened, or skip the phase with a reason.");
        return {};
    case Phase::Factors:
        if (facts.factors == 0)
            return tr("No contributing factors yet. Add what made the incident possible, or skip the phase with a"
                      " reason.");
        return {};
    case Phase::Actions:
        if (facts.actions == 0)
            return tr("No action items yet. Agree at least one, or skip the phase with a reason.");
        return {};
    case Phase::Closing:
    case Phase::Finished:
        return {};
    }
    return {};
}

QString PhaseRules::skipBlocker(const SessionFacts &facts, const QString &reason)
{
    if (facts.phase == Phase::Finished)
        return tr("The session is finished. Go back to a phase to change it.");
    if (facts.phase == Phase::Opening)
        return tr("The opening cannot be skipped: the ground rules and who is in the room come first.");
    if (reason.trimmed().isEmpty())
        return tr("Write why the group moves on without agreement; the reason stays in the record.");
    if (reason.size() > Limits::TextLength)
        return tr("The reason is too long. Shorten it.");
    return {};
}

QString PhaseRules::backBlocker(const SessionFacts &facts, Phase target)
{
    if (static_cast<int>(target) >= static_cast<int>(facts.phase) || target == Phase::Finished)
        return tr("You can only go back to an earlier phase.");
    return {};
}

void PhaseRules::enter(Session &session, Phase phase, const QDateTime &now)
{
    session.phase = phase;
    session.speakerId = 0;
    session.turnStarted = {};
    if (phase == Phase::Finished)
        return;
    PhaseRecord &record = session.record(phase);
    record.started = now;
    record.agreed = {};
    record.agreedBy.clear();
    record.skipReason.clear();
}

void PhaseRules::applyAgree(Session &session, const QString &confirmedBy, const QDateTime &now)
{
    PhaseRecord &record = session.record(session.phase);
    record.agreed = now;
    record.agreedBy = confirmedBy.trimmed();
    record.skipReason.clear();
    enter(session, next(session.phase), now);
}

void PhaseRules::applySkip(Session &session, const QString &reason, const QDateTime &now)
{
    PhaseRecord &record = session.record(session.phase);
    record.agreed = {};
    record.agreedBy.clear();
    record.skipReason = reason.trimmed();
    enter(session, next(session.phase), now);
}

void PhaseRules::applyBack(Session &session, Phase target, const QDateTime &now)
{
    // The target and every later phase are open again; the log keeps the agreements they had.
    for (int p = static_cast<int>(target) + 1; p < PhaseCount; ++p)
        session.phases[static_cast<size_t>(p)] = PhaseRecord();
    enter(session, target, now);
}

} // namespace candor
