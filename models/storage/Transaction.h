#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>

namespace candor {

// RAII write transaction. On SQLite it starts with BEGIN IMMEDIATE (QSqlDatabase::transaction() would issue a
// deferred BEGIN, which fails with SQLITE_BUSY_SNAPSHOT when a read-then-write races another connection); see
// Dialect::beginWrite. It rolls back on every path that does not reach commit().
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isActive() const { return m_active; }
    const QString &error() const { return m_error; }
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace candor
