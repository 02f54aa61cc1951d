#include "KioskRespondent.h"
#include "common/TextLimits.h"

#include "common/Banner.h"
#include "survey/Instruments.h"

#include <QApplication>
#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace candor {

namespace {

constexpr int NoTrend = 2;       // a trend not chosen yet (trends are -1, 0 and 1)
constexpr int TrendIdOffset = 2; // button group ids must not be -1, so a trend t has the id t + 2
constexpr int Spacing = 24;      // pixels between the progress, the statement and the answers

// Large enough to hit with a finger, and to read from arm's length.
QPushButton *makeButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAccessibleName(text);
    button->setAutoDefault(false);
    return button;
}

// Scales whose points have words read best as a column of wide buttons; number scales as a row.
bool hasWords(int scalePoints)
{
    return scalePoints == 3 || scalePoints == 5 || scalePoints == 7;
}

} // namespace

KioskRespondent::KioskRespondent(const Instrument &instrument, int commentK, QWidget *parent)
    : QWidget(parent)
    , m_instrument(instrument)
    , m_values(instrument.items.size(), 0)
    , m_trends(instrument.items.size(), NoTrend)
    , m_pages(new QStackedWidget(this))
    , m_questionPage(new QWidget(m_pages))
    , m_progress(new QLabel(m_questionPage))
    , m_statement(new QLabel(m_questionPage))
    , m_scale(new QButtonGroup(this))
    , m_back(makeButton(tr("Back"), QStringLiteral("kioskBackButton"), m_questionPage))
    , m_next(makeButton(tr("Next"), QStringLiteral("kioskNextButton"), m_questionPage))
    , m_commentPage(new QWidget(m_pages))
    , m_comment(new LimitedTextEdit(m_commentPage))
    , m_error(new Banner(Banner::Problem, m_commentPage))
    , m_submit(makeButton(tr("Submit"), QStringLiteral("kioskSubmitButton"), m_commentPage))
{
    setObjectName(QStringLiteral("kioskRespondent"));

    // ---- One question per screen ----
    // The page takes the keyboard itself, so no answer button has the focus (and Enter answers nothing) when a
    // question appears.
    m_questionPage->setObjectName(QStringLiteral("kioskQuestionPage"));
    m_questionPage->setFocusPolicy(Qt::StrongFocus);
    m_progress->setObjectName(QStringLiteral("kioskProgress"));
    m_statement->setObjectName(QStringLiteral("kioskStatement"));
    m_statement->setWordWrap(true);
    m_statement->setTextFormat(Qt::PlainText);

    const int points = m_instrument.scalePoints;
    auto *scaleBox = new QWidget(m_questionPage);
    QBoxLayout *scaleLayout = hasWords(points) ? static_cast<QBoxLayout *>(new QVBoxLayout(scaleBox))
                                               : static_cast<QBoxLayout *>(new QHBoxLayout(scaleBox));
    scaleLayout->setContentsMargins(0, 0, 0, 0);
    m_scale->setExclusive(true);
    for (int value = 1; value <= points; ++value) {
        const QString label = Instruments::scaleLabel(points, value);
        const QString number = QLocale().toString(value);
        // The key that answers, beside the words (keys reach 9).
        const QString text = value <= 9 && label != number
                                 ? tr("%1   %2", "kiosk answer button: key number, answer words").arg(number, label)
                                 : label;
        QPushButton *button = makeButton(text, QStringLiteral("kioskAnswer%1").arg(value), scaleBox);
        button->setAccessibleName(label);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::TabFocus);
        button->setProperty("kioskAnswer", true);
        button->setProperty("kioskScale", hasWords(points) ? QStringLiteral("words") : QStringLiteral("numbers"));
        m_scale->addButton(button, value);
        scaleLayout->addWidget(button);
    }
    connect(m_scale, &QButtonGroup::idClicked, this, &KioskRespondent::chooseValue);

    QWidget *trendBox = nullptr;
    if (m_instrument.hasTrend) {
        m_trend = new QButtonGroup(this);
        m_trend->setExclusive(true);
        trendBox = new QWidget(m_questionPage);
        auto *trendLayout = new QVBoxLayout(trendBox);
        trendLayout->setContentsMargins(0, 0, 0, 0);
        auto *trendLabel = new QLabel(tr("And is it getting better, staying the same or getting worse?"), trendBox);
        trendLabel->setObjectName(QStringLiteral("kioskTrendLabel"));
        trendLabel->setWordWrap(true);
        trendLayout->addWidget(trendLabel);
        auto *trendRow = new QHBoxLayout;
        trendLayout->addLayout(trendRow);
        const struct
        {
            SurveyTrend trend;
            const char *name;
        } trends[] = {{SurveyTrend::Better, "kioskTrendBetter"},
                      {SurveyTrend::Same, "kioskTrendSame"},
                      {SurveyTrend::Worse, "kioskTrendWorse"}};
        for (const auto &t : trends) {
            QPushButton *button = makeButton(Instruments::trendLabel(t.trend), QString::fromLatin1(t.name), trendBox);
            button->setCheckable(true);
            button->setFocusPolicy(Qt::TabFocus);
            button->setProperty("kioskAnswer", true);
            m_trend->addButton(button, int(t.trend) + TrendIdOffset);
            trendRow->addWidget(button, 1);
        }
        connect(m_trend, &QButtonGroup::idClicked, this, [this](int id) { chooseTrend(id - TrendIdOffset); });
    }

    auto *keys = new QLabel(m_questionPage);
    keys->setObjectName(QStringLiteral("kioskKeysHint"));
    keys->setWordWrap(true);
    QString keysText =
        points <= 9 ? tr("Keys 1 to %1 answer too.").arg(QLocale().toString(points)) : tr("Keys 1 to 9 answer too.");
    if (m_instrument.hasTrend)
        keysText += QLatin1Char(' ') + tr("B: getting better, S: staying the same, W: getting worse.",
                                          "the letters are the keys the kiosk listens to (see B, S and W)");
    keys->setText(keysText + QLatin1Char(' ') + tr("Backspace goes back."));

    auto *discard = makeButton(tr("Discard my answers"), QStringLiteral("kioskDiscardButton"), m_questionPage);
    connect(discard, &QPushButton::clicked, this, &KioskRespondent::discardRequested);
    connect(m_back, &QPushButton::clicked, this, &KioskRespondent::back);
    connect(m_next, &QPushButton::clicked, this, &KioskRespondent::next);
    m_back->setToolTip(tr("The question before (Backspace)"));
    m_next->setToolTip(tr("The next question (Enter)"));

    auto *navigation = new QHBoxLayout;
    navigation->addWidget(m_back);
    navigation->addStretch(1);
    navigation->addWidget(discard);
    navigation->addStretch(1);
    navigation->addWidget(m_next);

    auto *questionLayout = new QVBoxLayout(m_questionPage);
    questionLayout->addWidget(m_progress);
    questionLayout->addSpacing(Spacing);
    questionLayout->addWidget(m_statement);
    questionLayout->addSpacing(Spacing);
    questionLayout->addWidget(scaleBox);
    if (trendBox)
        questionLayout->addWidget(trendBox);
    questionLayout->addStretch(1);
    questionLayout->addWidget(keys);
    questionLayout->addLayout(navigation);

    // ---- The comment and Submit ----
    m_commentPage->setObjectName(QStringLiteral("kioskCommentPage"));
    auto *commentTitle = new QLabel(tr("Anything you want to add? (optional)"), m_commentPage);
    commentTitle->setObjectName(QStringLiteral("kioskCommentTitle"));
    commentTitle->setWordWrap(true);
    auto *commentNote = new QLabel(tr("Comments are kept apart from your answers and shown, in random order, only "
                                      "once at least %n people have answered. Leave out names, your own too.",
                                      nullptr, commentK),
                                   m_commentPage);
    commentNote->setObjectName(QStringLiteral("kioskCommentNote"));
    commentNote->setWordWrap(true);
    m_comment->setObjectName(QStringLiteral("kioskComment"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("Your comment, if you have one"));
    m_error->setObjectName(QStringLiteral("kioskError"));
    auto *commentBack = makeButton(tr("Back"), QStringLiteral("kioskCommentBackButton"), m_commentPage);
    commentBack->setToolTip(tr("The last question"));
    connect(commentBack, &QPushButton::clicked, this, &KioskRespondent::back);
    auto *commentDiscard =
        makeButton(tr("Discard my answers"), QStringLiteral("kioskCommentDiscardButton"), m_commentPage);
    connect(commentDiscard, &QPushButton::clicked, this, &KioskRespondent::discardRequested);
    m_submit->setToolTip(tr("Send your answers (Ctrl+Enter)"));
    connect(m_submit, &QPushButton::clicked, this, [this]() {
        if (isComplete())
            emit submitRequested();
    });
    for (const QKeySequence &sequence :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(sequence, m_commentPage, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, m_submit, &QPushButton::click);
    }
    auto *commentButtons = new QHBoxLayout;
    commentButtons->addWidget(commentBack);
    commentButtons->addStretch(1);
    commentButtons->addWidget(commentDiscard);
    commentButtons->addStretch(1);
    commentButtons->addWidget(m_submit);
    auto *commentLayout = new QVBoxLayout(m_commentPage);
    commentLayout->addWidget(commentTitle);
    commentLayout->addWidget(commentNote);
    commentLayout->addWidget(m_comment, 1);
    commentLayout->addWidget(m_error);
    commentLayout->addLayout(commentButtons);

    m_pages->addWidget(m_questionPage);
    m_pages->addWidget(m_commentPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    showQuestion(0);
}

void KioskRespondent::begin()
{
    showQuestion(0);
}

bool KioskRespondent::isComplete() const
{
    for (size_t i = 0; i < m_values.size(); ++i) {
        if (m_values[i] == 0 || (m_instrument.hasTrend && m_trends[i] == NoTrend))
            return false;
    }
    return !m_values.empty();
}

SurveyAnswers KioskRespondent::answers() const
{
    SurveyAnswers answers;
    answers.values = m_values;
    if (m_instrument.hasTrend)
        answers.trends = m_trends;
    answers.comment = m_comment->toPlainText().trimmed();
    return answers;
}

void KioskRespondent::showError(const QString &message)
{
    m_error->showMessage(message);
}

void KioskRespondent::setSubmitting(bool submitting)
{
    m_submit->setEnabled(!submitting);
}

void KioskRespondent::setChecked(QButtonGroup *group, int id)
{
    if (!group)
        return;
    if (QAbstractButton *button = group->button(id)) {
        button->setChecked(true);
        return;
    }
    // An exclusive group cannot uncheck its checked button; switch exclusivity off for a moment.
    group->setExclusive(false);
    if (QAbstractButton *checked = group->checkedButton())
        checked->setChecked(false);
    group->setExclusive(true);
}

void KioskRespondent::showQuestion(int index)
{
    if (index < 0 || index >= m_instrument.itemCount())
        return;
    m_current = index;
    const SurveyItem &item = m_instrument.items[size_t(index)];
    const QLocale locale;
    m_progress->setText(
        tr("Question %1 of %2").arg(locale.toString(index + 1), locale.toString(m_instrument.itemCount())));
    m_statement->setText(Instruments::displayText(m_instrument, item));
    m_statement->setAccessibleName(m_statement->text());
    // The page itself holds the focus while a question is shown: it is what a screen reader announces.
    m_questionPage->setAccessibleName(m_progress->text());
    m_questionPage->setAccessibleDescription(m_statement->text());
    setChecked(m_scale, m_values[size_t(index)]);
    setChecked(m_trend, m_trends[size_t(index)] == NoTrend ? 0 : m_trends[size_t(index)] + TrendIdOffset);
    m_back->setEnabled(index > 0);
    m_back->setVisible(index > 0);
    m_next->setEnabled(m_values[size_t(index)] != 0 && (!m_trend || m_trends[size_t(index)] != NoTrend));
    m_pages->setCurrentWidget(m_questionPage);
    m_questionPage->setFocus(Qt::OtherFocusReason);
}

void KioskRespondent::showComment()
{
    m_current = -1;
    m_pages->setCurrentWidget(m_commentPage);
    m_comment->setFocus(Qt::OtherFocusReason);
}

void KioskRespondent::chooseValue(int value)
{
    if (m_current < 0 || value < 1 || value > m_instrument.scalePoints)
        return;
    m_values[size_t(m_current)] = value;
    setChecked(m_scale, value);
    advanceIfAnswered();
}

void KioskRespondent::chooseTrend(int trend)
{
    if (m_current < 0 || !m_trend || trend < -1 || trend > 1)
        return;
    m_trends[size_t(m_current)] = trend;
    setChecked(m_trend, trend + TrendIdOffset);
    advanceIfAnswered();
}

void KioskRespondent::advanceIfAnswered()
{
    const size_t i = size_t(m_current);
    const bool answered = m_values[i] != 0 && (!m_trend || m_trends[i] != NoTrend);
    m_next->setEnabled(answered);
    if (answered)
        next();
}

void KioskRespondent::next()
{
    if (m_current < 0)
        return;
    const size_t i = size_t(m_current);
    if (m_values[i] == 0 || (m_trend && m_trends[i] == NoTrend))
        return;
    if (m_current + 1 < m_instrument.itemCount())
        showQuestion(m_current + 1);
    else
        showComment();
}

void KioskRespondent::back()
{
    if (m_current < 0)
        showQuestion(m_instrument.itemCount() - 1);
    else if (m_current > 0)
        showQuestion(m_current - 1);
}

void KioskRespondent::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (m_current < 0) {
        QWidget::keyPressEvent(event); // the comment box keeps its keys; Ctrl+Enter submits (a shortcut)
        return;
    }
    if (key >= Qt::Key_1 && key <= Qt::Key_9 && event->modifiers() == Qt::NoModifier) {
        const int value = key - Qt::Key_0;
        if (value <= m_instrument.scalePoints) {
            chooseValue(value);
            return;
        }
    }
    if (m_trend && event->modifiers() == Qt::NoModifier && !event->text().isEmpty()) {
        const QString text = event->text();
        const auto is = [&text](const QString &letter) {
            return text.compare(letter, Qt::CaseInsensitive) == 0;
        };
        if (is(tr("B", "key: getting better"))) {
            chooseTrend(int(SurveyTrend::Better));
            return;
        }
        if (is(tr("S", "key: staying the same"))) {
            chooseTrend(int(SurveyTrend::Same));
            return;
        }
        if (is(tr("W", "key: getting worse"))) {
            chooseTrend(int(SurveyTrend::Worse));
            return;
        }
    }
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Enter on a button chosen with Tab presses it; otherwise it keeps the answer and goes on.
        if (auto *button = qobject_cast<QAbstractButton *>(QApplication::focusWidget());
            button && isAncestorOf(button)) {
            button->click();
            return;
        }
        next();
        return;
    case Qt::Key_Backspace:
        back();
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

} // namespace candor
