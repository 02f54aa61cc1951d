#pragma once

#include <QIcon>
#include <QList>

namespace candor {

// Candor's line icons (resources/icons/*.svg: 24x24, 2 px round strokes in currentColor). Each icon is drawn in the
// application palette's colour for its mode when it is painted, so one icon serves the light, dark and high-contrast
// themes and follows a theme switch without being recreated.
enum class IconName {
    Incident,      // the Incidents area; an incident in lists (warning triangle)
    Team,          // the Teams area; a team or department (two people)
    Member,        // a member of a team; New member (one person)
    Session,       // the Sessions area; a postmortem or retro; Start postmortem, New retro (two speech bubbles)
    ActionItem,    // the Action items area; an action item (checklist)
    Survey,        // the Surveys area; a survey wave or instrument (clipboard with a tick)
    Insights,      // the Insights area; charts and trends (bar chart)
    Add,           // New / Add in lists and toolbars (plus)
    Remove,        // Remove from a list without destroying, e.g. a participant (minus)
    Delete,        // Delete (waste bin)
    Edit,          // Edit / Rename (pencil)
    Undo,          // Edit > Undo (arrow turning back)
    Redo,          // Edit > Redo (arrow turning forward)
    Export,        // File > Export, Save report as (arrow out of a tray)
    Import,        // Import CSV / slips (arrow into a tray)
    Print,         // Print (printer)
    Search,        // the filter/search fields (magnifier)
    Preferences,   // Preferences (gear)
    Agree,         // Agree and continue; mark an action done (tick in a circle)
    Next,          // Next speaker, next page (arrow right)
    Previous,      // Back to the previous phase or page (arrow left)
    Skip,          // Skip a phase; pass a turn (skip forward)
    Start,         // Start round, start the timer (play)
    AudienceView,  // View > Present to the room, Present on (projection screen)
    Timer,         // the phase timer and the per-turn timebox (stopwatch)
    SpeakingQueue, // Fair turns, the speaking queue (raised hand)
    Kiosk,         // the kiosk page for anonymous checks and survey waves (tablet)
    Backup,        // File > Back up database (database)
    Restore,       // File > Restore backup (clock with an arrow turning back)
    Help,          // Help contents (question mark in a circle)
    About,         // Help > About Candor (i in a circle)
    Close,         // Close, Cancel, clear a filter (cross)
};

// The icon for name, rendered from its SVG at exactly the pixel size asked for (logical size x device pixel ratio).
// Normal and active (hovered) icons use the application palette's WindowText, disabled ones its Disabled WindowText,
// selected ones (on the Highlight background of item views) its HighlightedText.
QIcon icon(IconName name);

// Every IconName, in declaration order.
QList<IconName> allIconNames();

// Candor's own application icon (resources/icons/candor.svg, in its own colours), crisp at any size.
QIcon applicationIcon();

} // namespace candor
