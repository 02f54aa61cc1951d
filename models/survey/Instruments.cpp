#include "Instruments.h"

#include "Translations.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

namespace candor {

namespace {

// The words of the scales that have them, 1..points (the others show numbers). One table for the labels shown and
// for the labels a CSV file may hold.
const QList<const char *> &scaleWords(int scalePoints)
{
    static const QList<const char *> seven = {QT_TRANSLATE_NOOP("Instruments", "Strongly disagree"),
                                              QT_TRANSLATE_NOOP("Instruments", "Disagree"),
                                              QT_TRANSLATE_NOOP("Instruments", "Somewhat disagree"),
                                              QT_TRANSLATE_NOOP("Instruments", "Neither agree nor disagree"),
                                              QT_TRANSLATE_NOOP("Instruments", "Somewhat agree"),
                                              QT_TRANSLATE_NOOP("Instruments", "Agree"),
                                              QT_TRANSLATE_NOOP("Instruments", "Strongly agree")};
    static const QList<const char *> five = {
        QT_TRANSLATE_NOOP("Instruments", "Strongly disagree"), QT_TRANSLATE_NOOP("Instruments", "Disagree"),
        QT_TRANSLATE_NOOP("Instruments", "Neither agree nor disagree"), QT_TRANSLATE_NOOP("Instruments", "Agree"),
        QT_TRANSLATE_NOOP("Instruments", "Strongly agree")};
    static const QList<const char *> three = {QT_TRANSLATE_NOOP("Instruments", "Needs attention"),
                                              QT_TRANSLATE_NOOP("Instruments", "Some concerns"),
                                              QT_TRANSLATE_NOOP("Instruments", "Going well")};
    static const QList<const char *> none;
    switch (scalePoints) {
    case 7:
        return seven;
    case 5:
        return five;
    case 3:
        return three;
    default:
        return none;
    }
}

// A label as compared: case and spacing ignored, typographic apostrophes as plain ones.
QString foldedLabel(const QString &text)
{
    QString folded = text.simplified().toCaseFolded();
    folded.replace(QChar(0x2019), QLatin1Char('\''));
    return folded;
}

// Label -> value for a scale, in English and in every language Candor is translated into, whatever language it
// speaks now: a form made in French can be imported by someone working in English. Built once, from the same
// translation files the windows use.
QHash<QString, int> scaleWordValues(int scalePoints)
{
    static const QHash<int, QHash<QString, int>> all = []() {
        QList<QTranslator *> translators;
        for (const Languages::Language &language : Languages::available()) {
            auto *translator = new QTranslator;
            if (translator->load(QStringLiteral(":/i18n/candor_%1.qm").arg(language.code)))
                translators.append(translator);
            else
                delete translator;
        }
        QHash<int, QHash<QString, int>> values;
        for (const int points : {3, 5, 7}) {
            const QList<const char *> &words = scaleWords(points);
            for (int i = 0; i < words.size(); ++i) {
                values[points].insert(foldedLabel(QString::fromUtf8(words.at(i))), i + 1);
                for (const QTranslator *translator : std::as_const(translators)) {
                    const QString translated = translator->translate("Instruments", words.at(i));
                    if (!translated.isEmpty())
                        values[points].insert(foldedLabel(translated), i + 1);
                }
            }
        }
        qDeleteAll(translators);
        return values;
    }();
    return all.value(scalePoints);
}

// Built-in text is stored in the database as this English source and translated when shown, so a wave keeps
// pointing at the question as it was asked whatever the language of the screen.
const char *const context = "Instruments";

SurveyItem item(const char *construct, const char *text, bool reversed = false)
{
    return SurveyItem{QString::fromUtf8(construct), QString::fromUtf8(text), reversed};
}

std::vector<Instrument> makeBuiltIns()
{
    std::vector<Instrument> all;

    Instrument safety;
    safety.key = QStringLiteral("psych-safety");
    safety.name = QString::fromUtf8(QT_TRANSLATE_NOOP("Instruments", "Team psychological safety"));
    safety.description = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "Instruments", "How safe it feels to take interpersonal risks on this team: to speak up, ask, admit and try."));
    safety.scalePoints = 7;
    safety.builtIn = true;
    safety.items = {
        item(QT_TRANSLATE_NOOP("Instruments", "Mistakes held against you"),
             QT_TRANSLATE_NOOP("Instruments",
                               "When someone on this team gets something wrong, it tends to be remembered against "
                               "them."),
             true),
        item(QT_TRANSLATE_NOOP("Instruments", "Raising problems"),
             QT_TRANSLATE_NOOP("Instruments", "On this team we can raise problems and hard topics openly.")),
        item(QT_TRANSLATE_NOOP("Instruments", "Being different"),
             QT_TRANSLATE_NOOP("Instruments", "People here are sometimes pushed aside for being different."), true),
        item(QT_TRANSLATE_NOOP("Instruments", "Taking risks"),
             QT_TRANSLATE_NOOP("Instruments", "It feels safe to try something risky on this team.")),
        item(QT_TRANSLATE_NOOP("Instruments", "Asking for help"),
             QT_TRANSLATE_NOOP("Instruments", "Asking colleagues on this team for help is difficult."), true),
        item(QT_TRANSLATE_NOOP("Instruments", "No undermining"),
             QT_TRANSLATE_NOOP("Instruments", "Nobody on this team would knowingly work against my efforts.")),
        item(QT_TRANSLATE_NOOP("Instruments", "Skills valued"),
             QT_TRANSLATE_NOOP("Instruments", "My particular skills and talents are valued and put to use here.")),
    };
    all.push_back(safety);

