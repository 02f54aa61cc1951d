#include "EntityCommands.h"

#include <QUndoStack>

namespace candor {

RepositoryCommand::RepositoryCommand(const QString &text, Action redoAction, Action undoAction,
                                     FailureHandler onFailure)
    : m_redo(std::move(redoAction))
    , m_undo(std::move(undoAction))
    , m_onFailure(std::move(onFailure))
{
    setText(text);
}

Status RepositoryCommand::applyFirst()
{
    const Status status = m_redo();
    m_applied = status.ok();
    return status;
}

void RepositoryCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    run(m_redo);
}

void RepositoryCommand::undo()
{
    run(m_undo);
}

void RepositoryCommand::run(const Action &action)
{
    if (const Status status = action(); !status) {
        // The data no longer allows this step (e.g. the database refused it); drop the command rather than
        // leave an undo history that does not match the data.
        setObsolete(true);
        if (m_onFailure)
            m_onFailure(status.error());
    }
}

UndoFacade::UndoFacade(QUndoStack &stack, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
{}

RepositoryCommand *UndoFacade::command(const QString &text, RepositoryCommand::Action redo,
                                       RepositoryCommand::Action undo)
{
    return new RepositoryCommand(text, std::move(redo), std::move(undo),
                                 [this](const QString &message) { emit failed(message); });
}

Status UndoFacade::push(RepositoryCommand *command)
{
    const Status status = command->applyFirst();
    if (!status) {
        delete command;
        return status;
    }
    m_stack.push(command);
    return {};
}

} // namespace candor
