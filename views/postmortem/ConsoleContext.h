#pragma once

#include "domain/Result.h"

#include <QWidget>

namespace candor {

class BlameLanguageChecker;
class PostmortemRepository;
class PostmortemSession;
class SessionEdits;
class TeamRepository;
class TeamTreeModel;

// What every part of the facilitator console works with.
struct ConsoleContext
{
    PostmortemSession &session;
    PostmortemRepository &repository;
    SessionEdits &edits;
    TeamRepository &teams;
    TeamTreeModel &teamModel;
    const BlameLanguageChecker &checker;
};

// One phase's page in the console. Problems go to the console's inline banner through problem().
class PhasePage : public QWidget
{
    Q_OBJECT
public:
    PhasePage(ConsoleContext context, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_context(context)
    {}
    // Puts the keyboard where the phase's typing starts.
    virtual void focusEntry() = 0;

signals:
    void problem(const QString &message);

protected:
    // True when the status is fine (and a stale problem is cleared); otherwise reports it and returns false.
    bool report(const Status &status)
    {
        emit problem(status ? QString() : status.error());
        return status.ok();
    }
    ConsoleContext m_context;
};

} // namespace candor
