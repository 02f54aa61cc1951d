#include "Instruments.h"

#include <QLocale>
#include <QRegularExpression>

namespace candor {

namespace {

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
    if (scalePoints == 7) {
        switch (value) {
        case 1:
            return tr("Strongly disagree");
        case 2:
            return tr("Disagree");
        case 3:
            return tr("Somewhat disagree");
        case 4:
            return tr("Neither agree nor disagree");
        case 5:
            return tr("Somewhat agree");
        case 6:
            return tr("Agree");
        case 7:
            return tr("Strongly agree");
        default:
            break;
        }
    } else if (scalePoints == 5) {
        switch (value) {
        case 1:
            return tr("Strongly disagree");
        case 2:
            return tr("Disagree");
        case 3:
            return tr("Neither agree nor disagree");
        case 4:
            return tr("Agree");
        case 5:
            return tr("Strongly agree");
        default:
            break;
        }
    } else if (scalePoints == 3) {
        switch (value) {
        case 1:
            return tr("Needs attention");
        case 2:
            return tr("Some concerns");
        case 3:
            return tr("Going well");
        default:
            break;
        }
    }
    const QString number = QLocale().toString(value);
    if (value == 1)
        return tr("%1 (disagree)").arg(number);
    if (value == scalePoints)
        return tr("%1 (agree)").arg(number);
    return number;
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

const QStringList &Instruments::englishAgreementLabels()
{
    static const QStringList labels = {
        QStringLiteral("strongly disagree"), QStringLiteral("disagree"),
        QStringLiteral("somewhat disagree"), QStringLiteral("neither agree nor disagree"),
        QStringLiteral("somewhat agree"),    QStringLiteral("agree"),
        QStringLiteral("strongly agree"),
    };
    return labels;
}

int Instruments::parseAnswer(const QString &cell, int scalePoints)
{
    const QString text = cell.simplified();
    bool isNumber = false;
    const int number = text.toInt(&isNumber);
    if (isNumber)
        return number >= 1 && number <= scalePoints ? number : 0;
    if (scalePoints == 7) {
        const int index = englishAgreementLabels().indexOf(text.toLower());
        if (index >= 0)
            return index + 1;
    }
    return 0;
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
