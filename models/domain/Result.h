#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace candor {

// The outcome of an operation that can fail: a value, or a message that says what went wrong and what to do.
// The models layer returns these and never shows UI; views and the CLI decide how to present the message.
template <typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    static Result failure(QString message)
    {
        Result r;
        r.m_error = std::move(message);
        return r;
    }
    // The item asked for does not exist (any more): a failure the caller may tell from a read that went wrong.
    static Result missing(QString message)
    {
        Result r = failure(std::move(message));
        r.m_missing = true;
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const QString &error() const { return m_error; }
    bool isMissing() const { return m_missing; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
    bool m_missing = false;
};

// A result without a value: success, or a message.
class Status
{
public:
    Status() = default;
    static Status failure(QString message)
    {
        Status s;
        s.m_ok = false;
        s.m_error = std::move(message);
        return s;
    }
    // Someone else changed or removed the item since it was read (optimistic concurrency): the person may keep
    // what is stored now or write theirs over it.
    static Status conflict(QString message)
    {
        Status s = failure(std::move(message));
        s.m_conflict = true;
        return s;
    }
    // The item was deleted elsewhere since it was read: a conflict with nothing left to write over.
    static Status deletedElsewhere(QString message)
    {
        Status s = conflict(std::move(message));
        s.m_deleted = true;
        return s;
    }
    template <typename T>
    static Status from(const Result<T> &result)
    {
        return result.ok() ? Status() : failure(result.error());
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString &error() const { return m_error; }
    bool isConflict() const { return m_conflict; }
    bool isDeletedElsewhere() const { return m_deleted; }

private:
    bool m_ok = true;
    bool m_conflict = false;
    bool m_deleted = false;
    QString m_error;
};

} // namespace candor
