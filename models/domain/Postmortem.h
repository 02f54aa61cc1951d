#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <array>

namespace candor {

// A moderated session: the postmortem of one incident, or a team retro over a period. Both run the same phases.
enum class SessionKind { Postmortem = 0, Retro = 1 };

// The phases in order. Opening holds the ground rules and who is in the room; Finished is after the closing.
enum class Phase { Opening = 0, Timeline = 1, Factors = 2, Actions = 3, Closing = 4, Finished = 5 };
constexpr int PhaseCount = 5; // Opening..Closing: the phases that have a record

enum class EventKind { Detection = 0, Diagnosis = 1, Repair = 2, KeyMoment = 3, Communication = 4, Other = 5 };
enum class FactorCategory { People = 0, Process = 1, Technology = 2, Environment = 3, Organisation = 4 };
enum class LearningKind { WentWell = 0, Lucky = 1, Learned = 2, Question = 3 };
enum class ActionKind { Prevent = 0, DetectSooner = 1, MitigateFaster = 2, RespondBetter = 3, LearnShare = 4 };
enum class ActionStatus { Open = 0, InProgress = 1, Done = 2, Dropped = 3 };
// The anonymous checks: how people are doing at the closing, how safe they feel to speak at a retro's opening.
enum class CheckKind { Closing = 0, Safety = 1 };
enum class TurnOutcome { Spoke = 0, Passed = 1 };

// Where one phase stands. A phase is left only with an agreement (who confirmed, when) or a written skip reason.
struct PhaseRecord
{
    QDateTime started;  // when the phase last opened; invalid when never reached
    QDateTime agreed;   // when the group agreed it; invalid while open or when skipped
    QString agreedBy;   // who confirmed the agreement
    QString skipReason; // why the group moved on without agreement

    bool isClosed() const { return agreed.isValid() || !skipReason.isEmpty(); }
    friend bool operator==(const PhaseRecord &a, const PhaseRecord &b)
    {
        return a.started == b.started && a.agreed == b.agreed && a.agreedBy == b.agreedBy &&
               a.skipReason == b.skipReason;
    }
};

struct Session
{
    qint64 id = 0;
    SessionKind kind = SessionKind::Postmortem;
    qint64 incidentId = 0; // postmortems only
    qint64 teamId = 0;     // the incident's team, or the retro's team
    QString title;         // a retro's title; a postmortem shows its incident's title
    QDate periodStart;     // retros only
    QDate periodEnd;
    QString facilitator;
    qint64 facilitatorMemberId = 0; // 0: someone who is not a member (an outside guest)
    // The facilitator was warned about a conflict (own team, manages a participant) and the group kept them.
    bool facilitatorConflictAccepted = false;
    Phase phase = Phase::Opening;
    std::array<PhaseRecord, PhaseCount> phases;
    int turnSeconds = 120; // per-speaker timebox
    int phaseMinutes = 20; // per-phase timebox
    qint64 speakerId = 0;  // the participant speaking now; 0 when nobody is
    QDateTime turnStarted; // when the current speaker started
    QString notes;         // the facilitator's private notes; never on the projector
    QString summary;       // written at the closing
    QDateTime created;
    // The version of the settings as read (see TimelineEvent); notes, summary, speaker and phase do not change it.
    qint64 rowVersion = 0;

