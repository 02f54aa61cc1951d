#include "SurveyRepository.h"

#include "Database.h"
#include "Dialect.h"
#include "SqlRows.h"
#include "SqlSupport.h"
#include "Transaction.h"
#include "domain/Validation.h"
#include "survey/AnonymityPolicy.h"
#include "survey/Instruments.h"
#include "survey/Scoring.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <random>
#include <unordered_map>

namespace candor {

using sql::Text;

namespace {

const QString instrumentColumns =
    QStringLiteral("id, key, version, name, description, scale_points, has_trend, built_in");
const QString waveColumns =
    QStringLiteral("w.id, w.team_id, w.instrument_id, w.title, w.opens_on, w.closes_on, w.invited, w.k, w.comment_k,"
                   " t.name, i.key, i.name, i.version, i.built_in, w.respondents");

Instrument instrumentFrom(const QSqlQuery &q)
{
    Instrument instrument;
    instrument.id = q.value(0).toLongLong();
    instrument.key = q.value(1).toString();
    instrument.version = q.value(2).toInt();
    instrument.name = q.value(3).toString();
    instrument.description = q.value(4).toString();
    instrument.scalePoints = q.value(5).toInt();
    instrument.hasTrend = q.value(6).toBool();
    instrument.builtIn = q.value(7).toBool();
    return instrument;
}

SurveyWaveRow waveFrom(const QSqlQuery &q)
{
    SurveyWaveRow row;
    row.wave.id = q.value(0).toLongLong();
    row.wave.teamId = q.value(1).toLongLong();
    row.wave.instrumentId = q.value(2).toLongLong();
    row.wave.title = q.value(3).toString();
    row.wave.opens = sql::toDate(q.value(4));
    row.wave.closes = sql::toDate(q.value(5));
    row.wave.invited = q.value(6).toInt();
    row.wave.k = q.value(7).toInt();
    row.wave.commentK = q.value(8).toInt();
    row.teamName = q.value(9).toString();
    row.instrumentKey = q.value(10).toString();
    Instrument named;
    named.name = q.value(11).toString();
    named.builtIn = q.value(13).toBool();
    row.instrumentName = Instruments::displayName(named);
    row.instrumentVersion = q.value(12).toInt();
    row.responses = q.value(14).toInt();
    return row;
}

// Random positive ids: the order of the rows must not tell who answered first.
qint64 randomId()
{
    return qint64(QRandomGenerator::global()->generate64() >> 2) + 1;
}

bool sameContent(const Instrument &a, const Instrument &b)
{
    if (a.name != b.name || a.description != b.description || a.scalePoints != b.scalePoints ||
        a.hasTrend != b.hasTrend || a.items.size() != b.items.size())
        return false;
    for (size_t i = 0; i < a.items.size(); ++i) {
        if (a.items[i].text != b.items[i].text || a.items[i].construct != b.items[i].construct ||
            a.items[i].reversed != b.items[i].reversed)
            return false;
    }
    return true;
}

Status insertInstrument(const QSqlDatabase &db, Instrument *instrument)
{
    QSqlQuery q(db);
    QString error;
    instrument->id =
        sql::insertReturningId(q,
                               QStringLiteral("INSERT INTO survey_instrument"
                                              " (key, version, name, description, scale_points,"
                                              " has_trend, built_in) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                               {instrument->key, instrument->version, instrument->name, instrument->description,
                                instrument->scalePoints, int(instrument->hasTrend), int(instrument->builtIn)},
                               &error);
    if (instrument->id == 0)
        return Status::failure(error);
    for (size_t i = 0; i < instrument->items.size(); ++i) {
        const SurveyItem &item = instrument->items[i];
        if (!sql::run(q,
                      QStringLiteral("INSERT INTO survey_item (instrument_id, position, construct, text, reversed)"
                                     " VALUES (?, ?, ?, ?, ?)"),
                      {instrument->id, int(i), item.construct, item.text, int(item.reversed)}, &error))
            return Status::failure(error);
    }
    return {};
}

Status checkAnswers(const Instrument &instrument, const SurveyAnswers &answers)
{
    if (int(answers.values.size()) != instrument.itemCount())
        return Status::failure(Text::tr("The response has %1 answers but the survey asks %2 questions.")
                                   .arg(answers.values.size())
                                   .arg(instrument.itemCount()));
    for (size_t i = 0; i < answers.values.size(); ++i) {
        const int value = answers.values[i];
        if (value < 1 || value > instrument.scalePoints)
            return Status::failure(Text::tr("Answer %1 is %2, but answers run from 1 to %3.")
                                       .arg(i + 1)
                                       .arg(value)
                                       .arg(instrument.scalePoints));
    }
    if (!answers.trends.empty()) {
        if (!instrument.hasTrend || answers.trends.size() != answers.values.size())
            return Status::failure(Text::tr("The response carries trends that this survey does not ask for."));
        for (int trend : answers.trends) {
            if (trend < -1 || trend > 1)
                return Status::failure(Text::tr("A trend must be worse, the same or better."));
        }
    }
    if (answers.comment.size() > Limits::TextLength)
        return Status::failure(
            Text::tr("The comment has %1 characters; a comment holds up to %2. Shorten it.")
                .arg(QLocale().toString(answers.comment.size()), QLocale().toString(Limits::TextLength)));
    return {};
}

// The comments of an import, with the given ids, inside the caller's write transaction.
Status insertComments(const QSqlDatabase &db, qint64 waveId, const QStringList &texts, const QList<qint64> &ids)
{
    if (texts.isEmpty())
        return {};
    QSqlQuery comment(db);
    if (!comment.prepare(QStringLiteral("INSERT INTO survey_comment (id, wave_id, text) VALUES (?, ?, ?)")))
        return Status::failure(sql::describe(comment.lastError()));
    for (qsizetype i = 0; i < texts.size(); ++i) {
        comment.addBindValue(ids.at(i));
        comment.addBindValue(waveId);
        comment.addBindValue(texts.at(i));
        if (!comment.exec())
            return Status::failure(sql::describe(comment.lastError()));
    }
    return {};
}

// Takes back comments committed on their own whose responses could not be stored. Best effort: the import has
// failed already, and its error is the one to report.
void removeComments(const QSqlDatabase &db, const QList<qint64> &ids)
{
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return;
    QSqlQuery q(db);
    for (qsizetype first = 0; first < ids.size(); first += 500) {
        const QList<qint64> chunk = ids.mid(first, 500);
        QVariantList bound;
        for (qint64 id : chunk)
            bound.append(id);
        QStringList marks(chunk.size(), QStringLiteral("?"));
        if (!sql::run(q,
                      QStringLiteral("DELETE FROM survey_comment WHERE id IN (%1)").arg(marks.join(QLatin1Char(','))),
                      bound, nullptr))
            return;
    }
    transaction.commit();
}

} // namespace

Status SurveyRepository::addToWaveTotals(const QSqlDatabase &db, qint64 waveId, const ScoreMoments &moments)
{
    QSqlQuery q(db);
    QString error;
    if (!sql::run(q,
                  QStringLiteral("UPDATE survey_wave SET respondents = respondents + ?, score_sum = score_sum + ?,"
                                 " score_squares = score_squares + ?, unfavourable = unfavourable + ?,"
                                 " neutral = neutral + ?, favourable = favourable + ? WHERE id = ?"),
                  {moments.respondents, moments.sum, moments.sumSquares, moments.unfavourable, moments.neutral,
                   moments.favourable, waveId},
                  &error))
        return Status::failure(error);
    if (q.numRowsAffected() != 1)
        return Status::failure(Text::tr("There is no survey wave with id %1.").arg(waveId));
    if (moments.itemSums.empty())
        return {};
    if (!q.prepare(QStringLiteral("INSERT INTO survey_wave_item (wave_id, position, scored_sum) VALUES (?, ?, ?)"
                                  " ON CONFLICT (wave_id, position) DO UPDATE"
                                  " SET scored_sum = survey_wave_item.scored_sum + excluded.scored_sum")))
        return Status::failure(sql::describe(q.lastError()));
    for (size_t position = 0; position < moments.itemSums.size(); ++position) {
        q.addBindValue(waveId);
        q.addBindValue(int(position));
        q.addBindValue(qint64(std::llround(moments.itemSums[position]))); // sums of whole points
        if (!q.exec())
            return Status::failure(sql::describe(q.lastError()));
    }
    return {};
}

SurveyRepository::SurveyRepository(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

Status SurveyRepository::storeBuiltIns() const
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    QString error;
    if (!sql::run(q, QStringLiteral("SELECT count(*) FROM survey_instrument WHERE built_in = 1"), {}, &error) ||
        !q.next())
        return Status::failure(error);
    const int stored = q.value(0).toInt();
    q.finish();
    if (stored >= int(Instruments::builtIn().size()))
        return {};

    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    for (Instrument instrument : Instruments::builtIn()) {
        if (!sql::run(q, QStringLiteral("SELECT 1 FROM survey_instrument WHERE key = ? AND version = ?"),
                      {instrument.key, instrument.version}, &error))
            return Status::failure(error);
        const bool present = q.next();
        q.finish();
        if (present)
            continue;
        if (const Status status = insertInstrument(db, &instrument); !status)
            return status;
    }
    return transaction.commit();
}

QList<Instrument> SurveyRepository::instruments() const
{
    storeBuiltIns();
    QList<Instrument> result;
    QSqlQuery q(m_database.connection());
    Dialect::prepareForReading(q, m_database.connection());
    // The newest version of each key; built-ins first, then the custom ones by name.
    if (!sql::run(q,
                  QStringLiteral("SELECT id FROM survey_instrument i WHERE version ="
                                 " (SELECT max(version) FROM survey_instrument j WHERE j.key = i.key)"
                                 " ORDER BY built_in DESC, id"),
                  {}, nullptr))
        return result;
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    for (qint64 id : ids) {
        if (const Result<Instrument> instrument = this->instrument(id))
            result.append(*instrument);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Instrument &a, const Instrument &b) { return a.builtIn && !b.builtIn; });
    return result;
}

