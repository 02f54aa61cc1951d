#include "Postmortem.h"

namespace candor {

double CheckTally::mean() const
{
    const int n = total();
    if (n == 0)
        return 0.0;
    double sum = 0;
    for (int value = 1; value <= 5; ++value)
        sum += value * counts[static_cast<size_t>(value - 1)];
    return sum / n;
}

QString PostmortemText::phaseName(Phase phase, SessionKind kind)
{
    const bool retro = kind == SessionKind::Retro;
    switch (phase) {
    case Phase::Opening:
        return tr("Opening", "session phase");
    case Phase::Timeline:
        return retro ? tr("Notable events", "retro phase") : tr("Timeline", "session phase");
    case Phase::Factors:
        return retro ? tr("Helped and hindered", "retro phase") : tr("Contributing factors", "session phase");
    case Phase::Actions:
        return tr("Actions", "session phase");
    case Phase::Closing:
        return tr("Closing", "session phase");
    case Phase::Finished:
        return tr("Finished", "session phase");
    }
    return {};
}

QString PostmortemText::phaseKey(Phase phase)
{
    switch (phase) {
    case Phase::Opening:
        return QStringLiteral("opening");
    case Phase::Timeline:
        return QStringLiteral("timeline");
    case Phase::Factors:
        return QStringLiteral("factors");
    case Phase::Actions:
        return QStringLiteral("actions");
    case Phase::Closing:
        return QStringLiteral("closing");
    case Phase::Finished:
        return QStringLiteral("finished");
    }
    return {};
}

QString PostmortemText::eventKindName(EventKind kind)
{
    switch (kind) {
    case EventKind::Detection:
        return tr("Detection");
    case EventKind::Diagnosis:
        return tr("Diagnosis");
    case EventKind::Repair:
        return tr("Repair");
    case EventKind::KeyMoment:
        return tr("Key moment");
    case EventKind::Communication:
        return tr("Communication");
    case EventKind::Other:
        return tr("Other", "timeline event kind");
    }
    return {};
}

QString PostmortemText::eventKindKey(EventKind kind)
{
    switch (kind) {
    case EventKind::Detection:
        return QStringLiteral("detection");
    case EventKind::Diagnosis:
        return QStringLiteral("diagnosis");
    case EventKind::Repair:
        return QStringLiteral("repair");
    case EventKind::KeyMoment:
        return QStringLiteral("key-moment");
    case EventKind::Communication:
        return QStringLiteral("communication");
    case EventKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString PostmortemText::categoryName(FactorCategory category)
{
    switch (category) {
    case FactorCategory::People:
        return tr("People and coordination");
    case FactorCategory::Process:
        return tr("Process");
    case FactorCategory::Technology:
        return tr("Technology");
    case FactorCategory::Environment:
        return tr("Environment");
    case FactorCategory::Organisation:
        return tr("Organisation and pressure");
    }
    return {};
}

QString PostmortemText::categoryKey(FactorCategory category)
{
    switch (category) {
    case FactorCategory::People:
        return QStringLiteral("people");
    case FactorCategory::Process:
        return QStringLiteral("process");
    case FactorCategory::Technology:
        return QStringLiteral("technology");
    case FactorCategory::Environment:
        return QStringLiteral("environment");
    case FactorCategory::Organisation:
        return QStringLiteral("organisation");
    }
    return {};
}

QString PostmortemText::learningName(LearningKind kind)
{
    switch (kind) {
    case LearningKind::WentWell:
        return tr("What went well");
    case LearningKind::Lucky:
        return tr("Where we got lucky");
    case LearningKind::Learned:
        return tr("What we learned");
    case LearningKind::Question:
        return tr("Open questions");
    }
    return {};
}

QString PostmortemText::learningKey(LearningKind kind)
{
    switch (kind) {
    case LearningKind::WentWell:
        return QStringLiteral("went-well");
    case LearningKind::Lucky:
        return QStringLiteral("lucky");
    case LearningKind::Learned:
        return QStringLiteral("learned");
    case LearningKind::Question:
        return QStringLiteral("question");
    }
    return {};
}

QString PostmortemText::actionKindName(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Prevent:
        return tr("Prevent");
    case ActionKind::DetectSooner:
        return tr("Detect sooner");
    case ActionKind::MitigateFaster:
        return tr("Mitigate faster");
    case ActionKind::RespondBetter:
        return tr("Respond better");
    case ActionKind::LearnShare:
        return tr("Learn and share");
    }
    return {};
}

QString PostmortemText::actionKindKey(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Prevent:
        return QStringLiteral("prevent");
    case ActionKind::DetectSooner:
        return QStringLiteral("detect-sooner");
    case ActionKind::MitigateFaster:
        return QStringLiteral("mitigate-faster");
    case ActionKind::RespondBetter:
        return QStringLiteral("respond-better");
    case ActionKind::LearnShare:
        return QStringLiteral("learn-and-share");
    }
    return {};
}

QString PostmortemText::actionStatusName(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return tr("Open", "action status");
    case ActionStatus::InProgress:
        return tr("In progress", "action status");
    case ActionStatus::Done:
        return tr("Done", "action status");
    case ActionStatus::Dropped:
        return tr("Dropped", "action status");
    }
    return {};
}

