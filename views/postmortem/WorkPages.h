#pragma once

#include "ConsoleContext.h"
#include "domain/Postmortem.h"

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QTableView;
class QTimeEdit;
class QVBoxLayout;

namespace candor {

class ActionItemsModel;
class BlameTextEdit;
class CheckPanel;
class FactorModel;
class LearningModel;
class TeamComboBox;
class TimelineModel;

// Phase 1: what happened, in time order. Type a time, pick a kind, type the text, Enter; the time stays for the
// next event. Cells edit in place; Delete removes; every change is undoable.
class TimelinePage : public PhasePage
{
    Q_OBJECT
public:
    TimelinePage(ConsoleContext context, QWidget *parent = nullptr);
    void focusEntry() override;

private:
    void addEvent();
    void removeSelected();

    TimelineModel *m_model;
    QDateEdit *m_date;
    QTimeEdit *m_time;
    QComboBox *m_kind;
    BlameTextEdit *m_text;
    QLabel *m_hint;
    QTableView *m_view;
};

// Phase 2: contributing factors (never one root cause) with the events each explains, and the lists of what
// went well, where we got lucky, what we learned and open questions. A retro calls them what hindered and helped.
class FactorsPage : public PhasePage
{
    Q_OBJECT
public:
    FactorsPage(ConsoleContext context, QWidget *parent = nullptr);
    void focusEntry() override;

private:
    void addFactor();
    void removeSelected();
    void refreshEvents();
    void eventToggled();
    QWidget *learningList(LearningKind kind);

    FactorModel *m_model;
    QComboBox *m_category;
    BlameTextEdit *m_text;
    QLabel *m_hint;
    QTableView *m_view;
    QListWidget *m_events;
};

// Phase 3: first the open actions from earlier sessions of the same team or service ("did our fixes hold?"),
// then this session's action items with kind, owner team, person, due date and the factor each addresses.
class ActionsPage : public PhasePage
{
    Q_OBJECT
public:
    ActionsPage(ConsoleContext context, QWidget *parent = nullptr);
    void focusEntry() override;

private:
    void addAction();
    void removeSelected();
    void refreshFactors();

    ActionItemsModel *m_earlier;
    ActionItemsModel *m_model;
    QWidget *m_earlierBox;
    BlameTextEdit *m_text;
    QLabel *m_hint;
    QComboBox *m_kind;
    TeamComboBox *m_owner;
    QLineEdit *m_person;
    QDateEdit *m_due;
    QComboBox *m_factor;
    QTableView *m_view;
};

// Closing: the summary (saved as it is typed), the anonymous closing check, and the record of the phases.
class ClosingPage : public PhasePage
{
    Q_OBJECT
public:
    ClosingPage(ConsoleContext context, QWidget *parent = nullptr);
    void focusEntry() override;
    // Buttons under the record for the postmortem report (export, print).
    void addReportActions(const QList<QAction *> &actions);

private:
    void refresh();

    BlameTextEdit *m_summary;
    QLabel *m_record;
    QVBoxLayout *m_recordLayout;
};

} // namespace candor
