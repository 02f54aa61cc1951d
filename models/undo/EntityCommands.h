#pragma once

#include "domain/Result.h"

#include <QObject>
#include <QUndoCommand>

class QUndoStack;

#include <functional>
#include <memory>

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

// The base of the edit facades: builds commands whose later failures are reported through failed(), and pushes
// a command only when its first run succeeded.
class UndoFacade : public QObject
{
    Q_OBJECT
public:
    explicit UndoFacade(QUndoStack &stack, QObject *parent = nullptr);
    QUndoStack &stack() const { return m_stack; }

signals:
    void failed(const QString &message);

protected:
    RepositoryCommand *command(const QString &text, RepositoryCommand::Action redo, RepositoryCommand::Action undo);
    Status push(RepositoryCommand *command);

private:
    QUndoStack &m_stack;
};

// Runs an insert and remembers the id it got, so redo after undo restores the same id.
template <typename T, typename Insert>
std::function<Status()> insertKeepingId(std::shared_ptr<T> value, Insert insert)
{
    return [value, insert]() {
        const Result<qint64> id = insert(*value);
        if (id)
            value->id = *id;
        return Status::from(id);
    };
}

} // namespace candor
