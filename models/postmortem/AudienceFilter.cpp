#include "AudienceFilter.h"

#include "PostmortemSession.h"
#include "storage/PostmortemRepository.h"
#include "storage/TeamRepository.h"

#include <QLocale>

namespace candor {

namespace {

QString timeText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

AudienceSnapshot AudienceFilter::snapshot(const PostmortemSession &session)
{
    AudienceSnapshot s;
    const Session &state = session.session();
    const QDateTime now = session.clock().now();
    PostmortemRepository &repository = session.repository();
    s.title = session.title();
    for (int p = 0; p < PhaseCount; ++p)
        s.phases.append(PostmortemText::phaseName(static_cast<Phase>(p), state.kind));
    s.currentPhase = static_cast<int>(state.phase);
    s.agreedUpTo = s.currentPhase;

    if (state.speakerId > 0) {
        s.speaker = session.participantName(state.speakerId);
        const Timebox turn = session.turnTimer();
        s.turnTime = turn.text(now);
        s.turnOverrun = turn.isOverrun(now);
    }
    if (state.phase != Phase::Finished) {
        const Timebox phase = session.phaseTimer();
        s.phaseTime = phase.text(now);
        s.phaseOverrun = phase.isOverrun(now);
        const SpeakingQueue queue = session.queue();
        for (qint64 id : queue.waiting()) {
            if (id != state.speakerId)
                s.waiting.append(session.participantName(id));
        }
    }

    const QList<TimelineEvent> events = repository.events(state.id);
    const bool retro = state.kind == SessionKind::Retro;
    switch (state.phase) {
    case Phase::Opening: {
        AudienceSnapshot::Section rules{tr("Ground rules"), {}, {}};
        for (const QString &rule : PostmortemText::groundRules())
            rules.items.append({{}, rule});
        s.sections.append(rules);
        AudienceSnapshot::Section people{tr("In the room"), {}, tr("Nobody has joined yet.")};
        for (const Participant &p : session.participants())
            people.items.append({p.role, p.name});
        s.sections.append(people);
        break;
    }
    case Phase::Timeline: {
        AudienceSnapshot::Section timeline{
            retro ? tr("Notable events") : tr("What happened, in order"), {}, tr("Nothing on the timeline yet.")};
        for (const TimelineEvent &e : events)
            timeline.items.append(
                {timeText(e.time) + QStringLiteral(" · ") + PostmortemText::eventKindName(e.kind), e.text});
        s.sections.append(timeline);
        break;
    }
    case Phase::Factors: {
        AudienceSnapshot::Section factors{
            retro ? tr("What hindered us") : tr("Contributing factors"), {}, tr("No factors yet.")};
        for (const ContributingFactor &f : repository.factors(state.id)) {
            QStringList times;
            for (const TimelineEvent &e : events) {
                if (f.eventIds.contains(e.id))
                    times.append(QLocale().toString(e.time.toLocalTime().time(), QLocale::ShortFormat));
            }
            QString label = PostmortemText::categoryName(f.category);
            if (!times.isEmpty())
                label += QStringLiteral(" · ") + times.join(QStringLiteral(", "));
            factors.items.append({label, f.text});
        }
        s.sections.append(factors);
        const QList<Learning> learnings = repository.learnings(state.id);
        for (LearningKind kind : PostmortemText::learningKinds()) {
            AudienceSnapshot::Section list{retro && kind == LearningKind::WentWell ? tr("What helped us")
                                                                                   : PostmortemText::learningName(kind),
                                           {},
                                           {}};
            for (const Learning &l : learnings) {
                if (l.kind == kind)
                    list.items.append({{}, l.text});
            }
            if (!list.items.isEmpty())
                s.sections.append(list);
        }
        break;
    }
    case Phase::Actions: {
        const QLocale locale;
        const auto itemOf = [&](const ActionRow &row) {
            QString label = PostmortemText::actionKindName(row.item.kind) + QStringLiteral(" · ") + row.ownerTeamName;
            if (row.item.due.isValid())
                label += QStringLiteral(" · ") + tr("due %1").arg(locale.toString(row.item.due, QLocale::ShortFormat));
            return AudienceSnapshot::Item{label, row.item.text};
        };
        const QList<ActionRow> earlier = repository.earlierOpenActions(state.id);
        if (!earlier.isEmpty()) {
            AudienceSnapshot::Section held{tr("Still open from earlier: did our fixes hold?"), {}, {}};
            for (const ActionRow &row : earlier)
                held.items.append(itemOf(row));
            s.sections.append(held);
        }
        AudienceSnapshot::Section agreed{tr("What we will do"), {}, tr("No action items yet.")};
        ActionFilter ofSession;
        ofSession.sessionId = state.id;
        for (const ActionRow &row : repository.actionRows(ofSession))
            agreed.items.append(itemOf(row));
        s.sections.append(agreed);
        break;
    }
    case Phase::Closing:
    case Phase::Finished: {
        AudienceSnapshot::Section summary{tr("Summary"), {}, tr("The summary is being written.")};
        if (!state.summary.trimmed().isEmpty())
            summary.items.append({{}, state.summary.trimmed()});
        s.sections.append(summary);
        const CheckTally tally = session.tally(CheckKind::Closing);
        AudienceSnapshot::Section check{
            tr("How we are doing"),
            {},
            tr("Shown once at least %n people have answered.", nullptr, CheckTally::MinimumAnswers)};
        if (session.isCollecting(CheckKind::Closing)) {
            check.emptyText = tr("Answers are being collected. The result appears when everyone has answered.");
        } else if (tally.canShow()) {
            check.items.append({tr("%n answer(s)", nullptr, tally.total()),
                                tr("Average %1 out of 5").arg(QLocale().toString(tally.mean(), 'f', 1))});
        }
        s.sections.append(check);
        break;
    }
    }
    return s;
}

} // namespace candor