    Instrument westrum;
    westrum.key = QStringLiteral("westrum");
    westrum.name = QString::fromUtf8(QT_TRANSLATE_NOOP("Instruments", "Team culture (Westrum)"));
    westrum.description = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "Instruments", "How information flows on the team, from power-oriented through rule-oriented to generative."));
    westrum.scalePoints = 7;
    westrum.builtIn = true;
    westrum.items = {
        item(QT_TRANSLATE_NOOP("Instruments", "Cooperation"),
             QT_TRANSLATE_NOOP("Instruments", "People on my team work together readily to get things done.")),
        item(QT_TRANSLATE_NOOP("Instruments", "Messengers"),
             QT_TRANSLATE_NOOP("Instruments", "Whoever brings bad news is thanked for it, not blamed.")),
        item(QT_TRANSLATE_NOOP("Instruments", "Shared risks"),
             QT_TRANSLATE_NOOP("Instruments", "When we take on a risk, we carry it together.")),
        item(QT_TRANSLATE_NOOP("Instruments", "Bridging"),
             QT_TRANSLATE_NOOP("Instruments", "Working with other teams is encouraged and recognised.")),
        item(QT_TRANSLATE_NOOP("Instruments", "Failure leads to inquiry"),
             QT_TRANSLATE_NOOP("Instruments", "When something fails, we look into why rather than for whom.")),
        item(QT_TRANSLATE_NOOP("Instruments", "New ideas"),
             QT_TRANSLATE_NOOP("Instruments", "Fresh ideas are given a fair hearing here.")),
    };
    all.push_back(westrum);

    Instrument health;
    health.key = QStringLiteral("health-check");
    health.name = QString::fromUtf8(QT_TRANSLATE_NOOP("Instruments", "Team health check"));
    health.description = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "Instruments", "A traffic-light check of ten sides of team life, each with the direction it is heading."));
    health.scalePoints = 3;
    health.hasTrend = true;
    health.builtIn = true;
    health.items = {
        item(QT_TRANSLATE_NOOP("Instruments", "Ease of release"),
             QT_TRANSLATE_NOOP("Instruments", "Shipping a change is easy, safe and mostly automatic.")),
        item(QT_TRANSLATE_NOOP("Instruments", "Process"),
             QT_TRANSLATE_NOOP("Instruments", "The way we work suits us.")),
        item(QT_TRANSLATE_NOOP("Instruments", "Code health"),
             QT_TRANSLATE_NOOP("Instruments", "Our code is in good shape and pleasant to work with.")),
        item(QT_TRANSLATE_NOOP("Instruments", "Value"),
             QT_TRANSLATE_NOOP("Instruments", "What we build matters to the people who use it.")),
        item(QT_TRANSLATE_NOOP("Instruments", "Speed"),
             QT_TRANSLATE_NOOP("Instruments", "We get things done quickly, without long waits.")),
        item(QT_TRANSLATE_NOOP("Instruments", "Mission"),
             QT_TRANSLATE_NOOP("Instruments", "We know why our team exists, and that drives us.")),
        item(QT_TRANSLATE_NOOP("Instruments", "Fun"), QT_TRANSLATE_NOOP("Instruments", "We enjoy working together.")),
        item(QT_TRANSLATE_NOOP("Instruments", "Learning"),
             QT_TRANSLATE_NOOP("Instruments", "We keep learning new things as we work.")),
        item(QT_TRANSLATE_NOOP("Instruments", "Support"),
             QT_TRANSLATE_NOOP("Instruments", "When we ask for help, we get it quickly.")),
        item(QT_TRANSLATE_NOOP("Instruments", "Ownership"),
             QT_TRANSLATE_NOOP("Instruments", "We decide what we build and how we build it.")),
    };
    all.push_back(health);
    return all;
}

