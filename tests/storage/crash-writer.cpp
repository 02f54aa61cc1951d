// candor-crash-writer: the typist of the crash-safety test (tst_crashsafety). It opens a Candor database the way
// the GUI does (Database with WAL and synchronous=FULL, no quick_check at start) and edits one postmortem in a loop
// through the same code as the facilitator console, until it is killed: timeline events, contributing factors and
// action items through the SessionEdits undo facade, the private notes through PostmortemSession as they are typed
// (one commit per keystroke, sometimes a pasted page). Before each edit it prints a "try" line, and once the edit's
// transaction has committed an "ok" line: that edit is acknowledged (the protocol is in crash/EditLog.h). Each line
// goes out in one write(), so a kill never leaves half a line.
//
// Usage: candor-crash-writer --db PATH [--seed N]
// On a database without a postmortem it first adds a team, an incident and its postmortem session; otherwise it
// continues on the first postmortem it finds. It exits only on a failure: 64 usage, 2 cannot open the database,
// 1 an edit failed (the message on stderr).
#include "common/PostmortemData.h"
#include "crash/EditLog.h"
#include "postmortem/Clock.h"
#include "postmortem/PostmortemSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUndoStack>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

using namespace candor;

namespace {

// The whole line in one write(): a pipe takes writes up to PIPE_BUF (4096 bytes) whole.
void say(const QByteArray &line)
{
    qsizetype written = 0;
    while (written < line.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, line.constData() + written, size_t(line.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            std::exit(1); // the test went away
        written += n;
    }
}

[[noreturn]] void fail(const QString &what, const QString &message)
{
    std::fprintf(stderr, "candor-crash-writer: %s failed: %s\n", qPrintable(what), qPrintable(message));
    std::exit(1);
}

QString pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    QString value;
    if (query.exec(QStringLiteral("PRAGMA ") + name) && query.next())
        value = query.value(0).toString();
    query.finish();
    return value;
}

// Words from a postmortem room, with accents and other scripts so every text round-trips as UTF-8.
const QStringList words = {
    QStringLiteral("pager"),        QStringLiteral("fired"),     QStringLiteral("checkout-api"),
    QStringLiteral("latency"),      QStringLiteral("rollback"),  QStringLiteral("deploy"),
    QStringLiteral("dashboard"),    QStringLiteral("queue"),     QStringLiteral("failover"),
    QStringLiteral("café"),         QStringLiteral("Zürich"),    QStringLiteral("naïve"),
    QStringLiteral("データベース"), QStringLiteral("復旧"),      QStringLiteral("runbook"),
    QStringLiteral("alert"),        QStringLiteral("customers"), QStringLiteral("retries"),
    QStringLiteral("timeout"),      QStringLiteral("on-call"),   QStringLiteral("status"),
    QStringLiteral("page"),         QStringLiteral("cache"),     QStringLiteral("Ελλάδα"),
    QStringLiteral("99.9%"),        QStringLiteral("“quoted”"),  QStringLiteral("O'Brien"),
    QStringLiteral("🙂"),
};

// What the room is doing for a while: typing notes, pasting into them, or building the timeline and its analysis.
enum class Mood { Typing, Pasting, Analysing };

constexpr int maxEvents = 400;
constexpr int maxFactors = 60;
constexpr int maxActions = 80;
constexpr int maxNotes = 90000; // below Limits::TextLength; then the facilitator starts a fresh page

class Typist
{
public:
    Typist(PostmortemSession &session, SessionEdits &edits, quint64 seed)
        : m_session(session)
        , m_repository(session.repository())
        , m_edits(edits)
        , m_random(crashlog::generator(seed))
    {
        for (const TimelineEvent &e : m_repository.events(session.id()))
            m_events.insert(e.id, e);
        for (const ContributingFactor &f : m_repository.factors(session.id()))
            m_factors.insert(f.id, f);
        for (const ActionItem &a : m_repository.actions(session.id()))
            m_actions.insert(a.id, a);
    }

