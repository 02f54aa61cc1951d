#include "DemoSurveys.h"

#include "Database.h"
#include "SqlSupport.h"
#include "SurveyRepository.h"
#include "Transaction.h"
#include "survey/Instruments.h"
#include "survey/Scoring.h"
#include "survey/SurveyFigures.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cmath>

namespace candor {

namespace {

// Comments as people leave them; invented for the demo.
constexpr std::array commentTexts = {
    "More time to learn after incidents would help.",
    "The last postmortem felt fair, even though it was my change.",
    "On-call weeks are still too heavy.",
    "I would like us to celebrate near misses that we caught.",
    "Planning meetings could be shorter.",
    "Good quarter. The new runbooks made a difference.",
    "Not everyone gets heard in the stand-up.",
    "Cross-team reviews are slow.",
    "I feel I can say when I do not know something.",
    "Handover between time zones loses context.",
};

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_random(seed)
    {}
    double uniform() { return m_random.generateDouble(); }
    int bounded(int low, int high) { return low + int(m_random.bounded(quint32(high - low + 1))); } // inclusive
    // Box-Muller: a standard normal draw.
    double normal()
    {
        const double u = std::max(uniform(), 1e-12);
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * M_PI * uniform());
    }
    quint64 id() { return (m_random.generate64() >> 2) + 1; }

private:
    QRandomGenerator m_random;
};

// One answer around a respondent's view of the climate (a standard-normal scale, higher is better).
int answer(Generator &random, const Instrument &instrument, const SurveyItem &item, double view)
{
    const double x = view + 0.6 * random.normal();
    int favourable = 0;
    if (instrument.scalePoints == 3)
        favourable = x < -0.7 ? 1 : x < 0.5 ? 2 : 3;
    else
        favourable = std::clamp(int(std::lround(4.7 + 1.15 * x)), 1, instrument.scalePoints);
    // Negatively worded items are answered the other way round.
    return item.reversed ? instrument.scalePoints + 1 - favourable : favourable;
}

struct DemoTeam
{
    qint64 id = 0;
    int invitedLow = 0;
    int invitedHigh = 0;
    double climate = 0;
};

} // namespace