Result<Instrument> SurveyRepository::instrument(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("SELECT %1 FROM survey_instrument WHERE id = ?").arg(instrumentColumns), {id},
                  &error))
        return Result<Instrument>::failure(error);
    if (!q.next())
        return Result<Instrument>::failure(Text::tr("There is no survey instrument with id %1.").arg(id));
    Instrument instrument = instrumentFrom(q);
    q.finish();
    if (!sql::run(q,
                  QStringLiteral("SELECT construct, text, reversed FROM survey_item WHERE instrument_id = ?"
                                 " ORDER BY position"),
                  {id}, &error))
        return Result<Instrument>::failure(error);
    while (q.next())
        instrument.items.push_back(SurveyItem{q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()});
    return instrument;
}

Result<Instrument> SurveyRepository::latestInstrument(const QString &key) const
{
    if (const Status status = storeBuiltIns(); !status)
        return Result<Instrument>::failure(status.error());
    QSqlQuery q(m_database.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("SELECT id FROM survey_instrument WHERE key = ? ORDER BY version DESC LIMIT 1"),
                  {key}, &error))
        return Result<Instrument>::failure(error);
    if (!q.next()) {
        QStringList keys;
        for (const Instrument &known : instruments())
            keys.append(known.key);
        return Result<Instrument>::failure(Text::tr("There is no survey instrument “%1”. Known instruments: %2.")
                                               .arg(key, keys.join(QStringLiteral(", "))));
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return instrument(id);
}