    void step()
    {
        if (m_moodLeft-- <= 0) {
            m_mood = static_cast<Mood>(m_random.bounded(3));
            m_moodLeft = 20 + int(m_random.bounded(100));
        }
        const int roll = int(m_random.bounded(100));
        switch (m_mood) {
        case Mood::Typing: // mostly keystrokes in the notes, now and then the timeline
            if (roll < 65)
                return typeNotes();
            if (roll < 80)
                return addEvent();
            if (roll < 95)
                return editEvent();
            return editAction();
        case Mood::Pasting: // long notes: many pages per commit, the WAL grows fast
            if (roll < 50)
                return pasteNotes();
            if (roll < 70)
                return typeNotes();
            if (roll < 85)
                return editFactor();
            return addEvent();
        case Mood::Analysing: // several statements per transaction (a factor and its links to events)
            if (roll < 20)
                return addEvent();
            if (roll < 30)
                return editEvent();
            if (roll < 45)
                return addFactor();
            if (roll < 65)
                return editFactor();
            if (roll < 78)
                return addAction();
            if (roll < 93)
                return editAction();
            return dropAction();
        }
    }

private:
    QString word() { return words.at(int(m_random.bounded(int(words.size())))); }

    QString phrase(int count)
    {
        QStringList parts;
        for (int i = 0; i < count; ++i)
            parts.append(word());
        QString text = parts.join(QLatin1Char(' '));
        text[0] = text[0].toUpper();
        return text;
    }

    template <typename T>
    qint64 anyId(const QMap<qint64, T> &items)
    {
        return std::next(items.cbegin(), qsizetype(m_random.bounded(int(items.size())))).key();
    }

    QList<qint64> someEvents()
    {
        QList<qint64> ids;
        const int count = m_events.isEmpty() ? 0 : 1 + int(m_random.bounded(qMin(12, int(m_events.size()))));
        while (ids.size() < count) {
            const qint64 id = anyId(m_events);
            if (!ids.contains(id))
                ids.append(id);
        }
        return ids;
    }

    void announce(const QString &verb, const QString &what, qint64 id, const QByteArray &fingerprint)
    {
        say(crashlog::format(verb, what, id, fingerprint));
    }

    void setNotes(const QString &text)
    {
        const QByteArray fingerprint = crashlog::notesFingerprint(text);
        announce(QStringLiteral("try"), crashlog::notes, m_session.id(), fingerprint);
        if (const Status status = m_session.setNotes(text); !status)
            fail(QStringLiteral("setNotes"), status.error());
        announce(QStringLiteral("ok"), crashlog::notes, m_session.id(), fingerprint);
    }

    // One keystroke: a letter, a space, a line break, or a backspace.
    void typeNotes()
    {
        QString text = m_session.session().notes;
        if (text.size() > maxNotes)
            text = QStringLiteral("Notes, page %1\n").arg(m_random.bounded(1000));
        const int roll = int(m_random.bounded(20));
        if (roll == 0 && !text.isEmpty())
            text.chop(text.back().isLowSurrogate() ? 2 : 1);
        else if (roll == 1)
            text += QLatin1Char('\n');
        else if (roll < 5)
            text += QLatin1Char(' ');
        else if (const QString w = word(); w.at(0).isSurrogate())
            text += w; // a character outside the BMP comes whole
        else
            text += w.at(0);
        setNotes(text);
    }

    // A pasted chat log: one to eight kilobytes at once.
    void pasteNotes()
    {
        QString text = m_session.session().notes;
        if (text.size() > maxNotes)
            text.clear();
        const int target = 1000 + int(m_random.bounded(7000));
        QString paste;
        while (paste.size() < target)
            paste += phrase(12) + QStringLiteral(".\n");
        setNotes(text + paste);
    }

    void addEvent()
    {
        if (m_events.size() >= maxEvents)
            return editEvent();
        TimelineEvent e =
            testdata::makeEvent(m_session.id(), testdata::at(10, int(m_random.bounded(24 * 60))),
                                phrase(2 + int(m_random.bounded(8))), static_cast<EventKind>(m_random.bounded(6)));
        const QByteArray fingerprint = crashlog::fingerprint(e);
        announce(QStringLiteral("try"), crashlog::event, 0, fingerprint);
        const Result<qint64> id = m_edits.addEvent(e);
        if (!id)
            fail(QStringLiteral("addEvent"), id.error());
        e.id = *id;
        m_events.insert(e.id, e);
        announce(QStringLiteral("ok"), crashlog::event, e.id, fingerprint);
    }

