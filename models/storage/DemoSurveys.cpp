#include "DemoSurveys.h"

#include "BulkInsert.h"
#include "Database.h"
#include "Dialect.h"
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

// Rows a statement when writing to a server (BulkInsert::batch).
constexpr int RowsPerBatch = 1000;

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

    // A bigger page cache for the indexes that grow out of order (survey_response by wave).
    if (!Dialect::tuneSqlite(db, QStringLiteral("PRAGMA cache_size = -65536"), &error))
        return R::failure(error);

    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    if (!Dialect::announceBulkWrite(db, &error))
        return R::failure(error);
    BulkInsert insertWave(db,
                          QStringLiteral("INSERT INTO survey_wave (team_id, instrument_id, title, opens_on,"
                                         " closes_on, invited, k, comment_k) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                          BulkInsert::Returns::NewId);
    BulkInsert insertResponse(db, QStringLiteral("INSERT INTO survey_response (id, wave_id, score, unfavourable,"
                                                 " neutral, favourable) VALUES (?, ?, ?, ?, ?, ?)"));
    BulkInsert insertAnswer(
        db, QStringLiteral("INSERT INTO survey_answer (response_id, position, value, trend) VALUES (?, ?, ?, ?)"));
    BulkInsert insertComment(db, QStringLiteral("INSERT INTO survey_comment (id, wave_id, text) VALUES (?, ?, ?)"));
    // The wave's running totals, as SurveyRepository::addToWaveTotals adds them, for a wave that starts empty.
    BulkInsert setTotals(db, QStringLiteral("UPDATE survey_wave SET respondents = ?, score_sum = ?, score_squares = ?,"
                                            " unfavourable = ?, neutral = ?, favourable = ? WHERE id = ?"));
    BulkInsert insertItemSum(
        db, QStringLiteral("INSERT INTO survey_wave_item (wave_id, position, scored_sum) VALUES (?, ?, ?)"));
    for (const BulkInsert *insert :
         {&insertWave, &insertResponse, &insertAnswer, &insertComment, &setTotals, &insertItemSum}) {
        if (!insert->isReady())
            return R::failure(insert->error());
    }
    // On the server, many rows a round trip (see BulkInsert::batch); responses before their answers.
    insertResponse.batch(RowsPerBatch);
    insertAnswer.batch(RowsPerBatch, &insertResponse);
    insertComment.batch(RowsPerBatch);
    insertItemSum.batch(RowsPerBatch);

    // Responses have random ids, so their rows would land all over survey_response and survey_answer; they are
    // kept here and written in id order, which appends to both tables instead of splitting pages all the time.
    struct PendingResponse
    {
        qint64 id = 0;
        qint64 waveId = 0;
        double score = 0;
        qint64 unfavourable = 0;
        qint64 neutral = 0;
        qint64 favourable = 0;
        size_t firstAnswer = 0;
        size_t answers = 0;
    };
    struct PendingAnswer
    {
        qint8 value;
        qint8 trend;
    };
    constexpr qint8 noTrend = 2; // NULL: the instrument asks for no trend
    std::vector<PendingResponse> responses;
    std::vector<PendingAnswer> answers;

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
                insertWave.bind(0, team.id);
                insertWave.bind(1, instrument.id);
                insertWave.bind(2, title);
                insertWave.bind(3, opens.toString(Qt::ISODate));
                insertWave.bind(4, opens.addDays(13).toString(Qt::ISODate));
                insertWave.bind(5, invited);
                insertWave.bind(6, 5);
                insertWave.bind(7, 5);
                if (const Status status = insertWave.exec(); !status)
                    return R::failure(status.error());
                const qint64 waveId = insertWave.lastInsertId();
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
                    PendingResponse response;
                    response.id = qint64(random.id());
                    response.waveId = waveId;
                    response.score = moments.sum; // one respondent: the scale score
                    response.unfavourable = moments.unfavourable;
                    response.neutral = moments.neutral;
                    response.favourable = moments.favourable;
                    response.firstAnswer = answers.size();
                    response.answers = values.size();
                    for (size_t i = 0; i < values.size(); ++i)
                        answers.push_back(
                            {qint8(values[i]), instrument.hasTrend ? qint8(random.bounded(-1, 1)) : noTrend});
                    responses.push_back(response);
                    if (!instrument.hasTrend && random.bounded(0, 24) == 0) {
                        insertComment.bind(0, qint64(random.id()));
                        insertComment.bind(1, waveId);
                        insertComment.bind(
                            2,
                            QString::fromUtf8(commentTexts[size_t(random.bounded(0, int(commentTexts.size()) - 1))]));
                        if (const Status status = insertComment.exec(); !status)
                            return R::failure(status.error());
                    }
                }
                setTotals.bind(0, total.respondents);
                setTotals.bind(1, total.sum);
                setTotals.bind(2, total.sumSquares);
                setTotals.bind(3, total.unfavourable);
                setTotals.bind(4, total.neutral);
                setTotals.bind(5, total.favourable);
                setTotals.bind(6, waveId);
                if (const Status status = setTotals.exec(); !status)
                    return R::failure(status.error());
                insertItemSum.bind(0, waveId);
                for (size_t position = 0; position < total.itemSums.size(); ++position) {
                    insertItemSum.bind(1, int(position));
                    insertItemSum.bind(2, qint64(std::llround(total.itemSums[position]))); // sums of whole points
                    if (const Status status = insertItemSum.exec(); !status)
                        return R::failure(status.error());
                }
            }
        }
    }
    std::sort(responses.begin(), responses.end(),
              [](const PendingResponse &a, const PendingResponse &b) { return a.id < b.id; });
    for (const PendingResponse &response : responses) {
        insertResponse.bind(0, response.id);
        insertResponse.bind(1, response.waveId);
        insertResponse.bind(2, response.score);
        insertResponse.bind(3, response.unfavourable);
        insertResponse.bind(4, response.neutral);
        insertResponse.bind(5, response.favourable);
        if (const Status status = insertResponse.exec(); !status)
            return R::failure(status.error());
        ++summary.responses;
        insertAnswer.bind(0, response.id);
        for (size_t i = 0; i < response.answers; ++i) {
            const PendingAnswer &answer = answers[response.firstAnswer + i];
            insertAnswer.bind(1, int(i));
            insertAnswer.bind(2, int(answer.value));
            if (answer.trend == noTrend)
                insertAnswer.bindNull(3);
            else
                insertAnswer.bind(3, int(answer.trend));
            if (const Status status = insertAnswer.exec(); !status)
                return R::failure(status.error());
            ++summary.answers;
        }
    }
    for (BulkInsert *insert : {&insertAnswer, &insertComment, &insertItemSum}) {
        if (const Status status = insert->flush(); !status)
            return R::failure(status.error());
    }
    // Responses and comments were written with the random ids given here.
    if (!Dialect::syncIdentities(db, &error))
        return R::failure(error);
    if (const Status status = transaction.commit(); !status)
        return R::failure(status.error());
    Dialect::tuneSqlite(db, QStringLiteral("PRAGMA cache_size = -2000"));
    return summary;
}

} // namespace candor