    PhaseRecord &record(Phase p) { return phases[static_cast<size_t>(p)]; }
    const PhaseRecord &record(Phase p) const { return phases[static_cast<size_t>(p)]; }
};

// A row of the sessions list.
struct SessionRow
{
    qint64 id = 0;
    SessionKind kind = SessionKind::Postmortem;
    qint64 incidentId = 0;
    qint64 teamId = 0;
    QString teamName;
    QString title; // the incident's title for a postmortem
    Phase phase = Phase::Opening;
    QDateTime created;
    friend bool operator==(const SessionRow &a, const SessionRow &b)
    {
        return a.id == b.id && a.kind == b.kind && a.incidentId == b.incidentId && a.teamId == b.teamId &&
               a.teamName == b.teamName && a.title == b.title && a.phase == b.phase && a.created == b.created;
    }
};

// Someone in the room: a member (memberId set) or a guest; their role in the incident; their place in the queue.
struct Participant
{
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 memberId = 0;
    QString name;
    QString role;
    int position = 0;
    qint64 rowVersion = 0; // as read; 0: not read, written unconditionally (see TimelineEvent)
    friend bool operator==(const Participant &a, const Participant &b)
    {
        return a.id == b.id && a.sessionId == b.sessionId && a.memberId == b.memberId && a.name == b.name &&
               a.role == b.role && a.position == b.position;
    }
};

struct Turn
{
    qint64 participantId = 0;
    Phase phase = Phase::Opening;
    TurnOutcome outcome = TurnOutcome::Spoke;
};

struct TimelineEvent
{
    qint64 id = 0;
    qint64 sessionId = 0;
    QDateTime time;
    EventKind kind = EventKind::Other;
    QString text;
    // The row_version this was read at (optimistic concurrency); 0: not read from the database, so a write is
    // unconditional. Not part of ==, which compares content.
    qint64 rowVersion = 0;
    friend bool operator==(const TimelineEvent &a, const TimelineEvent &b)
    {
        return a.id == b.id && a.sessionId == b.sessionId && a.time == b.time && a.kind == b.kind && a.text == b.text;
    }
};

struct ContributingFactor
{
    qint64 id = 0;
    qint64 sessionId = 0;
    FactorCategory category = FactorCategory::Process;
    QString text;
    QList<qint64> eventIds; // the timeline events it explains
    qint64 rowVersion = 0;  // as read; 0: not read, written unconditionally (see TimelineEvent)
    friend bool operator==(const ContributingFactor &a, const ContributingFactor &b)
    {
        return a.id == b.id && a.sessionId == b.sessionId && a.category == b.category && a.text == b.text &&
               a.eventIds == b.eventIds;
    }
};

struct Learning
{
    qint64 id = 0;
    qint64 sessionId = 0;
    LearningKind kind = LearningKind::Learned;
    QString text;
    qint64 rowVersion = 0; // as read; 0: not read, written unconditionally (see TimelineEvent)
    friend bool operator==(const Learning &a, const Learning &b)
    {
        return a.id == b.id && a.sessionId == b.sessionId && a.kind == b.kind && a.text == b.text;
    }
};

struct ActionItem
{
    qint64 id = 0;
    qint64 sessionId = 0;
    ActionKind kind = ActionKind::Prevent;
    QString text;
    qint64 ownerTeamId = 0;
    QString ownerPerson; // optional
    QDate due;
    ActionStatus status = ActionStatus::Open;
    qint64 factorId = 0; // the contributing factor it addresses; 0 when none
    QDateTime created;
    QDateTime done;        // when it was marked done
    qint64 rowVersion = 0; // as read; 0: not read, written unconditionally (see TimelineEvent)

    bool isClosed() const { return status == ActionStatus::Done || status == ActionStatus::Dropped; }
    bool isOverdue(const QDate &today) const { return !isClosed() && due.isValid() && due < today; }
    friend bool operator==(const ActionItem &a, const ActionItem &b)
    {
        return a.id == b.id && a.sessionId == b.sessionId && a.kind == b.kind && a.text == b.text &&
               a.ownerTeamId == b.ownerTeamId && a.ownerPerson == b.ownerPerson && a.due == b.due &&
               a.status == b.status && a.factorId == b.factorId && a.created == b.created && a.done == b.done;
    }
};

// An action item with where it came from, for lists across sessions.
struct ActionRow
{
    ActionItem item;
    QString ownerTeamName;
    qint64 incidentId = 0;
    QString source;     // the incident's or the retro's title
    QString factorText; // the contributing factor it addresses
    friend bool operator==(const ActionRow &a, const ActionRow &b)
    {
        return a.item == b.item && a.ownerTeamName == b.ownerTeamName && a.incidentId == b.incidentId &&
               a.source == b.source && a.factorText == b.factorText;
    }
};

// Counts per answer 1..5 of an anonymous check. Only counts are kept: never who answered, never when.
struct CheckTally
{
    std::array<int, 5> counts{};
    int total() const
    {
        int sum = 0;
        for (int c : counts)
            sum += c;
        return sum;
    }
    // At least this many answers before anything about them is shown.
    static constexpr int MinimumAnswers = 3;
    // The most answers of one value a check holds (far more than any room).
    static constexpr int MaximumCount = 10000;
    bool canShow() const { return total() >= MinimumAnswers; }
    double mean() const;
};

// Translated names and stable keys (for JSON and the CLI) of the enumerations above.
class PostmortemText
{
    Q_DECLARE_TR_FUNCTIONS(PostmortemText)
public:
    static QString phaseName(Phase phase, SessionKind kind = SessionKind::Postmortem);
    static QString phaseKey(Phase phase);
    static QString eventKindName(EventKind kind);
    static QString eventKindKey(EventKind kind);
    static QString categoryName(FactorCategory category);
    static QString categoryKey(FactorCategory category);
    static QString learningName(LearningKind kind);
    static QString learningKey(LearningKind kind);
    static QString actionKindName(ActionKind kind);
    static QString actionKindKey(ActionKind kind);
    static QString actionStatusName(ActionStatus status);
    static QString actionStatusKey(ActionStatus status);
    static bool parseActionStatus(const QString &text, ActionStatus *status);
    static QString sessionKindName(SessionKind kind);
    // The ground rules shown when a session opens.
    static QStringList groundRules();
    static QString checkQuestion(CheckKind kind);

    static QList<EventKind> eventKinds();
    static QList<FactorCategory> categories();
    static QList<LearningKind> learningKinds();
    static QList<ActionKind> actionKinds();
    static QList<ActionStatus> actionStatuses();
};

} // namespace candor

Q_DECLARE_METATYPE(candor::TimelineEvent)
Q_DECLARE_METATYPE(candor::ContributingFactor)
Q_DECLARE_METATYPE(candor::ActionItem)
