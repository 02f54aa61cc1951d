#include "WaveDialog.h"

#include "common/TeamComboBox.h"
#include "common/Theme.h"
#include "domain/Validation.h"
#include "item/TeamTreeModel.h"
#include "storage/SurveyRepository.h"
#include "survey/AnonymityPolicy.h"
#include "survey/Instruments.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

namespace candor {

namespace {

QDateEdit *makeDateEdit(const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}

constexpr int MaximumInvited = 100000;
constexpr int DescriptionRole = Qt::UserRole + 1; // the instrument's description and size, shown below it

} // namespace

WaveDialog::WaveDialog(SurveyRepository &surveys, const TeamTreeModel &teams, qint64 teamId, const QDate &today,
                       QWidget *parent)
    : EditDialog(parent)
    , m_surveys(surveys)
    , m_team(new TeamComboBox(this))
    , m_instrument(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_opens(makeDateEdit(today, this))
    , m_hasClose(new QCheckBox(tr("Closes on"), this))
    , m_closes(makeDateEdit(today.addDays(14), this))
    , m_invited(new QSpinBox(this))
    , m_k(new QSpinBox(this))
    , m_commentK(new QSpinBox(this))
{
    setObjectName(QStringLiteral("waveDialog"));
    setWindowTitle(tr("New survey wave"));

    m_team->setObjectName(QStringLiteral("waveTeamCombo"));
    m_team->setAccessibleName(tr("Team"));
    m_team->populate(teams, tr("Choose a team…"));
    m_team->chooseTeam(teamId);

    m_instrument->setObjectName(QStringLiteral("waveInstrumentCombo"));
    m_instrument->setAccessibleName(tr("Instrument"));
    fillInstruments();
    m_description->setObjectName(QStringLiteral("waveInstrumentDescription"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    Theme::tint(m_description, Theme::Tint::Quiet);
    connect(m_instrument, &QComboBox::currentIndexChanged, this, &WaveDialog::showDescription);
    showDescription();

    m_title->setObjectName(QStringLiteral("waveTitleEdit"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setMaxLength(Limits::NameLength);
    m_title->setPlaceholderText(tr("Optional, for example: Q3 pulse"));

    m_opens->setObjectName(QStringLiteral("waveOpensEdit"));
    m_opens->setAccessibleName(tr("Opens on"));
    m_hasClose->setObjectName(QStringLiteral("waveHasCloseCheck"));
    m_hasClose->setAccessibleName(tr("The wave has a closing day"));
    m_closes->setObjectName(QStringLiteral("waveClosesEdit"));
    m_closes->setAccessibleName(tr("Closes on"));
    m_closes->setEnabled(false);
    connect(m_hasClose, &QCheckBox::toggled, m_closes, &QWidget::setEnabled);
    auto *closes = new QWidget(this);
    auto *closesLayout = new QHBoxLayout(closes);
    closesLayout->setContentsMargins(0, 0, 0, 0);
    closesLayout->addWidget(m_hasClose);
    closesLayout->addWidget(m_closes, 1);
    closes->setFocusProxy(m_hasClose);

    m_invited->setObjectName(QStringLiteral("waveInvitedSpin"));
    m_invited->setAccessibleName(tr("People invited"));
    m_invited->setRange(0, MaximumInvited);
    m_invited->setSpecialValueText(tr("Not known"));
    m_invited->setToolTip(tr("How many people were asked to answer. The response rate is shown only when at least k "
                             "people were invited."));

    m_k->setObjectName(QStringLiteral("waveKSpin"));
    m_k->setAccessibleName(tr("Anonymity threshold k"));
    m_k->setRange(AnonymityPolicy::MinimumK, AnonymityPolicy::MaximumK);
    m_k->setValue(AnonymityPolicy::DefaultK);
    m_k->setSuffix(tr(" responses", "after the anonymity threshold's number"));
    m_commentK->setObjectName(QStringLiteral("waveCommentKSpin"));
    m_commentK->setAccessibleName(tr("Comment threshold"));
    m_commentK->setRange(m_k->value(), AnonymityPolicy::MaximumCommentK);
    m_commentK->setValue(m_k->value());
    m_commentK->setSuffix(m_k->suffix());
    // The comment threshold follows k until the person chooses one of their own, and is never below it.
    connect(m_k, &QSpinBox::valueChanged, this, [this](int k) {
        m_commentK->setMinimum(k);
        if (!m_commentKChosen)
            m_commentK->setValue(k);
    });
    connect(m_commentK, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_commentK->hasFocus())
            m_commentKChosen = value != m_k->value();
    });

    addField(QStringLiteral("team"), tr("T&eam:"), m_team);
    addField(QStringLiteral("instrument"), tr("&Instrument:"), m_instrument);
    form()->addRow(QString(), m_description);
    addField(QStringLiteral("title"), tr("&Title:"), m_title);
    addField(QStringLiteral("opens"), tr("&Opens:"), m_opens);
    addField(QStringLiteral("closes"), tr("C&loses:"), closes);
    addField(QStringLiteral("invited"), tr("In&vited:"), m_invited);
    addField(QStringLiteral("k"), tr("&Anonymity threshold:"), m_k);
    addField(QStringLiteral("commentK"), tr("Co&mment threshold:"), m_commentK);
    auto *frozen =
        new QLabel(tr("No figure of this wave is shown until at least k people have answered, and no comment "
                      "until the comment threshold is reached. Both are frozen when the wave opens and "
                      "shown to every respondent before they answer, so they cannot be changed later."),
                   this);
    frozen->setObjectName(QStringLiteral("waveFrozenNote"));
    frozen->setWordWrap(true);
    form()->addRow(QString(), frozen);
}

void WaveDialog::fillInstruments()
{
    for (const Instrument &instrument : m_surveys.instruments()) {
        const QString name = Instruments::displayName(instrument);
        const QString text =
            instrument.builtIn ? name : tr("%1 (custom, version %2)").arg(name, QLocale().toString(instrument.version));
        const QString description = Instruments::displayDescription(instrument);
        const QString about = tr("%n question(s) on a %1-point scale.", nullptr, instrument.itemCount())
                                  .arg(QLocale().toString(instrument.scalePoints));
        m_instrument->addItem(text, instrument.key);
        const int index = m_instrument->count() - 1;
        m_instrument->setItemData(index, description, Qt::ToolTipRole);
        m_instrument->setItemData(index, description.isEmpty() ? about : description + QLatin1Char(' ') + about,
                                  DescriptionRole);
    }
}

void WaveDialog::showDescription()
{
    const QString text = m_instrument->currentData(DescriptionRole).toString();
    m_description->setText(text);
    m_description->setVisible(!text.isEmpty());
}

QString WaveDialog::instrumentKey() const
{
    return m_instrument->currentData().toString();
}

SurveyWave WaveDialog::wave() const
{
    SurveyWave w;
    w.teamId = m_team->currentTeamId();
    w.title = m_title->text().trimmed();
    w.opens = m_opens->date();
    if (m_hasClose->isChecked())
        w.closes = m_closes->date();
    w.invited = m_invited->value();
    w.k = m_k->value();
    w.commentK = m_commentK->value();
    return w;
}

FieldErrors WaveDialog::validate() const
{
    const SurveyWave w = wave();
    FieldErrors errors;
    if (w.teamId <= 0)
        errors.append({QStringLiteral("team"), tr("Choose the team the wave is for.")});
    if (instrumentKey().isEmpty())
        errors.append({QStringLiteral("instrument"), tr("Choose the instrument the wave asks.")});
    if (w.closes.isValid() && w.closes < w.opens)
        errors.append({QStringLiteral("closes"), tr("The wave closes before it opens. Choose a closing day on or "
                                                    "after %1, or leave it open-ended.")
                                                     .arg(QLocale().toString(w.opens, QLocale::ShortFormat))});
    return errors;
}

Status WaveDialog::save()
{
    const Result<qint64> id = m_surveys.createWave(wave(), instrumentKey());
    if (!id)
        return Status::failure(id.error());
    m_createdId = *id;
    return {};
}

} // namespace candor
