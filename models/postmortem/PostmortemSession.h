#pragma once

#include "Clock.h"
#include "PhaseRules.h"
#include "SpeakingQueue.h"
#include "domain/Postmortem.h"
#include "domain/Result.h"

#include <QObject>

namespace candor {

class IncidentRepository;
class PostmortemRepository;
struct PhaseLogEntry;
class TeamRepository;

// One running postmortem or retro: the single source the facilitator console and the audience view both show.
// It enforces the phase gates, runs the speaking queue and the timers, and stores every change at once through
// the repository, so closing or crashing in the middle resumes at the same phase with the same queue. It follows
// the repository's change signals, so two views of the same session always agree.
class PostmortemSession : public QObject
{
    Q_OBJECT
public:
    PostmortemSession(PostmortemRepository &repository, TeamRepository &teams, IncidentRepository &incidents,
                      const Clock &clock, qint64 sessionId, QObject *parent = nullptr);

    bool isValid() const { return m_valid; }
    const QString &loadError() const { return m_loadError; }
    qint64 id() const { return m_session.id; }
    const Session &session() const { return m_session; }
    SessionKind kind() const { return m_session.kind; }
    Phase phase() const { return m_session.phase; }
    // The incident's title for a postmortem, the retro's own title otherwise.
    QString title() const;
    QString teamName() const;
    // When the subject began: the incident's start, or the retro period's first day; new timeline events start here.
    QDateTime subjectStart() const;
    const Clock &clock() const { return m_clock; }
    PostmortemRepository &repository() const { return m_repository; }

    const QList<Participant> &participants() const { return m_participants; }
    QString participantName(qint64 participantId) const;
    // People who must not be named as the cause of a contributing factor: participants, the team's members and the
    // facilitator. Kept up to date, so the checker can ask on every keystroke and every painted cell.
    const QStringList &personNames() const { return m_personNames; }

    // Opening.
    // Why the facilitator may hold the room back (on the incident's team, manages a participant); empty if nothing.
    QString facilitatorConflict() const;
    Status setFacilitator(const QString &name, qint64 memberId);
    Status acceptFacilitatorConflict(bool accepted);
    Status setTimeboxes(int turnSeconds, int phaseMinutes);

    // Phase gates.
    SessionFacts facts() const;
    QString agreeBlocker(const QString &confirmedBy) const;
    Status agree(const QString &confirmedBy);
    Status skip(const QString &reason);
    Status goBack(Phase target);

    // Fair turns in the current phase.
    SpeakingQueue queue() const;
    qint64 speakerId() const { return m_session.speakerId; }
    Status startRound();  // the first one waiting starts speaking
    Status nextSpeaker(); // the current speaker has spoken
    Status passTurn();    // the current speaker passes
    Status stopSpeaking();

    Timebox phaseTimer() const;
    Timebox turnTimer() const;

    // Texts saved as they are typed.
    Status setNotes(const QString &notes);
    Status setSummary(const QString &summary);

    // Anonymous checks.
    CheckTally tally(CheckKind kind) const;
    Status addAnswer(CheckKind kind, int value);
    Status setTally(CheckKind kind, const CheckTally &tally);
    // Adds paper slips (counts per answer) to what was collected so far.
    Status addSlips(CheckKind kind, const CheckTally &slips);
    // While answers are being collected (the kiosk is going round), no result is shown anywhere: a result that
    // changes after each answer would tell the room what the person holding the kiosk answered.
    void setCollecting(CheckKind kind, bool collecting);
    bool isCollecting(CheckKind kind) const { return m_collecting[size_t(kind)]; }
    // The check this kind of session asks: the safety check opens a retro, the closing check ends every session.
    CheckKind openingCheck() const { return CheckKind::Safety; }

signals:
    void changed();             // phase, records, speaker, settings or texts
    void participantsChanged(); // who is in the room (and so the queue)
    void turnsChanged();
    void tallyChanged(candor::CheckKind kind);

private:
    void reload();
    void reloadParticipants();
    void reloadPersonNames();
    Status storePhase(const Session &updated, const PhaseLogEntry &entry);
    Status handOver(const std::optional<Turn> &finished, qint64 previous);

    PostmortemRepository &m_repository;
    TeamRepository &m_teams;
    IncidentRepository &m_incidents;
    const Clock &m_clock;
    qint64 m_id;
    bool m_valid = false;
    QString m_loadError;
    Session m_session;
    QList<Participant> m_participants;
    QStringList m_personNames;
    std::array<bool, 2> m_collecting{}; // by CheckKind
};

} // namespace candor
