#pragma once

// The demo's postmortem and retro stories, as data: what happened, the factors, learnings and actions, told in
// blameless words. DemoPostmortems plays them onto the demo organisation's incidents. Internal to models/storage.

#include "domain/Postmortem.h"

#include <QList>

#include <array>
#include <optional>

namespace candor::demo {

// Written for the demo in blameless words: situations and systems, never a person as the cause. "%1" stands for
// the incident's service. Event times are placed on the incident's own times: segment 0 runs from the start to the
// detection, 1 from the detection to the mitigation, 2 from the mitigation to the resolution, `at` is the fraction
// of it; segment -1 is `at` hours before the start.

struct EventSpec
{
    EventKind kind;
    int segment;
    double at;
    const char *text;
};

struct FactorSpec
{
    FactorCategory category;
    const char *text;
    QList<int> events; // indexes into the story's events
};

struct LearningSpec
{
    LearningKind kind;
    const char *text;
};

// What became of an action item by the demo's today.
enum class Fate { Done, Open, InProgress, Dropped };

struct ActionSpec
{
    ActionKind kind;
    const char *text;
    const char *ownerTeam; // nullptr: the session's team
    int person;            // index into the story's roles; -1: nobody named
    int dueDays;           // after the session
    Fate fate;
    int factor; // index into the story's factors; -1: none
};

struct RoleSpec
{
    const char *role;
    const char *team; // nullptr: a member of the session's team; otherwise a guest from this team
};

struct Story
{
    const char *title;
    const char *incidentSummary;
    QList<RoleSpec> roles;
    QList<EventSpec> events;
    QList<FactorSpec> factors;
    QList<LearningSpec> learnings;
    QList<ActionSpec> actions;
    const char *sessionSummary;
    std::array<int, 5> closingCheck;
    // Optional: after agreeing the factors the group reopens the timeline to add this event, linked to a factor.
    std::optional<EventSpec> reopenEvent;
    int reopenFactor = -1;
};

using EK = EventKind;
using FC = FactorCategory;
using LK = LearningKind;
using AK = ActionKind;

extern const QList<RoleSpec> commonRoles;
// The finished postmortems; the first is the earlier incident of the team whose later postmortem is in its actions.
QList<Story> finishedStories();
// A postmortem paused in its contributing factors, and one paused in its actions.
Story factorsStory();
Story actionsStory();
// A finished team retro, and the answers of its opening safety check.
Story retroStory();
extern const std::array<int, 5> retroSafetyCheck;

} // namespace candor::demo
