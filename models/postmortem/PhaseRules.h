#pragma once

#include "domain/Postmortem.h"

#include <QCoreApplication>

namespace candor {

// What the phase gates look at.
struct SessionFacts
{
    Phase phase = Phase::Opening;
    bool hasFacilitator = false;
    bool facilitatorConflict = false; // on the team, or manages a participant
    bool conflictAccepted = false;
    int participants = 0;
    int events = 0;
    int factors = 0;
    int actions = 0;
};

// The gates between phases. A phase is left by the group's recorded agreement or by a written reason to skip it;
// going back re-opens that phase and every later one. Each check returns what stands in the way (translated,
// saying what to do), or an empty string when the move is allowed. The apply functions change a session's phase
// and records; storing them is the caller's job.
class PhaseRules
{
    Q_DECLARE_TR_FUNCTIONS(PhaseRules)
public:
    static Phase next(Phase phase);

    static QString agreeBlocker(const SessionFacts &facts, const QString &confirmedBy);
    static QString skipBlocker(const SessionFacts &facts, const QString &reason);
    static QString backBlocker(const SessionFacts &facts, Phase target);

    static void applyAgree(Session &session, const QString &confirmedBy, const QDateTime &now);
    static void applySkip(Session &session, const QString &reason, const QDateTime &now);
    static void applyBack(Session &session, Phase target, const QDateTime &now);

private:
    static void enter(Session &session, Phase phase, const QDateTime &now);
};

} // namespace candor