Result<Instrument> SurveyRepository::saveCustomInstrument(const Instrument &proposed)
{
    Instrument instrument = proposed;
    instrument.name = instrument.name.trimmed();
    instrument.builtIn = false;
    instrument.hasTrend = false;
    if (instrument.name.isEmpty())
        return Result<Instrument>::failure(Text::tr("Give the instrument a name."));
    if (instrument.name.size() > Limits::NameLength || instrument.description.size() > Limits::NameLength)
        return Result<Instrument>::failure(Text::tr("An instrument's name and description hold up to %1 characters "
                                                    "each. Shorten them.")
                                               .arg(QLocale().toString(Limits::NameLength)));
    if (instrument.scalePoints < Instruments::MinScalePoints || instrument.scalePoints > Instruments::MaxScalePoints)
        return Result<Instrument>::failure(Text::tr("A scale has from %1 to %2 points.")
                                               .arg(Instruments::MinScalePoints)
                                               .arg(Instruments::MaxScalePoints));
    if (instrument.items.empty() || instrument.itemCount() > Instruments::MaxItems)
        return Result<Instrument>::failure(
            Text::tr("An instrument asks from 1 to %1 questions.").arg(Instruments::MaxItems));
    for (SurveyItem &item : instrument.items) {
        item.text = item.text.trimmed();
        item.construct = item.construct.trimmed();
        if (item.text.isEmpty())
            return Result<Instrument>::failure(Text::tr("Every question needs its text. Remove empty questions."));
        if (item.text.size() > Limits::TextLength || item.construct.size() > Limits::NameLength)
            return Result<Instrument>::failure(
                Text::tr("A question holds up to %1 characters, its construct up to %2. "
                         "Shorten them.")
                    .arg(QLocale().toString(Limits::TextLength), QLocale().toString(Limits::NameLength)));
    }
    if (instrument.key.isEmpty())
        instrument.key = Instruments::customKey(instrument.name);
    if (Instruments::isBuiltInKey(instrument.key))
        return Result<Instrument>::failure(Text::tr("The built-in instruments cannot be changed. Make a new one."));

    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return Result<Instrument>::failure(transaction.error());
    QSqlQuery q(db);
    QString error;
    if (!sql::run(q, QStringLiteral("SELECT id FROM survey_instrument WHERE key = ? ORDER BY version DESC LIMIT 1"),
                  {instrument.key}, &error))
        return Result<Instrument>::failure(error);
    if (q.next()) {
        const qint64 latestId = q.value(0).toLongLong();
        q.finish();
        const Result<Instrument> latest = this->instrument(latestId);
        if (!latest)
            return latest;
        if (proposed.key.isEmpty()) // a new instrument whose name makes an existing key
            return Result<Instrument>::failure(
                Text::tr("There is already an instrument called “%1”. Choose another name.").arg(latest->name));
        if (latest->scalePoints != instrument.scalePoints)
            return Result<Instrument>::failure(
                Text::tr("“%1” has a %2-point scale; answers on another scale cannot share its trend. Make a new "
                         "instrument instead.")
                    .arg(latest->name)
                    .arg(latest->scalePoints));
        if (sameContent(*latest, instrument))
            return latest;
        instrument.version = latest->version + 1;
    } else {
        q.finish();
        instrument.version = 1;
    }
    // Two instruments of one name could not be told apart in a list, a chart or an export.
    const auto sameName = [&instrument](const QString &name) {
        return QString::compare(name.simplified(), instrument.name.simplified(), Qt::CaseInsensitive) == 0;
    };
    bool taken = std::any_of(Instruments::builtIn().begin(), Instruments::builtIn().end(),
                             [&sameName](const Instrument &builtIn) {
                                 return sameName(builtIn.name) || sameName(Instruments::displayName(builtIn));
                             });
    if (!sql::run(q,
                  QStringLiteral("SELECT name FROM survey_instrument i WHERE key <> ? AND version ="
                                 " (SELECT max(version) FROM survey_instrument j WHERE j.key = i.key)"),
                  {instrument.key}, &error))
        return Result<Instrument>::failure(error);
    while (q.next())
        taken = taken || sameName(q.value(0).toString());
    if (taken)
        return Result<Instrument>::failure(
            Text::tr("There is already an instrument called “%1”. Choose another name.").arg(instrument.name));
    if (const Status status = insertInstrument(db, &instrument); !status)
        return Result<Instrument>::failure(status.error());
    if (const Status status = transaction.commit(); !status)
        return Result<Instrument>::failure(status.error());
    emit instrumentsChanged();
    return instrument;
}