QString translated(const Instrument &instrument, const QString &text)
{
    if (!instrument.builtIn || text.isEmpty())
        return text;
    return QCoreApplication::translate(context, text.toUtf8().constData());
}

} // namespace

const std::vector<Instrument> &Instruments::builtIn()
{
    static const std::vector<Instrument> all = makeBuiltIns();
    return all;
}

std::optional<Instrument> Instruments::builtInByKey(const QString &key)
{
    for (const Instrument &instrument : builtIn()) {
        if (instrument.key == key)
            return instrument;
    }
    return std::nullopt;
}

bool Instruments::isBuiltInKey(const QString &key)
{
    return builtInByKey(key).has_value();
}

QString Instruments::displayName(const Instrument &instrument)
{
    return translated(instrument, instrument.name);
}

QString Instruments::displayDescription(const Instrument &instrument)
{
    return translated(instrument, instrument.description);
}

QString Instruments::displayText(const Instrument &instrument, const SurveyItem &item)
{
    return translated(instrument, item.text);
}

QString Instruments::displayConstruct(const Instrument &instrument, const SurveyItem &item)
{
    return translated(instrument, item.construct);
}

QString Instruments::scaleLabel(int scalePoints, int value)
{
    const QList<const char *> &labels = scaleWords(scalePoints);
    if (value >= 1 && value <= labels.size())
        return tr(labels.at(value - 1));
    const QString number = QLocale().toString(value);
    if (value == 1)
        return tr("%1 (disagree)").arg(number);
    if (value == scalePoints)
        return tr("%1 (agree)").arg(number);
    return number;
}

bool Instruments::hasScaleWords(int scalePoints)
{
    return !scaleWords(scalePoints).isEmpty();
}

QString Instruments::trendLabel(SurveyTrend trend)
{
    switch (trend) {
    case SurveyTrend::Worse:
        return tr("Getting worse");
    case SurveyTrend::Same:
        return tr("Staying the same");
    case SurveyTrend::Better:
        return tr("Getting better");
    }
    return {};
}

int Instruments::parseAnswer(const QString &cell, int scalePoints)
{
    const QString text = cell.simplified();
    bool isNumber = false;
    const int number = text.toInt(&isNumber);
    if (isNumber)
        return number >= 1 && number <= scalePoints ? number : 0;
    return scaleWordValues(scalePoints).value(foldedLabel(text), 0);
}

QString Instruments::customKey(const QString &name)
{
    static const QRegularExpression notAllowed(QStringLiteral("[^a-z0-9]+"));
    QString slug = name.normalized(QString::NormalizationForm_KD).toLower();
    slug.replace(notAllowed, QStringLiteral("-"));
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    if (slug.isEmpty())
        slug = QStringLiteral("instrument");
    return QStringLiteral("custom-") + slug.left(40);
}

} // namespace candor
