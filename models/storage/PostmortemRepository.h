#pragma once

#include "domain/Postmortem.h"
#include "domain/Result.h"

#include <QObject>

#include <optional>

namespace candor {

class Database;

// One entry of a session's permanent record of phase decisions.
struct PhaseLogEntry
{
    enum What { Agreed = 0, Skipped = 1, Reopened = 2 };
    QDateTime at;
    Phase phase = Phase::Opening;
    What what = Agreed;
    QString who;
    QString reason;
};

// Which action items a list across sessions shows.
struct ActionFilter
{
    qint64 sessionId = 0;               // 0: every session
    qint64 earlierThanSessionId = 0;    // set: the open items from before this session (see earlierOpenActions)
    qint64 teamId = 0;                  // 0: every team; otherwise the team and its sub-teams
    std::optional<ActionStatus> status; // unset: every status
    bool openOnly = false;              // open or in progress
    bool overdueOnly = false;           // not closed and due before `today`
    QDate today;
};

// The order of a list of action items across sessions; ties go by id. Due: undated last either way.
enum class ActionSortKey { Due, Text, Kind, OwnerTeam, Person, Status, Factor, Source };
struct ActionOrder
{
    ActionSortKey key = ActionSortKey::Due; // with ascending: overdue and soonest due first (the lists' own order)
    bool descending = false;
};

// The order of the list of sessions; ties go by id in the same direction.
enum class SessionSortKey { Created, Title, Kind, Team, Phase };
struct SessionOrder
{
    SessionSortKey key = SessionSortKey::Created;
    bool descending = true; // newest first
};

// Postmortems and retros with everything said in them. Each write is one durable transaction, so a session
// survives a crash between any two keystrokes. Change signals name the session and what changed in it.
class PostmortemRepository : public QObject
{
    Q_OBJECT
public:
    explicit PostmortemRepository(Database &database, QObject *parent = nullptr);
    // The file these reads go to: readers on other threads open their own connection to it.
    const QString &databasePath() const;

    // Sessions.
    Result<Session> session(qint64 id) const;
    std::optional<qint64> sessionForIncident(qint64 incidentId) const;
    QList<SessionRow> sessions() const;
    // The ids of every session in `order` (lists of any size hold these and read rows by the page).
    QList<qint64> sessionIds(const SessionOrder &order = {}) const;
    // The rows of these sessions, in no particular order; ids that are gone are left out.
    QList<SessionRow> sessionRows(const QList<qint64> &ids) const;
    Result<qint64> insertSession(const Session &session); // also records the opening phase as started
    // Title, period, facilitator and timeboxes; not the phase (see changePhase) nor texts typed live. Optimistic:
    // only if nobody changed the settings since session.rowVersion was read (0: whatever is stored). *written (when
    // given) gets the version a successful update left.
    Status updateSettings(const Session &session, qint64 *written = nullptr);
    Status setNotes(qint64 sessionId, const QString &notes);
    Status setSummary(qint64 sessionId, const QString &summary);
    Status removeSession(qint64 sessionId);
    // Moves to `phase` with every phase record as given, and appends `entry` to the record; one transaction.
    // With `from` (the phase this desktop saw), only if the session is still there: when another desktop agreed,
    // skipped or went back first, nothing is written and the result is a conflict.
    Status changePhase(qint64 sessionId, Phase phase, const std::array<PhaseRecord, PhaseCount> &records,
                       const PhaseLogEntry &entry, std::optional<Phase> from = std::nullopt);
    QList<PhaseLogEntry> phaseLog(qint64 sessionId) const;

    // Participants, in queue order.
    QList<Participant> participants(qint64 sessionId) const;
    Result<qint64> insertParticipant(const Participant &participant); // position < 0: append at the end
    // Optimistic, as updateEvent and removeEvent below.
    Status updateParticipant(const Participant &participant, qint64 *written = nullptr);
    Status removeParticipant(qint64 participantId, qint64 version = 0);

    // Speaking turns of one phase, oldest first; the current speaker lives on the session.
    QList<Turn> turns(qint64 sessionId, Phase phase) const;
    // Records a finished turn (if any) and who speaks next, in one transaction.
    Status recordTurn(qint64 sessionId, const std::optional<Turn> &finished, qint64 nextSpeakerId,
                      const QDateTime &nextStarted);
    Status clearTurns(qint64 sessionId, Phase phase);