QList<SurveyWaveRow> SurveyRepository::waves(qint64 teamId) const
{
    QList<SurveyWaveRow> result;
    QSqlQuery q(m_database.connection());
    Dialect::prepareForReading(q, m_database.connection());
    const QString from = QStringLiteral(" FROM survey_wave w JOIN team t ON t.id = w.team_id"
                                        " JOIN survey_instrument i ON i.id = w.instrument_id");
    const bool ok =
        teamId > 0
            ? sql::run(q,
                       QStringLiteral("SELECT %1%2 WHERE w.team_id = ? ORDER BY w.opens_on DESC, w.id DESC")
                           .arg(waveColumns, from),
                       {teamId}, nullptr)
            : sql::run(q, QStringLiteral("SELECT %1%2 ORDER BY w.opens_on DESC, w.id DESC").arg(waveColumns, from), {},
                       nullptr);
    if (ok) {
        while (q.next())
            result.append(waveFrom(q));
    }
    return result;
}

QString SurveyRepository::newestWaveInstrumentKey(const QString &instrumentKey) const
{
    QSqlQuery q(m_database.connection());
    const QString from =
        QStringLiteral("SELECT i.key FROM survey_wave w JOIN survey_instrument i ON i.id = w.instrument_id");
    // Of one instrument, any wave will do (the key is the answer); of all, the newest day first found on the
    // small (team, day) index, then the newest wave of that day, as waves() orders them.
    const bool found =
        instrumentKey.isEmpty()
            ? sql::run(q,
                       from + QStringLiteral(" WHERE w.opens_on = (SELECT MAX(opens_on) FROM survey_wave)"
                                             " ORDER BY w.id DESC LIMIT 1"),
                       {}, nullptr)
            : sql::run(q, from + QStringLiteral(" WHERE i.key = ? LIMIT 1"), {instrumentKey}, nullptr);
    return found && q.next() ? q.value(0).toString() : QString();
}

