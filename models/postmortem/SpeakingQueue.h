#pragma once

#include "domain/Postmortem.h"

#include <QHash>
#include <QList>

namespace candor {

// Fair turns in one phase: participants take turns round-robin in their queue order. A round ends when everyone
// has had a turn (spoken or passed); the next round starts where the last one left off.
class SpeakingQueue
{
public:
    SpeakingQueue(QList<qint64> order, const QList<Turn> &turns);

    const QList<qint64> &order() const { return m_order; }
    int round() const;                  // 1-based: the round in progress
    QList<qint64> waiting() const;      // still to have a turn in this round, in queue order
    QList<qint64> notYetSpoken() const; // have not spoken at all in this phase (passing is not speaking)
    bool hasSpoken(qint64 participantId) const;
    int turnsOf(qint64 participantId) const;
    // Who speaks after `previous` (0: nobody yet): the first one still waiting, going round from `previous`.
    qint64 next(qint64 previous) const;

private:
    int minimumTurns() const;

    QList<qint64> m_order;
    QHash<qint64, int> m_turns;
    QHash<qint64, int> m_spoken;
};

} // namespace candor