    // A word more, a retyped text, or a corrected time or kind.
    void editEvent()
    {
        if (m_events.isEmpty())
            return addEvent();
        TimelineEvent e = m_events.value(anyId(m_events));
        e.rowVersion = 0; // the only writer, and its copies do not follow row_version: write unconditionally
        const int roll = int(m_random.bounded(4));
        if (roll == 0 || e.text.size() > 500)
            e.text = phrase(2 + int(m_random.bounded(8)));
        else if (roll == 1)
            e.time = e.time.addSecs(60 * (1 + m_random.bounded(30)));
        else if (roll == 2)
            e.kind = static_cast<EventKind>((int(e.kind) + 1) % 6);
        else
            e.text += QLatin1Char(' ') + word();
        const QByteArray fingerprint = crashlog::fingerprint(e);
        announce(QStringLiteral("try"), crashlog::event, e.id, fingerprint);
        if (const Status status = m_edits.editEvent(e); !status)
            fail(QStringLiteral("editEvent"), status.error());
        m_events.insert(e.id, e);
        announce(QStringLiteral("ok"), crashlog::event, e.id, fingerprint);
    }

    void addFactor()
    {
        if (m_factors.size() >= maxFactors)
            return editFactor();
        ContributingFactor f = testdata::makeFactor(m_session.id(), phrase(4 + int(m_random.bounded(10))), someEvents(),
                                                    static_cast<FactorCategory>(m_random.bounded(5)));
        const QByteArray fingerprint = crashlog::fingerprint(f);
        announce(QStringLiteral("try"), crashlog::factor, 0, fingerprint);
        const Result<qint64> id = m_edits.addFactor(f);
        if (!id)
            fail(QStringLiteral("addFactor"), id.error());
        f.id = *id;
        m_factors.insert(f.id, f);
        announce(QStringLiteral("ok"), crashlog::factor, f.id, fingerprint);
    }

    // New wording and new links: an UPDATE, a DELETE and an INSERT per linked event, in one transaction.
    void editFactor()
    {
        if (m_factors.isEmpty())
            return addFactor();
        ContributingFactor f = m_factors.value(anyId(m_factors));
        f.rowVersion = 0; // as in editEvent
        f.text = phrase(4 + int(m_random.bounded(10)));
        f.eventIds = someEvents();
        if (m_random.bounded(3) == 0)
            f.category = static_cast<FactorCategory>((int(f.category) + 1) % 5);
        const QByteArray fingerprint = crashlog::fingerprint(f);
        announce(QStringLiteral("try"), crashlog::factor, f.id, fingerprint);
        if (const Status status = m_edits.editFactor(f); !status)
            fail(QStringLiteral("editFactor"), status.error());
        m_factors.insert(f.id, f);
        announce(QStringLiteral("ok"), crashlog::factor, f.id, fingerprint);
    }

    void addAction()
    {
        if (m_actions.size() >= maxActions)
            return dropAction();
        const qint64 factorId = !m_factors.isEmpty() && m_random.bounded(2) ? anyId(m_factors) : 0;
        const QDate due = m_random.bounded(3) ? QDate(2024, 3, 1).addDays(m_random.bounded(120)) : QDate();
        ActionItem a = testdata::makeAction(m_session.id(), m_session.session().teamId,
                                            phrase(3 + int(m_random.bounded(8))), due, ActionStatus::Open, factorId);
        a.kind = static_cast<ActionKind>(m_random.bounded(5));
        if (m_random.bounded(2))
            a.ownerPerson = QStringLiteral("Priya Nair");
        const QByteArray fingerprint = crashlog::fingerprint(a);
        announce(QStringLiteral("try"), crashlog::action, 0, fingerprint);
        const Result<qint64> id = m_edits.addAction(a);
        if (!id)
            fail(QStringLiteral("addAction"), id.error());
        a.id = *id;
        m_actions.insert(a.id, a);
        announce(QStringLiteral("ok"), crashlog::action, a.id, fingerprint);
    }