int SurveyRepository::waveCount() const
{
    QSqlQuery q(m_database.connection());
    if (sql::run(q, QStringLiteral("SELECT count(*) FROM survey_wave"), {}, nullptr) && q.next())
        return q.value(0).toInt();
    return 0;
}

const QString &SurveyRepository::databasePath() const
{
    return m_database.path();
}

Result<SurveyWaveRow> SurveyRepository::wave(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("SELECT %1 FROM survey_wave w JOIN team t ON t.id = w.team_id"
                                 " JOIN survey_instrument i ON i.id = w.instrument_id WHERE w.id = ?")
                      .arg(waveColumns),
                  {id}, &error))
        return Result<SurveyWaveRow>::failure(error);
    if (!q.next())
        return Result<SurveyWaveRow>::failure(Text::tr("There is no survey wave with id %1.").arg(id));
    return waveFrom(q);
}

Result<qint64> SurveyRepository::createWave(const SurveyWave &wave, const QString &instrumentKey)
{
    if (!wave.opens.isValid())
        return Result<qint64>::failure(Text::tr("Give the day the wave opens."));
    if (wave.closes.isValid() && wave.closes < wave.opens)
        return Result<qint64>::failure(Text::tr("The wave closes before it opens. Choose a later closing day."));
    if (!AnonymityPolicy::isValidK(wave.k))
        return Result<qint64>::failure(Text::tr("The anonymity threshold must be from %1 to %2 responses.")
                                           .arg(AnonymityPolicy::MinimumK)
                                           .arg(AnonymityPolicy::MaximumK));
    if (!AnonymityPolicy::isValidCommentK(wave.k, wave.commentK))
        return Result<qint64>::failure(
            Text::tr("The comment threshold must be at least the anonymity threshold (%1) and at most %2.")
                .arg(wave.k)
                .arg(AnonymityPolicy::MaximumCommentK));
    if (wave.invited < 0)
        return Result<qint64>::failure(Text::tr("The number of people invited cannot be negative."));
    if (wave.title.size() > Limits::NameLength)
        return Result<qint64>::failure(Text::tr("A wave's title holds up to %1 characters. Shorten it.")
                                           .arg(QLocale().toString(Limits::NameLength)));

    const Result<Instrument> instrument = latestInstrument(instrumentKey);
    if (!instrument)
        return Result<qint64>::failure(instrument.error());

    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return Result<qint64>::failure(transaction.error());
    QSqlQuery q(db);
    QString error;
    if (!sql::run(q, QStringLiteral("SELECT 1 FROM team WHERE id = ?"), {wave.teamId}, &error))
        return Result<qint64>::failure(error);
    if (!q.next())
        return Result<qint64>::failure(Text::tr("There is no team with id %1.").arg(wave.teamId));
    q.finish();
    const qint64 id =
        sql::insertReturningId(q,
                               QStringLiteral("INSERT INTO survey_wave (team_id, instrument_id, title, opens_on,"
                                              " closes_on, invited, k, comment_k) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                               {wave.teamId, instrument->id, wave.title.trimmed(), sql::fromDate(wave.opens),
                                sql::fromDate(wave.closes), wave.invited, wave.k, wave.commentK},
                               &error);
    if (id == 0)
        return Result<qint64>::failure(error);
    if (const Status status = transaction.commit(); !status)
        return Result<qint64>::failure(status.error());
    emit wavesChanged();
    return id;
}

