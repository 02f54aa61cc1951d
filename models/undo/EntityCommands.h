#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QUndoCommand>

class QUndoStack;

#include <functional>
#include <memory>

namespace candor {

// An undoable change made through a repository: what to do, what undoes it, and a translated text for the Edit
// menu. The functions own copies of every value they need (a removed item lives on inside the undo function).
// The facade (Edits) runs the first redo itself so it can report failure before pushing.
//
// Optimistic concurrency: a command that changes or removes a row read from the database makes each write at a
// version (see UndoFacade::rowVersion): first the one the person saw, then the row_version the facade's last write
// of that row left. So undo right after one's own edits works, while undo after someone else's later edit fails as
// a conflict and writes nothing. Setting the version to 0 makes the next write unconditional.
class RepositoryCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RepositoryCommand)
public:
    using Action = std::function<Status()>;
    using FailureHandler = std::function<void(const QString &)>;
    using Version = std::shared_ptr<qint64>;

    RepositoryCommand(const QString &text, Action redoAction, Action undoAction, FailureHandler onFailure,
                      Version version = {});
    // The version this command's writes are made at; null for commands that only insert.
    const Version &version() const { return m_version; }

    // Runs the change for the first time; the redo() that QUndoStack::push() calls afterwards is then skipped.
    Status applyFirst();
    void redo() override;
    void undo() override;

private:
    void run(const Action &action, bool undoing);

    Action m_redo;
    Action m_undo;
    FailureHandler m_onFailure;
    Version m_version;
    bool m_applied = false;
};

// The base of the edit facades: builds commands whose later failures are reported through failed(), and pushes
// a command only when its first run succeeded.
class UndoFacade : public QObject
{
    Q_OBJECT
public:
    // Asked when a change fails because someone else changed or deleted the item since it was read; gets the
    // message and whether the item is gone, and returns true to write this change over theirs, false to keep theirs.
    // For a deleted item there is nothing to write over: the resolver only tells the person, and its answer is not
    // used.
    using ConflictResolver = std::function<bool(const QString &message, bool deleted)>;

    explicit UndoFacade(QUndoStack &stack, QObject *parent = nullptr);
    QUndoStack &stack() const { return m_stack; }
    // Without a resolver, a conflicting change fails with Status::isConflict() and its message. With one, the
    // person decides: keeping theirs writes nothing and the change returns success (there is nothing more to
    // report); writing theirs over runs the change again unconditionally. Undo and redo never ask: a conflict
    // there is refused and reported through failed().
    void setConflictResolver(ConflictResolver resolver) { m_resolver = std::move(resolver); }

signals:
    void failed(const QString &message);

protected:
    RepositoryCommand *command(const QString &text, RepositoryCommand::Action redo, RepositoryCommand::Action undo,
                               RepositoryCommand::Version version = {});
    Status push(RepositoryCommand *command);
    // An item the person changes could not be read first. Missing now (Result::isMissing()), it was deleted on
    // another desktop since they saw it: that is said through the resolver, with nothing to choose, and the change
    // ends there as when they keep theirs (without a resolver it fails with Status::deletedElsewhere()). `name`
    // names the item in the message. Any other failure is returned as it is.
    template <typename T>
    Status unreadable(const Result<T> &read, const QString &name)
    {
        return unreadable(read.error(), read.isMissing(), name);
    }
    Status unreadable(const QString &error, bool missing, const QString &name);
    // The same for an item the person removes, having seen it at `version`: one that is gone already is what they
    // asked for. Without a version (an id from elsewhere), a missing item is a failure.
    template <typename T>
    static Status unreadableForRemoval(const Result<T> &read, qint64 version)
    {
        return read.isMissing() && version > 0 ? Status() : Status::failure(read.error());
    }
    // The version the next write of row `id` of `table` is made at: shared by every command of this facade on that
    // row, and set to what each successful write left.
    RepositoryCommand::Version rowVersion(const QString &table, qint64 id);

private:
    QUndoStack &m_stack;
    ConflictResolver m_resolver;
    QHash<QString, RepositoryCommand::Version> m_rowVersions;
};

// A write of `value` at the command's version: sets the value's rowVersion from it, and `write(value, &version)`
// stores the version the write left.
template <typename T, typename Write>
std::function<Status()> writeAtVersion(T value, RepositoryCommand::Version version, Write write)
{
    return [value, version, write]() {
        T atVersion = value;
        atVersion.rowVersion = *version;
        return write(atVersion, version.get());
    };
}

// As insertKeepingId, and sets the row's version (versionOf(id)) to the new row's (read back through `read(id)`),
// so that undoing the insert is refused when someone changed the row since.
template <typename T, typename VersionOf, typename Insert, typename Read>
std::function<Status()> insertTrackingVersion(std::shared_ptr<T> value, VersionOf versionOf, Insert insert, Read read)
{
    return [value, versionOf, insert, read]() {
        const Result<qint64> id = insert(*value);
        if (!id)
            return Status::from(id);
        value->id = *id;
        const auto stored = read(*id);
        *versionOf(*id) = stored ? stored->rowVersion : 0;
        return Status();
    };
}

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
