#pragma once

#include "common/EditDialog.h"
#include "domain/Postmortem.h"

#include <functional>

class QDateEdit;
class QLineEdit;

namespace candor {

class TeamComboBox;
class TeamTreeModel;

// Starts a team retro: the team, a title and the period it looks back on (by default the last two weeks). The
// title follows the period until the person types their own.
class RetroDialog : public EditDialog
{
    Q_OBJECT
public:
    // Creates the session and returns its id, or says why it could not.
    using Creator = std::function<Result<qint64>(const Session &)>;
    RetroDialog(const TeamTreeModel &teams, qint64 teamId, const QDate &today, Creator creator,
                QWidget *parent = nullptr);

    Session session() const;
    // The new session's id once OK succeeded; 0 before.
    qint64 createdId() const { return m_createdId; }
    // "Retro, <period>" for a period, as the title starts out.
    static QString defaultTitle(const QDate &start, const QDate &end);

protected:
    FieldErrors validate() const override;
    Status save() override;

private:
    void followPeriod();

    Creator m_creator;
    TeamComboBox *m_team;
    QLineEdit *m_title;
    QDateEdit *m_start;
    QDateEdit *m_end;
    bool m_titleTyped = false;
    qint64 m_createdId = 0;
};

} // namespace candor