Status SurveyRepository::removeWave(qint64 id)
{
    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    QSqlQuery q(db);
    QString error;
    // Answers and comments go by cascade.
    if (!sql::run(q, QStringLiteral("DELETE FROM survey_wave WHERE id = ?"), {id}, &error))
        return Status::failure(error);
    if (q.numRowsAffected() == 0)
        return Status::failure(Text::tr("There is no survey wave with id %1.").arg(id));
    if (const Status status = transaction.commit(); !status)
        return status;
    emit wavesChanged();
    return {};
}

Status SurveyRepository::submitResponse(qint64 waveId, const SurveyAnswers &answers)
{
    return importResponses(waveId, {answers});
}

Status SurveyRepository::importResponses(qint64 waveId, const std::vector<SurveyAnswers> &responses)
{
    const Result<SurveyWaveRow> row = wave(waveId);
    if (!row)
        return Status::failure(row.error());
    const Result<Instrument> instrument = this->instrument(row->wave.instrumentId);
    if (!instrument)
        return Status::failure(instrument.error());
    for (size_t i = 0; i < responses.size(); ++i) {
        if (const Status status = checkAnswers(*instrument, responses[i]); !status)
            return responses.size() == 1 ? status
                                         : Status::failure(Text::tr("Response %1: %2").arg(i + 1).arg(status.error()));
    }

    // The comments, trimmed and shuffled: rows are stored in the order they are written (on the server that order
    // stays visible), and the n-th comment must not point to the n-th response.
    QStringList texts;
    for (const SurveyAnswers &answers : responses) {
        if (const QString text = answers.comment.trimmed(); !text.isEmpty())
            texts.append(text);
    }
    std::shuffle(texts.begin(), texts.end(), std::mt19937(QRandomGenerator::global()->generate()));
    QList<qint64> commentIds;
    for (qsizetype i = 0; i < texts.size(); ++i)
        commentIds.append(randomId());

    const QSqlDatabase db = m_database.connection();
    // On PostgreSQL every row carries the id of the transaction that wrote it (the system column xmin), which
    // anyone who may read the tables can see: comments written in their responses' transaction could be paired
    // with those responses, which must never be possible. So on the server the comments go in a transaction of
    // their own, committed first; if the responses then fail, the comments are removed again, and the import stays
    // all or nothing. SQLite keeps no such trace: there everything is one transaction.
    const bool commentsApart = Dialect::isServer(db) && !texts.isEmpty();
    if (commentsApart) {
        WriteTransaction transaction(db);
        if (!transaction.isActive())
            return Status::failure(transaction.error());
        if (const Status status = insertComments(db, waveId, texts, commentIds); !status)
            return status;
        if (const Status status = transaction.commit(); !status)
            return status;
    }
    const Status written = [&]() -> Status {
        WriteTransaction transaction(db);
        if (!transaction.isActive())
            return Status::failure(transaction.error());
        QSqlQuery response(db);
        QSqlQuery answer(db);
        response.prepare(QStringLiteral("INSERT INTO survey_response (id, wave_id, score, unfavourable, neutral,"
                                        " favourable) VALUES (?, ?, ?, ?, ?, ?)"));
        answer.prepare(
            QStringLiteral("INSERT INTO survey_answer (response_id, position, value, trend) VALUES (?, ?, ?, ?)"));
        const QVariant noTrend{QMetaType(QMetaType::Int)};
        ScoreMoments total;
        for (const SurveyAnswers &answers : responses) {
            const ScoreMoments moments = scoring::moments(*instrument, answers.values);
            total.add(moments);
            const qint64 id = randomId();
            response.addBindValue(id);
            response.addBindValue(waveId);
            response.addBindValue(moments.sum); // one respondent: the scale score
            response.addBindValue(moments.unfavourable);
            response.addBindValue(moments.neutral);
            response.addBindValue(moments.favourable);
            if (!response.exec())
                return Status::failure(sql::describe(response.lastError()));
            for (size_t i = 0; i < answers.values.size(); ++i) {
                answer.addBindValue(id);
                answer.addBindValue(int(i));
                answer.addBindValue(answers.values[i]);
                answer.addBindValue(answers.trends.empty() ? noTrend : QVariant(answers.trends[i]));
                if (!answer.exec())
                    return Status::failure(sql::describe(answer.lastError()));
            }
        }
        if (const Status status = addToWaveTotals(db, waveId, total); !status)
            return status;
        if (!commentsApart) {
            if (const Status status = insertComments(db, waveId, texts, commentIds); !status)
                return status;
        }
        return transaction.commit();
    }();
    if (!written) {
        if (commentsApart)
            removeComments(db, commentIds);
        return written;
    }
    emit responsesChanged(waveId);
    return {};
}

