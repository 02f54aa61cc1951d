#pragma once

#include "domain/Incident.h"
#include "domain/IncidentQuery.h"
#include "domain/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace candor {

// Full-text search on a PostgreSQL server, for IncidentRepository (which keeps SQLite's FTS5 index itself). The
// texts are indexed by generated tsvector columns (migration 5's server statements): incident (title A, service B,
// summary C), timeline_event and contributing_factor (D); retro sessions are left out by joining their postmortem
// to an incident. The words match as in FTS5: the start of a word, accents and case ignored, all words in one
// text. Internal to models/storage.
class ServerSearchIndex
{
public:
    // The tsquery for what a person typed: each word with a letter or digit quoted (so no character is an operator)
    // and matched as the start of a word; all words required, or with anyWord any of them. Empty when no word is left.
    static QString query(const QString &text, bool anyWord = false);

    // The SELECT of the ids of the incidents the typed text matches, for the list's WHERE clause; appends its bound
    // values. Matches nothing when no word is left.
    static QString incidentIds(const QString &text, QVariantList &bound);

    struct Match
    {
        qint64 incidentId = 0;
        SearchPlace place = SearchPlace::Title;
        QString snippet;
    };
    // The best match of each incident (of a team and its sub-teams; 0: every team), title hits first, at most
    // `limit` incidents, each with an excerpt whose matched words are between the marks.
    static Result<QList<Match>> find(const QSqlDatabase &db, const QString &text, qint64 teamId, int limit,
                                     const QString &markStart, const QString &markEnd);

    // Whether the typed text matches these values of an incident (title, service, summary) or its postmortem's
    // timeline events and contributing factors as stored.
    static bool matches(const QSqlDatabase &db, const QString &text, const Incident &incident);
};

} // namespace candor
