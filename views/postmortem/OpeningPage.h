#pragma once

#include "ConsoleContext.h"
#include "domain/Postmortem.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace candor {

class Banner;

// An anonymous 1-5 check: answers come from a kiosk passed around the room or as paper slips counted and added.
// Only counts are stored. The facilitator sees the result only once enough people answered: the mean
// for the closing check, the distribution for a retro's safety check.
class CheckPanel : public QWidget
{
    Q_OBJECT
public:
    CheckPanel(PostmortemSession &session, CheckKind kind, QWidget *parent = nullptr);
    void openKiosk();

signals:
    void problem(const QString &message);

private:
    void refresh();
    void addSlips();
    void startOver();

    PostmortemSession &m_session;
    CheckKind m_kind;
    QLabel *m_result;
    QList<QSpinBox *> m_tally;
};

// Full screen, one person at a time: five large answers, then a thank-you screen that hides the answer before
// the screen is passed on. There is no way back to an earlier answer.
class CheckKiosk : public QDialog
{
    Q_OBJECT
public:
    CheckKiosk(PostmortemSession &session, CheckKind kind, QWidget *parent = nullptr);

signals:
    void problem(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void answer(int value);

    PostmortemSession &m_session;
    CheckKind m_kind;
    QStackedWidget *m_pages;
};

// Opening: the ground rules, the facilitator (with a warning and a recorded choice when they are close to the
// team), who is in the room and their role, the timeboxes, and for a retro the anonymous safety check.
class OpeningPage : public PhasePage
{
    Q_OBJECT
public:
    OpeningPage(ConsoleContext context, QWidget *parent = nullptr);
    void focusEntry() override;

private:
    void refreshSession();
    void refreshParticipants();
    void commitFacilitator();
    void addParticipant();
    void addTeam();
    void removeParticipant();
    qint64 memberIdFor(const QString &text, QString *name) const;

    QLineEdit *m_facilitator;
    Banner *m_conflict;
    QCheckBox *m_keepFacilitator;
    QLineEdit *m_participantName;
    QLineEdit *m_participantRole;
    QTableWidget *m_participants;
    QSpinBox *m_turnSeconds;
    QSpinBox *m_phaseMinutes;
};

} // namespace candor
