#include "Transaction.h"

#include "Dialect.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace candor {

WriteTransaction::WriteTransaction(const QSqlDatabase &db)
    : m_db(db)
{
    QSqlQuery begin(m_db);
    if (begin.exec(Dialect::beginWrite(Dialect::of(m_db))))
        m_active = true;
    else
        m_error = sql::describe(begin.lastError());
}

WriteTransaction::~WriteTransaction()
{
    if (m_active) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

Status WriteTransaction::commit()
{
    if (!m_active)
        return Status::failure(m_error.isEmpty() ? sql::Text::tr("The change was already saved or abandoned.")
                                                 : m_error);
    QSqlQuery commit(m_db);
    if (!commit.exec(QStringLiteral("COMMIT")))
        return Status::failure(sql::describe(commit.lastError()));
    m_active = false;
    return {};
}

} // namespace candor
