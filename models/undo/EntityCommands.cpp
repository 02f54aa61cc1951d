#include "EntityCommands.h"

#include "domain/Names.h"

#include <QUndoStack>

namespace candor {

RepositoryCommand::RepositoryCommand(const QString &text, Action redoAction, Action undoAction,
                                     FailureHandler onFailure, Version version)
    : m_redo(std::move(redoAction))
    , m_undo(std::move(undoAction))
    , m_onFailure(std::move(onFailure))
    , m_version(std::move(version))
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
    run(m_redo, false);
}

void RepositoryCommand::undo()
{
    run(m_undo, true);
}

void RepositoryCommand::run(const Action &action, bool undoing)
{
    if (const Status status = action(); !status) {
        // The data no longer allows this step (e.g. the database refused it, or someone else changed the item
        // since); drop the command rather than leave an undo history that does not match the data.
        setObsolete(true);
        if (!m_onFailure)
            return;
        if (status.isConflict()) {
            m_onFailure(undoing ? tr("Nothing was undone (%1). %2").arg(text(), status.error())
                                : tr("Nothing was redone (%1). %2").arg(text(), status.error()));
        } else {
            m_onFailure(status.error());
        }
    }
}

UndoFacade::UndoFacade(QUndoStack &stack, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
{}

RepositoryCommand *UndoFacade::command(const QString &text, RepositoryCommand::Action redo,
                                       RepositoryCommand::Action undo, RepositoryCommand::Version version)
{
    return new RepositoryCommand(
        text, std::move(redo), std::move(undo), [this](const QString &message) { emit failed(message); },
        std::move(version));
}

Status UndoFacade::push(RepositoryCommand *command)
{
    Status status = command->applyFirst();
    if (!status && status.isConflict() && m_resolver && command->version()) {
        const bool deleted = status.isDeletedElsewhere();
        if (!m_resolver(status.error(), deleted) || deleted) {
            delete command; // keep theirs (or their deletion): nothing is written
            return {};
        }
        *command->version() = 0; // write mine over theirs
        status = command->applyFirst();
    }
    if (!status) {
        delete command;
        return status;
    }
    m_stack.push(command);
    return {};
}

Status UndoFacade::unreadable(const QString &error, bool missing, const QString &name)
{
    if (!missing)
        return Status::failure(error);
    const QString message =
        name.trimmed().isEmpty()
            ? tr("It was deleted on another desktop in the meantime, so your change was not saved.")
            : tr("“%1” was deleted on another desktop, so your change was not saved. Add it again if it is still "
                 "needed.")
                  .arg(shortName(name));
    if (!m_resolver)
        return Status::deletedElsewhere(message);
    m_resolver(message, true);
    return {};
}

RepositoryCommand::Version UndoFacade::rowVersion(const QString &table, qint64 id)
{
    RepositoryCommand::Version &version = m_rowVersions[table + QLatin1Char(':') + QString::number(id)];
    if (!version)
        version = std::make_shared<qint64>(0);
    return version;
}

} // namespace candor
