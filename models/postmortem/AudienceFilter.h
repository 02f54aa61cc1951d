#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace candor {

class PostmortemSession;

// What the room may see of a session, and nothing else: no checker marks (plain text only), no facilitator notes,
// no individual check answers (an aggregate of enough answers at most), no phase-log reasons. The audience window
// is built from this snapshot alone, so it cannot show what the filter left out.
struct AudienceSnapshot
{
    struct Item
    {
        QString label; // a time, a category, an owner: shown small beside the text
        QString text;
    };
    struct Section
    {
        QString heading;
        QList<Item> items;
        QString emptyText; // shown when there are no items
    };

    QString title;
    QStringList phases; // the stepper, in order
    int currentPhase = 0;
    int agreedUpTo = -1; // phases before this index are closed
    QString speaker;     // empty when nobody is speaking
    QString turnTime;
    bool turnOverrun = false;
    QString phaseTime;
    bool phaseOverrun = false;
    QStringList waiting; // still to have their turn this round
    QList<Section> sections;
};

class AudienceFilter
{
    Q_DECLARE_TR_FUNCTIONS(AudienceFilter)
public:
    static AudienceSnapshot snapshot(const PostmortemSession &session);
};

} // namespace candor