std::vector<WaveMoments> SurveyRepository::waveMoments(const QString &instrumentKey, bool withItems) const
{
    std::vector<WaveMoments> result;
    const QSqlDatabase db = m_database.connection();
    // The waves' running totals: one row per wave, however many responses (aggregating the responses here took
    // most of the time of a trend over years of a large organisation). Waves without responses are listed too:
    // an empty wave is a figure the policy must withhold, not skip. SqlRows, because this read is the bulk of
    // `trends --all`.
    const QString statement =
        QStringLiteral("SELECT w.id, w.team_id, i.key, i.scale_points, w.opens_on, w.k, w.comment_k, w.invited,"
                       " w.respondents, w.score_sum, w.score_squares, w.unfavourable, w.neutral, w.favourable,"
                       " w.instrument_id FROM survey_wave w JOIN survey_instrument i ON i.id = w.instrument_id"
                       "%1 ORDER BY w.id");
    SqlRows rows(db,
                 instrumentKey.isEmpty() ? statement.arg(QString()) : statement.arg(QStringLiteral(" WHERE i.key = ?")),
                 instrumentKey.isEmpty() ? QVariantList() : QVariantList{instrumentKey});
    // Instrument keys repeat on every row: one shared string per instrument.
    QHash<qint64, QString> keys;
    while (rows.next()) {
        WaveMoments wave;
        wave.waveId = rows.integer(0);
        wave.teamId = rows.integer(1);
        const qint64 instrumentId = rows.integer(14);
        auto known = keys.constFind(instrumentId);
        if (known == keys.constEnd())
            known = keys.insert(instrumentId, rows.text(2));
        wave.instrumentKey = *known;
        wave.scalePoints = int(rows.integer(3));
        wave.opens = rows.date(4);
        wave.k = int(rows.integer(5));
        wave.commentK = int(rows.integer(6));
        wave.invited = int(rows.integer(7));
        wave.moments.respondents = int(rows.integer(8));
        wave.moments.sum = rows.real(9);
        wave.moments.sumSquares = rows.real(10);
        wave.moments.unfavourable = rows.integer(11);
        wave.moments.neutral = rows.integer(12);
        wave.moments.favourable = rows.integer(13);
        result.push_back(std::move(wave));
    }
    if (!rows.ok())
        return {};
    if (!withItems || result.empty())
        return result;

    // Per-item sums of reverse-scored values: the waves' running totals again, not every answer.
    std::unordered_map<qint64, size_t> index;
    for (size_t i = 0; i < result.size(); ++i)
        index.emplace(result[i].waveId, i);
    SqlRows items(db,
                  instrumentKey.isEmpty()
                      ? QStringLiteral("SELECT wave_id, position, scored_sum FROM survey_wave_item")
                      : QStringLiteral("SELECT s.wave_id, s.position, s.scored_sum FROM survey_wave_item s"
                                       " JOIN survey_wave w ON w.id = s.wave_id"
                                       " JOIN survey_instrument i ON i.id = w.instrument_id WHERE i.key = ?"),
                  instrumentKey.isEmpty() ? QVariantList() : QVariantList{instrumentKey});
    while (items.next()) {
        const auto found = index.find(items.integer(0));
        if (found == index.end())
            continue;
        std::vector<double> &sums = result[found->second].moments.itemSums;
        const int position = int(items.integer(1));
        if (position < 0)
            continue;
        if (position >= int(sums.size()))
            sums.resize(size_t(position) + 1, 0.0);
        sums[size_t(position)] = items.real(2);
    }
    return result;
}