QString PostmortemText::actionStatusKey(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return QStringLiteral("open");
    case ActionStatus::InProgress:
        return QStringLiteral("in-progress");
    case ActionStatus::Done:
        return QStringLiteral("done");
    case ActionStatus::Dropped:
        return QStringLiteral("dropped");
    }
    return {};
}

bool PostmortemText::parseActionStatus(const QString &text, ActionStatus *status)
{
    const QString t = text.trimmed().toLower();
    for (ActionStatus s : actionStatuses()) {
        if (t == actionStatusKey(s)) {
            *status = s;
            return true;
        }
    }
    return false;
}

QString PostmortemText::sessionKindName(SessionKind kind)
{
    return kind == SessionKind::Retro ? tr("Retro") : tr("Postmortem");
}

QStringList PostmortemText::groundRules()
{
    return {
        tr("We are here to learn how our systems and our work let this happen, not to find someone to blame."),
        tr("Everyone acted in good faith with what they knew and had at the time."),
        tr("We ask what made an action make sense back then, not who got it wrong."),
        tr("Everyone gets a turn. Passing is fine. Nobody is interrupted or judged for what they say."),
        tr("What is said in the room stays about the work, never about a person."),
    };
}

QString PostmortemText::checkQuestion(CheckKind kind)
{
    return kind == CheckKind::Safety ? tr("How safe do you feel to speak up today? (1 = not at all, 5 = completely)")
                                     : tr("How are you doing after this incident? (1 = not well, 5 = very well)");
}

QList<EventKind> PostmortemText::eventKinds()
{
    return {EventKind::Detection, EventKind::Diagnosis,     EventKind::Repair,
            EventKind::KeyMoment, EventKind::Communication, EventKind::Other};
}

QList<FactorCategory> PostmortemText::categories()
{
    return {FactorCategory::People, FactorCategory::Process, FactorCategory::Technology, FactorCategory::Environment,
            FactorCategory::Organisation};
}

QList<LearningKind> PostmortemText::learningKinds()
{
    return {LearningKind::WentWell, LearningKind::Lucky, LearningKind::Learned, LearningKind::Question};
}

QList<ActionKind> PostmortemText::actionKinds()
{
    return {ActionKind::Prevent, ActionKind::DetectSooner, ActionKind::MitigateFaster, ActionKind::RespondBetter,
            ActionKind::LearnShare};
}

QList<ActionStatus> PostmortemText::actionStatuses()
{
    return {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::Dropped};
}

} // namespace candor
