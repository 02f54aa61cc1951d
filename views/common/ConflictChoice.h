#pragma once

#include "undo/EntityCommands.h"

#include <QCoreApplication>
#include <QPointer>
#include <QWidget>

namespace candor {

// What the person chooses when their change meets someone else's (optimistic concurrency: the item was changed
// or deleted on another desktop since they saw it). Shown through MessageBox, so tests script it: No keeps
// theirs, Yes writes mine over theirs.
class ConflictChoice
{
    Q_DECLARE_TR_FUNCTIONS(ConflictChoice)
public:
    // Shows what happened with "Keep theirs" (the default: nothing is written) and "Write mine over theirs".
    // Returns true for writing mine over theirs.
    static bool writeMineOverTheirs(QWidget *parent, const QString &message);
    // The item was deleted on another desktop: says so, with nothing to choose (there is nothing to write over).
    static void tellDeleted(QWidget *parent, const QString &message);
    // Makes `facade` ask over `parent` whenever a change conflicts (see UndoFacade::setConflictResolver).
    static void install(UndoFacade &facade, QWidget *parent);
};

} // namespace candor