    // Timeline, always in time order.
    QList<TimelineEvent> events(qint64 sessionId) const;
    Result<TimelineEvent> event(qint64 id) const;
    Result<qint64> insertEvent(const TimelineEvent &event); // id set: restore under that id (undo)
    // Updates and removals of rows read from the database are optimistic: they change the row only if nobody
    // changed it since it was read (its rowVersion; 0 writes whatever is stored), and otherwise fail with
    // Status::conflict. *written (when given) gets the version a successful update left.
    Status updateEvent(const TimelineEvent &event, qint64 *written = nullptr);
    Status removeEvent(qint64 id, qint64 version = 0);

    QList<ContributingFactor> factors(qint64 sessionId) const;
    Result<ContributingFactor> factor(qint64 id) const;
    Result<qint64> insertFactor(const ContributingFactor &factor);
    Status updateFactor(const ContributingFactor &factor, qint64 *written = nullptr); // also replaces its links
    Status removeFactor(qint64 id, qint64 version = 0);
    // Links an event back to factors after an undone removal.
    Status linkEvent(qint64 eventId, const QList<qint64> &factorIds);
    Status setActionFactor(const QList<qint64> &actionIds, qint64 factorId);

    QList<Learning> learnings(qint64 sessionId) const;
    Result<Learning> learning(qint64 id) const;
    Result<qint64> insertLearning(const Learning &learning);
    Status updateLearning(const Learning &learning, qint64 *written = nullptr);
    Status removeLearning(qint64 id, qint64 version = 0);

    QList<ActionItem> actions(qint64 sessionId) const;
    Result<ActionItem> action(qint64 id) const;
    Result<qint64> insertAction(const ActionItem &action);
    Status updateAction(const ActionItem &action, qint64 *written = nullptr);
    Status removeAction(qint64 id, qint64 version = 0);
    // Action items across sessions, overdue and soonest due first.
    QList<ActionRow> actionRows(const ActionFilter &filter) const;
    // The ids of the items actionRows() gives, in `order`; filtered and sorted in SQL.
    QList<qint64> actionIds(const ActionFilter &filter, const ActionOrder &order = {}) const;
    // The rows of these action items, in no particular order; ids that are gone are left out.
    QList<ActionRow> actionRowsById(const QList<qint64> &ids) const;
    // How many items the filter shows.
    // Whether the database holds more than `limit` action items, without counting them all.
    bool holdsMoreActionsThan(int limit) const;
    int actionCount(const ActionFilter &filter) const;
    // How many of the items the filter shows are overdue on filter.today (today when unset).
    int overdueActionCount(const ActionFilter &filter) const;
    // Open action items from earlier sessions of the same team, or of incidents of the same service.
    QList<ActionRow> earlierOpenActions(qint64 sessionId) const;

    // Unfinished entries, by the field they were typed in; an empty text removes the draft.
    QString draft(qint64 sessionId, const QString &field) const;
    Status setDraft(qint64 sessionId, const QString &field, const QString &text);

    // Anonymous checks: counts only.
    CheckTally tally(qint64 sessionId, CheckKind kind) const;
    Status addAnswer(qint64 sessionId, CheckKind kind, int value);
    Status setTally(qint64 sessionId, CheckKind kind, const CheckTally &tally);

signals:
    void sessionsChanged();                // a session was added, removed, renamed or changed phase
    void sessionChanged(qint64 sessionId); // settings, phase, speaker, notes or summary
    void participantsChanged(qint64 sessionId);
    void turnsChanged(qint64 sessionId);
    void eventsChanged(qint64 sessionId);
    void factorsChanged(qint64 sessionId);
    void learningsChanged(qint64 sessionId);
    void actionsChanged(qint64 sessionId);
    void tallyChanged(qint64 sessionId, candor::CheckKind kind);

private:
    std::optional<qint64> sessionOf(const QString &table, qint64 id) const;
    Status checkText(const QString &text) const;

    Database &m_database;
};

} // namespace candor