std::vector<TeamNode> SurveyRepository::teamNodes() const
{
    std::vector<TeamNode> result;
    QSqlQuery q(m_database.connection());
    Dialect::prepareForReading(q, m_database.connection());
    if (sql::run(q, QStringLiteral("SELECT id, parent_id, name FROM team ORDER BY id"), {}, nullptr)) {
        while (q.next())
            result.push_back(TeamNode{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});
    }
    return result;
}

std::vector<std::vector<int>> SurveyRepository::answers(qint64 waveId) const
{
    std::vector<std::vector<int>> result;
    QSqlQuery q(m_database.connection());
    Dialect::prepareForReading(q, m_database.connection());
    if (!sql::run(q,
                  QStringLiteral("SELECT a.response_id, a.value FROM survey_answer a"
                                 " JOIN survey_response r ON r.id = a.response_id WHERE r.wave_id = ?"
                                 " ORDER BY a.response_id, a.position"),
                  {waveId}, nullptr))
        return result;
    qint64 current = 0;
    while (q.next()) {
        const qint64 response = q.value(0).toLongLong();
        if (result.empty() || response != current) {
            result.emplace_back();
            current = response;
        }
        result.back().push_back(q.value(1).toInt());
    }
    std::shuffle(result.begin(), result.end(), std::mt19937(QRandomGenerator::global()->generate()));
    return result;
}

QStringList SurveyRepository::comments(qint64 waveId) const
{
    QStringList result;
    QSqlQuery q(m_database.connection());
    Dialect::prepareForReading(q, m_database.connection());
    if (sql::run(q, QStringLiteral("SELECT text FROM survey_comment WHERE wave_id = ?"), {waveId}, nullptr)) {
        while (q.next())
            result.append(q.value(0).toString());
    }
    std::shuffle(result.begin(), result.end(), std::mt19937(QRandomGenerator::global()->generate()));
    return result;
}

int SurveyRepository::responseCount(qint64 waveId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::run(q, QStringLiteral("SELECT respondents FROM survey_wave WHERE id = ?"), {waveId}, nullptr) ||
        !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace candor
