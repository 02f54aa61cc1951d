#include "WaveDetails.h"

#include "common/Theme.h"
#include "storage/SurveyRepository.h"
#include "survey/AnonymityPolicy.h"
#include "survey/Instruments.h"
#include "survey/Scoring.h"
#include "survey/SurveyFigures.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace candor {

namespace {

QLabel *makeValue(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString percent(double share)
{
    const QLocale locale;
    return QCoreApplication::translate("candor::WaveDetails", "%1%", "a percentage")
        .arg(locale.toString(share * 100.0, 'f', 0));
}

QString decimal(double value)
{
    return QLocale().toString(value, 'f', 2);
}

} // namespace

WaveDetails::WaveDetails(SurveyRepository &surveys, QWidget *parent)
    : QWidget(parent)
    , m_surveys(surveys)
    , m_placeholder(new QLabel(tr("Choose a wave to see what it may show."), this))
    , m_content(new QWidget(this))
    , m_title(makeValue(QStringLiteral("waveDetailTitle"), m_content))
    , m_team(makeValue(QStringLiteral("waveDetailTeam"), m_content))
    , m_instrument(makeValue(QStringLiteral("waveDetailInstrument"), m_content))
    , m_dates(makeValue(QStringLiteral("waveDetailDates"), m_content))
    , m_invited(makeValue(QStringLiteral("waveDetailInvited"), m_content))
    , m_thresholds(makeValue(QStringLiteral("waveDetailThresholds"), m_content))
    , m_figures(new QGroupBox(tr("Results"), m_content))
    , m_note(makeValue(QStringLiteral("waveWithheldNote"), m_figures))
    , m_numbers(new QWidget(m_figures))
    , m_respondents(makeValue(QStringLiteral("waveRespondents"), m_numbers))
    , m_mean(makeValue(QStringLiteral("waveMean"), m_numbers))
    , m_distribution(makeValue(QStringLiteral("waveDistribution"), m_numbers))
    , m_responseRateLabel(new QLabel(tr("Response rate:"), m_numbers))
    , m_responseRate(makeValue(QStringLiteral("waveResponseRate"), m_numbers))
    , m_alphaLabel(new QLabel(tr("Internal consistency:"), m_numbers))
    , m_alpha(makeValue(QStringLiteral("waveAlpha"), m_numbers))
    , m_items(new QTableWidget(m_numbers))
    , m_commentsBox(new QGroupBox(tr("Comments"), m_content))
    , m_commentsNote(makeValue(QStringLiteral("waveCommentsNote"), m_commentsBox))
    , m_comments(new QListWidget(m_commentsBox))
{
    setObjectName(QStringLiteral("waveDetails"));
    setAccessibleName(tr("Wave details"));
    m_placeholder->setObjectName(QStringLiteral("waveDetailsPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setContentsMargins(12, 12, 12, 12);
    Theme::tint(m_placeholder, Theme::Tint::Quiet);

    QFont heading = m_title->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    m_title->setFont(heading);
    auto *facts = new QFormLayout;
    facts->addRow(tr("Team:"), m_team);
    facts->addRow(tr("Instrument:"), m_instrument);
    facts->addRow(tr("Dates:"), m_dates);
    facts->addRow(tr("Invited:"), m_invited);
    facts->addRow(tr("Shown from:"), m_thresholds);

    m_figures->setObjectName(QStringLiteral("waveFigures"));
    m_note->setContentsMargins(6, 6, 6, 6);
    Theme::tint(m_note, Theme::Tint::Note);
    m_items->setObjectName(QStringLiteral("waveItemMeans"));
    m_items->setAccessibleName(tr("Mean per question"));
    m_items->setColumnCount(2);
    m_items->setHorizontalHeaderLabels({tr("Question"), tr("Mean")});
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setSelectionMode(QAbstractItemView::NoSelection);
    m_items->setTabKeyNavigation(false);
    m_items->setWordWrap(true);
    m_items->verticalHeader()->hide();
    m_items->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_items->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_items->setMinimumHeight(m_items->fontMetrics().height() * 8);
    auto *numbers = new QFormLayout(m_numbers);
    numbers->setContentsMargins(0, 0, 0, 0);
    numbers->addRow(tr("Respondents:"), m_respondents);
    numbers->addRow(tr("Mean score:"), m_mean);
    numbers->addRow(tr("Answers:"), m_distribution);
    numbers->addRow(m_responseRateLabel, m_responseRate);
    numbers->addRow(m_alphaLabel, m_alpha);
    numbers->addRow(m_items);
    auto *figuresLayout = new QVBoxLayout(m_figures);
    figuresLayout->addWidget(m_note);
    figuresLayout->addWidget(m_numbers);

    m_commentsBox->setObjectName(QStringLiteral("waveComments"));
    m_comments->setObjectName(QStringLiteral("waveCommentList"));
    m_comments->setAccessibleName(tr("Comments, in random order"));
    m_comments->setWordWrap(true);
    m_comments->setSelectionMode(QAbstractItemView::NoSelection);
    auto *commentsLayout = new QVBoxLayout(m_commentsBox);
    commentsLayout->addWidget(m_commentsNote);
    commentsLayout->addWidget(m_comments);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_title);
    contentLayout->addLayout(facts);
    contentLayout->addWidget(m_figures);
    contentLayout->addWidget(m_commentsBox);
    contentLayout->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_content);

    connect(&m_surveys, &SurveyRepository::responsesChanged, this, &WaveDetails::refresh);
    connect(&m_surveys, &SurveyRepository::wavesChanged, this, &WaveDetails::refresh);
    showWave(0, false);
}

void WaveDetails::showWave(qint64 waveId, bool collecting)
{
    m_waveId = waveId;
    m_collecting = collecting;
    refresh();
}

void WaveDetails::clearFigures()
{
    for (QLabel *label : {m_respondents, m_mean, m_distribution, m_responseRate, m_alpha})
        label->clear();
    m_items->setRowCount(0);
    m_comments->clear();
    m_numbers->hide();
    m_comments->hide();
}

void WaveDetails::refresh()
{
    clearFigures();
    const Result<SurveyWaveRow> row = m_waveId > 0 ? m_surveys.wave(m_waveId) : Result<SurveyWaveRow>::failure({});
    m_placeholder->setVisible(!row);
    m_content->setVisible(bool(row));
    if (!row)
        return;
    const SurveyWave &wave = row->wave;
    const QLocale locale;

    m_title->setText(wave.title.isEmpty() ? tr("Wave of %1").arg(locale.toString(wave.opens, QLocale::ShortFormat))
                                          : wave.title);
    m_team->setText(row->teamName);
    m_instrument->setText(tr("%1, version %2").arg(row->instrumentName, locale.toString(row->instrumentVersion)));
    m_dates->setText(wave.closes.isValid()
                         ? tr("%1 to %2", "a wave's first and last day")
                               .arg(locale.toString(wave.opens, QLocale::LongFormat),
                                    locale.toString(wave.closes, QLocale::LongFormat))
                         : tr("From %1, open-ended").arg(locale.toString(wave.opens, QLocale::LongFormat)));
    m_invited->setText(wave.invited > 0 ? locale.toString(wave.invited) : tr("Not known"));
    m_thresholds->setText(tr("Figures from %1 responses (k), comments from %2. Frozen when the wave opened.")
                              .arg(locale.toString(wave.k), locale.toString(wave.commentK)));

    if (m_collecting) {
        m_note->setText(tr("Collecting answers in kiosk mode. Figures appear when the kiosk session ends, so no one's "
                           "answers can be told apart."));
        m_commentsNote->setText(m_note->text());
        return;
    }

    // The wave's figure, decided together with every other figure of its instrument.
    const std::vector<Figure> figures =
        SurveyFigures::compute(m_surveys.teamNodes(), m_surveys.waveMoments(row->instrumentKey, true));
    const Figure *figure = nullptr;
    for (const Figure &f : figures) {
        if (f.scope == FigureScope::Wave && f.waveId == wave.id) {
            figure = &f;
            break;
        }
    }
    const bool shown = figure && !figure->suppressed;
    if (!shown) {
        m_note->setText(
            tr("%1 Nothing is shown, so no one can be singled out.").arg(AnonymityPolicy::withheldExplanation(wave.k)));
        m_commentsNote->setText(
            tr("Comments are shown only when the wave's figures are, from %n responses.", nullptr, wave.commentK));
        return;
    }

    m_note->setText(tr("Shown: enough people answered for no one to be singled out."));
    m_numbers->show();
    const ScoreSummary &summary = figure->summary;
    m_respondents->setText(locale.toString(figure->respondents));
    m_mean->setText(tr("%1 (95% confidence interval %2 to %3) on a scale of 1 to %4")
                        .arg(decimal(summary.mean), decimal(summary.ciLow), decimal(summary.ciHigh),
                             locale.toString(figure->scalePoints)));
    m_distribution->setText(tr("%1 unfavourable, %2 neutral, %3 favourable")
                                .arg(percent(summary.distribution.unfavourable), percent(summary.distribution.neutral),
                                     percent(summary.distribution.favourable)));
    const bool rate = figure->responseRate.has_value() && AnonymityPolicy::mayShowResponseRate(wave.invited, figure->k);
    m_responseRateLabel->setVisible(rate);
    m_responseRate->setVisible(rate);
    if (rate)
        m_responseRate->setText(
            tr("%1 of %2 invited").arg(percent(*figure->responseRate), locale.toString(wave.invited)));

    const Result<Instrument> instrument = m_surveys.instrument(wave.instrumentId);
    std::optional<double> alpha;
    if (instrument)
        alpha = scoring::cronbachAlpha(*instrument, m_surveys.answers(wave.id));
    m_alphaLabel->setVisible(alpha.has_value());
    m_alpha->setVisible(alpha.has_value());
    if (alpha)
        m_alpha->setText(tr("Cronbach's alpha %1").arg(decimal(*alpha)));

    if (instrument) {
        const std::vector<double> &means = summary.itemMeans;
        m_items->setRowCount(int(std::min(means.size(), instrument->items.size())));
        for (int i = 0; i < m_items->rowCount(); ++i) {
            const SurveyItem &item = instrument->items[size_t(i)];
            QString construct = Instruments::displayConstruct(*instrument, item);
            if (construct.isEmpty())
                construct = Instruments::displayText(*instrument, item);
            auto *question = new QTableWidgetItem(construct);
            question->setToolTip(Instruments::displayText(*instrument, item));
            auto *mean = new QTableWidgetItem(decimal(means[size_t(i)]));
            mean->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (item.reversed)
                mean->setToolTip(tr("Reverse-scored: higher is better here too"));
            m_items->setItem(i, 0, question);
            m_items->setItem(i, 1, mean);
        }
        m_items->resizeRowsToContents();
    }

    if (AnonymityPolicy::mayShowComments(shown, figure->respondents, wave.commentK)) {
        const QStringList comments = m_surveys.comments(wave.id);
        m_commentsNote->setText(comments.isEmpty() ? tr("No comments.")
                                                   : tr("In random order, apart from the answers."));
        m_comments->addItems(comments);
        m_comments->setVisible(!comments.isEmpty());
    } else {
        m_commentsNote->setText(
            tr("Comments are shown from %n responses, so no one is known by how they write.", nullptr, wave.commentK));
    }
}

} // namespace candor
