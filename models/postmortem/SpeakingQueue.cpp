#include "SpeakingQueue.h"

#include <algorithm>
#include <limits>

namespace candor {

SpeakingQueue::SpeakingQueue(QList<qint64> order, const QList<Turn> &turns)
    : m_order(std::move(order))
{
    for (const Turn &turn : turns) {
        if (!m_order.contains(turn.participantId))
            continue; // someone who left the room
        ++m_turns[turn.participantId];
        if (turn.outcome == TurnOutcome::Spoke)
            ++m_spoken[turn.participantId];
    }
}

int SpeakingQueue::minimumTurns() const
{
    if (m_order.isEmpty())
        return 0;
    int minimum = std::numeric_limits<int>::max();
    for (qint64 id : m_order)
        minimum = std::min(minimum, m_turns.value(id));
    return minimum;
}

int SpeakingQueue::round() const
{
    return minimumTurns() + 1;
}

QList<qint64> SpeakingQueue::waiting() const
{
    const int minimum = minimumTurns();
    QList<qint64> ids;
    for (qint64 id : m_order) {
        if (m_turns.value(id) == minimum)
            ids.append(id);
    }
    return ids;
}

QList<qint64> SpeakingQueue::notYetSpoken() const
{
    QList<qint64> ids;
    for (qint64 id : m_order) {
        if (!hasSpoken(id))
            ids.append(id);
    }
    return ids;
}

bool SpeakingQueue::hasSpoken(qint64 participantId) const
{
    return m_spoken.value(participantId) > 0;
}

int SpeakingQueue::turnsOf(qint64 participantId) const
{
    return m_turns.value(participantId);
}

qint64 SpeakingQueue::next(qint64 previous) const
{
    const QList<qint64> candidates = waiting();
    if (candidates.isEmpty())
        return 0;
    const qsizetype start = m_order.indexOf(previous); // -1 when nobody spoke yet: start at the top
    for (qsizetype step = 1; step <= m_order.size(); ++step) {
        const qint64 id = m_order.at((start + step) % m_order.size());
        if (candidates.contains(id))
            return id;
    }
    return candidates.first();
}

} // namespace candor