    // A new status (as the status column does it), or new wording, due date and factor.
    void editAction()
    {
        if (m_actions.isEmpty())
            return addAction();
        ActionItem a = m_actions.value(anyId(m_actions));
        const bool statusOnly = m_random.bounded(2);
        if (statusOnly) {
            a.status = static_cast<ActionStatus>((int(a.status) + 1 + m_random.bounded(3)) % 4);
        } else {
            a.text = phrase(3 + int(m_random.bounded(8)));
            a.due = a.due.isValid() ? a.due.addDays(7) : QDate(2024, 4, 1);
            a.factorId = m_factors.isEmpty() ? 0 : anyId(m_factors);
        }
        const QByteArray fingerprint = crashlog::fingerprint(a);
        announce(QStringLiteral("try"), crashlog::action, a.id, fingerprint);
        const Status status = statusOnly ? m_edits.setActionStatus(a.id, a.status) : m_edits.editAction(a);
        if (!status)
            fail(statusOnly ? QStringLiteral("setActionStatus") : QStringLiteral("editAction"), status.error());
        m_actions.insert(a.id, m_repository.action(a.id).value()); // the done time comes from the clock
        announce(QStringLiteral("ok"), crashlog::action, a.id, fingerprint);
    }

    void dropAction()
    {
        if (m_actions.isEmpty())
            return addAction();
        const qint64 id = anyId(m_actions);
        announce(QStringLiteral("try"), crashlog::dropAction, id, "-");
        if (const Status status = m_edits.removeAction(id); !status)
            fail(QStringLiteral("removeAction"), status.error());
        m_actions.remove(id);
        announce(QStringLiteral("ok"), crashlog::dropAction, id, "-");
    }

    PostmortemSession &m_session;
    PostmortemRepository &m_repository;
    SessionEdits &m_edits;
    QRandomGenerator m_random;
    Mood m_mood = Mood::Typing;
    int m_moodLeft = 0;
    QMap<qint64, TimelineEvent> m_events;
    QMap<qint64, ContributingFactor> m_factors;
    QMap<qint64, ActionItem> m_actions;
};

// The database and the repositories the GUI builds on it; the database goes last.
struct Store
{
    Database database;
    TeamRepository teams{database};
    IncidentRepository incidents{database};
    PostmortemRepository postmortems{database};
};

// The first postmortem in the file, or a new one with its team and incident.
qint64 sessionToEdit(Store &store)
{
    for (const SessionRow &row : store.postmortems.sessions()) {
        if (row.kind == SessionKind::Postmortem)
            return row.id;
    }
    const Result<qint64> team = store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Payments")));
    if (!team)
        fail(QStringLiteral("insertTeam"), team.error());
    const Result<qint64> incident =
        store.incidents.insert(testdata::makeIncident(*team, QStringLiteral("Checkout errors after deploy")));
    if (!incident)
        fail(QStringLiteral("insert incident"), incident.error());
    const Result<qint64> session =
        store.postmortems.insertSession(testdata::makePostmortem(*incident, *team, testdata::at(13)));
    if (!session)
        fail(QStringLiteral("insertSession"), session.error());
    return *session;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Edits a postmortem in a loop until killed (crash-safety test)."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The database file."),
                                      QStringLiteral("path"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the edits."),
                                        QStringLiteral("n"));
    parser.addOption(dbOption);
    parser.addOption(seedOption);
    parser.process(app);
    bool seedOk = true;
    const quint64 seed = parser.isSet(seedOption) ? parser.value(seedOption).toULongLong(&seedOk)
                                                  : QRandomGenerator::system()->generate64();
    if (!parser.isSet(dbOption) || !seedOk || !parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "usage: candor-crash-writer --db PATH [--seed N]\n");
        return 64;
    }

    // The connection as the GUI opens it (app/main.cpp): the whole-file check runs there in the background.
    Database::Options options;
    options.quickCheck = false;
    Store store;
    if (const Status status = store.database.open(parser.value(dbOption), options); !status) {
        std::fprintf(stderr, "candor-crash-writer: %s\n", qPrintable(status.error()));
        return 2;
    }
    const qint64 sessionId = sessionToEdit(store);

    // The console's objects: its undo stack and edit facade, and the session that saves the notes as typed.
    SystemClock clock;
    PostmortemSession session(store.postmortems, store.teams, store.incidents, clock, sessionId);
    if (!session.isValid())
        fail(QStringLiteral("loading the session"), session.loadError());
    QUndoStack stack;
    SessionEdits edits(stack, store.postmortems);
    Typist typist(session, edits, seed);

    const QSqlDatabase db = store.database.connection();
    say(QByteArrayLiteral("ready ") + QByteArray::number(sessionId) + ' ' +
        pragma(db, QStringLiteral("journal_mode")).toUtf8() + ' ' + pragma(db, QStringLiteral("synchronous")).toUtf8() +
        '\n');
    for (;;)
        typist.step();
}
