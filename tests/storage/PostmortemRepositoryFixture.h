// Shared by the PostmortemRepository tests (tst_postmortemsessions, tst_postmortemcontent, tst_postmortemrepository):
// every change signal of the repository, recorded, and the test class they inherit their fixture from. Header-only,
// but with Q_OBJECT: list it in the test's SOURCES so that moc sees it; include as
// "storage/PostmortemRepositoryFixture.h".
#pragma once

#include "common/PostmortemData.h"
#include "common/TestDatabase.h"

#include <QList>
#include <QPair>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace candor::testdata {

// Every change signal of one repository, recorded.
struct RepositorySpies
{
    explicit RepositorySpies(const PostmortemRepository *repository)
        : sessions(repository, &PostmortemRepository::sessionsChanged)
        , session(repository, &PostmortemRepository::sessionChanged)
        , participants(repository, &PostmortemRepository::participantsChanged)
        , turns(repository, &PostmortemRepository::turnsChanged)
        , events(repository, &PostmortemRepository::eventsChanged)
        , factors(repository, &PostmortemRepository::factorsChanged)
        , learnings(repository, &PostmortemRepository::learningsChanged)
        , actions(repository, &PostmortemRepository::actionsChanged)
        , tally(repository, &PostmortemRepository::tallyChanged)
    {}

    // The signals that carry a session id, by name.
    QList<QPair<QString, QSignalSpy *>> withId()
    {
        return {{QStringLiteral("sessionChanged"), &session}, {QStringLiteral("participantsChanged"), &participants},
                {QStringLiteral("turnsChanged"), &turns},     {QStringLiteral("eventsChanged"), &events},
                {QStringLiteral("factorsChanged"), &factors}, {QStringLiteral("learningsChanged"), &learnings},
                {QStringLiteral("actionsChanged"), &actions}, {QStringLiteral("tallyChanged"), &tally}};
    }
    // One name per emission, sorted.
    QStringList fired()
    {
        QStringList names;
        for (qsizetype n = 0; n < sessions.size(); ++n)
            names.append(QStringLiteral("sessionsChanged"));
        for (const auto &[name, spy] : withId()) {
            for (qsizetype n = 0; n < spy->size(); ++n)
                names.append(name);
        }
        names.sort();
        return names;
    }
    // The session id of every emission that carries one.
    QList<qint64> ids()
    {
        QList<qint64> all;
        for (const auto &[name, spy] : withId()) {
            for (const QList<QVariant> &arguments : std::as_const(*spy))
                all.append(arguments.at(0).toLongLong());
        }
        return all;
    }
    int count() { return int(fired().size()); }
    void clear()
    {
        sessions.clear();
        for (const auto &[name, spy] : withId())
            spy->clear();
    }

    QSignalSpy sessions;
    QSignalSpy session;
    QSignalSpy participants;
    QSignalSpy turns;
    QSignalSpy events;
    QSignalSpy factors;
    QSignalSpy learnings;
    QSignalSpy actions;
    QSignalSpy tally;
};

// What every PostmortemRepository test class starts from: a fresh database for each test function with the Payments
// team, one of its incidents (on checkout-api) and that incident's postmortem, created at hour 50. The test classes
// inherit initTestCase(), init(), cleanup() and cleanupTestCase().
class PostmortemRepositoryTest : public QObject
{
    Q_OBJECT

protected:
    PostmortemRepository &repo() { return m_store->postmortems; }

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<PostmortemStore> m_store;
    qint64 m_team = 0;
    qint64 m_incident = 0;
    qint64 m_session = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    }

    void init()
    {
        // A file in m_dir; a new database on the test cluster in the _pg variants.
        CANDOR_TEST_LOCATION(location, m_dir, QStringLiteral("postmortems-%1").arg(++m_files));
        m_store = std::make_unique<PostmortemStore>(location);
        QVERIFY2(m_store->status.ok(), qPrintable(m_store->status.error()));
        m_team = addTeam(m_store->teams, QStringLiteral("Payments"));
        m_incident = addIncident(m_store->incidents, m_team, QStringLiteral("Card payments failing"),
                                 QStringLiteral("checkout-api"));
        m_session = addSession(repo(), makePostmortem(m_incident, m_team, at(50)));
    }

    void cleanup() { m_store.reset(); }
    void cleanupTestCase() { testdb::dropAll(); }
};

} // namespace candor::testdata