Result<DemoSurveys::Summary> DemoSurveys::create(Database &database, quint32 seed, const QDate &today)
{
    using R = Result<Summary>;
    SurveyRepository repository(database);
    std::vector<Instrument> instruments;
    for (const Instrument &builtIn : Instruments::builtIn()) {
        const Result<Instrument> stored = repository.latestInstrument(builtIn.key);
        if (!stored)
            return R::failure(stored.error());
        instruments.push_back(*stored);
    }

    QSqlDatabase db = database.connection();
    QSqlQuery q(db);
    QString error;
    // Teams that are not departments.
    if (!sql::run(q,
                  QStringLiteral("SELECT id FROM team WHERE id NOT IN"
                                 " (SELECT parent_id FROM team WHERE parent_id IS NOT NULL) ORDER BY id"),
                  {}, &error))
        return R::failure(error);
    Generator random(seed ^ 0x5eedu);
    std::vector<DemoTeam> teams;
    while (q.next())
        teams.push_back(DemoTeam{q.value(0).toLongLong(), 0, 0, 0});
    q.finish();
    const bool large = teams.size() > 50;
    for (size_t t = 0; t < teams.size(); ++t) {
        DemoTeam &team = teams[t];
        const bool small = (t % 6) == 2;
        // Large: about ten respondents per team and quarter, 23 answers each: about two million answers.
        team.invitedLow = small ? 3 : large ? 10 : 6;
        team.invitedHigh = small ? 5 : large ? 18 : 10;
        team.climate = 0.7 * random.normal();
    }

    // A bigger page cache: responses have random ids, so their rows land all over the tables.
    if (!sql::run(q, QStringLiteral("PRAGMA cache_size = -262144"), {}, &error))
        return R::failure(error);

    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    QSqlQuery insertWave(db);
    insertWave.prepare(QStringLiteral("INSERT INTO survey_wave (team_id, instrument_id, title, opens_on, closes_on,"
                                      " invited, k, comment_k) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertResponse(db);
    insertResponse.prepare(QStringLiteral("INSERT INTO survey_response (id, wave_id, score, unfavourable, neutral,"
                                          " favourable) VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertAnswer(db);
    insertAnswer.prepare(
        QStringLiteral("INSERT INTO survey_answer (response_id, position, value, trend) VALUES (?, ?, ?, ?)"));
    QSqlQuery insertComment(db);
    insertComment.prepare(QStringLiteral("INSERT INTO survey_comment (id, wave_id, text) VALUES (?, ?, ?)"));
    const QVariant noTrend(QMetaType(QMetaType::Int));

    Summary summary;
    // Five years of quarters, up to the newest one whose wave (opening on its 15th day) has opened by today.
    const auto opensIn = [](const Period &period) {
        return period.firstDay().addDays(14);
    };
    const Period current = Period::of(today);
    const int last = opensIn(current) > today ? current.index() - 1 : current.index();
    constexpr int quarters = 20;
    for (int index = last - quarters + 1; index <= last; ++index) {
        const Period period = Period::fromIndex(index);
        const QDate opens = opensIn(period);
        const QString title = tr("%1 pulse").arg(period.text());
        for (DemoTeam &team : teams) {
            // Climates drift, on the whole a little upwards.
            team.climate = std::clamp(team.climate + 0.03 + 0.22 * random.normal(), -2.0, 2.0);
            const int invited = random.bounded(team.invitedLow, team.invitedHigh);
            for (const Instrument &instrument : instruments) {
                insertWave.addBindValue(team.id);
                insertWave.addBindValue(instrument.id);
                insertWave.addBindValue(title);
                insertWave.addBindValue(sql::fromDate(opens));
                insertWave.addBindValue(sql::fromDate(opens.addDays(13)));
                insertWave.addBindValue(invited);
                insertWave.addBindValue(5);
                insertWave.addBindValue(5);
                if (!insertWave.exec())
                    return R::failure(sql::describe(insertWave.lastError()));
                const qint64 waveId = insertWave.lastInsertId().toLongLong();
                ++summary.waves;

                const int respondents = int(std::lround(invited * (0.65 + 0.35 * random.uniform())));
                std::vector<int> values(instrument.items.size());
                ScoreMoments total;
                for (int r = 0; r < respondents; ++r) {
                    const double view = team.climate + 0.5 * random.normal();
                    for (size_t i = 0; i < instrument.items.size(); ++i)
                        values[i] = answer(random, instrument, instrument.items[i], view);
                    const ScoreMoments moments = scoring::moments(instrument, values);
                    total.add(moments);
                    const qint64 responseId = qint64(random.id());
                    insertResponse.addBindValue(responseId);
                    insertResponse.addBindValue(waveId);
                    insertResponse.addBindValue(moments.sum); // one respondent: the scale score
                    insertResponse.addBindValue(moments.unfavourable);
                    insertResponse.addBindValue(moments.neutral);
                    insertResponse.addBindValue(moments.favourable);
                    if (!insertResponse.exec())
                        return R::failure(sql::describe(insertResponse.lastError()));
                    ++summary.responses;
                    for (size_t i = 0; i < values.size(); ++i) {
                        insertAnswer.addBindValue(responseId);
                        insertAnswer.addBindValue(int(i));
                        insertAnswer.addBindValue(values[i]);
                        insertAnswer.addBindValue(instrument.hasTrend ? QVariant(random.bounded(-1, 1)) : noTrend);
                        if (!insertAnswer.exec())
                            return R::failure(sql::describe(insertAnswer.lastError()));
                        ++summary.answers;
                    }
                    if (!instrument.hasTrend && random.bounded(0, 24) == 0) {
                        insertComment.addBindValue(qint64(random.id()));
                        insertComment.addBindValue(waveId);
                        insertComment.addBindValue(
                            QString::fromUtf8(commentTexts[size_t(random.bounded(0, int(commentTexts.size()) - 1))]));
                        if (!insertComment.exec())
                            return R::failure(sql::describe(insertComment.lastError()));
                    }
                }
                if (const Status status = SurveyRepository::addToWaveTotals(db, waveId, total); !status)
                    return R::failure(status.error());
            }
        }
    }
    if (const Status status = transaction.commit(); !status)
        return R::failure(status.error());
    sql::run(q, QStringLiteral("PRAGMA cache_size = -2000"), {}, nullptr);
    return summary;
}

} // namespace candor
