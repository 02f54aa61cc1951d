#pragma once

#include "domain/Result.h"

#include <QUndoCommand>

#include <functional>

namespace candor {

// An undoable change made through a repository: what to do, what undoes it, and a translated text for the Edit
// menu. The functions own copies of every value they need (a removed item lives on inside the undo function).
// The facade (Edits) runs the first redo itself so it can report failure before pushing.
class RepositoryCommand : public QUndoCommand
{
public:
    using Action = std::function<Status()>;
    using FailureHandler = std::function<void(const QString &)>;

    RepositoryCommand(const QString &text, Action redoAction, Action undoAction, FailureHandler onFailure);

    // Runs the change for the first time; the redo() that QUndoStack::push() calls afterwards is then skipped.
    Status applyFirst();
    void redo() override;
    void undo() override;

private:
    void run(const Action &action);

    Action m_redo;
    Action m_undo;
    FailureHandler m_onFailure;
    bool m_applied = false;
};

} // namespace candor
