#include "OpeningPage.h"

#include "Drafts.h"
#include "common/Banner.h"
#include "common/MessageBox.h"
#include "postmortem/PostmortemSession.h"
#include "storage/TeamRepository.h"
#include "undo/SessionEdits.h"

#include <QCheckBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>

namespace candor {

// ---- CheckPanel -----------------------------------------------------------------------------------------------

CheckPanel::CheckPanel(PostmortemSession &session, CheckKind kind, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_kind(kind)
{
    const QString prefix = kind == CheckKind::Safety ? QStringLiteral("safety") : QStringLiteral("closing");
    auto *question = new QLabel(PostmortemText::checkQuestion(kind), this);
    question->setWordWrap(true);
    auto *kiosk = new QPushButton(tr("Open the kiosk…"), this);
    kiosk->setObjectName(prefix + QStringLiteral("KioskButton"));
    kiosk->setToolTip(tr("A full-screen page passed around the room; it clears after every answer."));
    connect(kiosk, &QPushButton::clicked, this, &CheckPanel::openKiosk);

    // The boxes hold slips to add, never what was collected: counts below the threshold must not be readable.
    auto *tallyRow = new QHBoxLayout;
    tallyRow->addWidget(new QLabel(tr("Or count the paper slips:"), this));
    for (int value = 1; value <= 5; ++value) {
        auto *spin = new QSpinBox(this);
        spin->setRange(0, 1000);
        spin->setPrefix(QStringLiteral("%1: ").arg(value));
        spin->setObjectName(prefix + QStringLiteral("Tally%1").arg(value));
        spin->setAccessibleName(tr("Slips answering %1").arg(value));
        m_tally.append(spin);
        tallyRow->addWidget(spin);
    }
    auto *save = new QPushButton(tr("Add slips"), this);
    save->setObjectName(prefix + QStringLiteral("SaveTallyButton"));
    save->setToolTip(tr("Adds these slips to the answers collected so far"));
    connect(save, &QPushButton::clicked, this, &CheckPanel::addSlips);
    tallyRow->addWidget(save);
    auto *restart = new QPushButton(tr("Start over…"), this);
    restart->setObjectName(prefix + QStringLiteral("StartOverButton"));
    restart->setToolTip(tr("Forgets every answer of this check, for example to count the slips again"));
    connect(restart, &QPushButton::clicked, this, &CheckPanel::startOver);
    tallyRow->addWidget(restart);
    tallyRow->addStretch(1);

    m_result = new QLabel(this);
    m_result->setObjectName(prefix + QStringLiteral("Result"));
    m_result->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(question);
    layout->addWidget(kiosk, 0, Qt::AlignLeft);
    layout->addLayout(tallyRow);
    layout->addWidget(m_result);
    connect(&m_session, &PostmortemSession::tallyChanged, this, [this](CheckKind k) {
        if (k == m_kind)
            refresh();
    });
    refresh();
}

void CheckPanel::refresh()
{
    const CheckTally tally = m_session.tally(m_kind);
    const QLocale locale;
    if (m_session.isCollecting(m_kind)) {
        m_result->setText(tr("Collecting answers on the kiosk. The result appears when you finish collecting."));
        return;
    }
    if (!tally.canShow()) {
        m_result->setText(
            tr("%n answer(s) so far. Results appear once at least %1 people have answered.", nullptr, tally.total())
                .arg(CheckTally::MinimumAnswers));
        return;
    }
    if (m_kind == CheckKind::Closing) {
        m_result->setText(tr("%n answer(s), average %1 out of 5.", nullptr, tally.total())
                              .arg(locale.toString(tally.mean(), 'f', 1)));
        return;
    }
    QStringList parts;
    for (int value = 1; value <= 5; ++value)
        parts.append(tr("%1: %2").arg(value).arg(locale.toString(tally.counts[size_t(value - 1)])));
    m_result->setText(
        tr("%n answer(s). Distribution: %1", nullptr, tally.total()).arg(parts.join(QStringLiteral(", "))));
}

void CheckPanel::addSlips()
{
    CheckTally slips;
    for (int i = 0; i < 5; ++i)
        slips.counts[size_t(i)] = m_tally.at(i)->value();
    if (slips.total() == 0) {
        emit problem(tr("Type how many slips gave each answer, then choose Add slips."));
        return;
    }
    const Status status = m_session.addSlips(m_kind, slips);
    emit problem(status ? QString() : status.error());
    if (!status)
        return;
    for (QSpinBox *spin : std::as_const(m_tally))
        spin->setValue(0);
}

void CheckPanel::startOver()
{
    if (MessageBox::question(this, tr("Start over"),
                             tr("Forget every answer of this check, from the kiosk and from slips, and collect them "
                                "again? This cannot be undone."),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    const Status status = m_session.setTally(m_kind, CheckTally());
    emit problem(status ? QString() : status.error());
}

void CheckPanel::openKiosk()
{
    auto *kiosk = new CheckKiosk(m_session, m_kind, window());
    kiosk->setAttribute(Qt::WA_DeleteOnClose);
    connect(kiosk, &CheckKiosk::problem, this, &CheckPanel::problem);
    m_session.setCollecting(m_kind, true);
    connect(kiosk, &QDialog::finished, this, [this]() { m_session.setCollecting(m_kind, false); });
    kiosk->setWindowState(Qt::WindowFullScreen);
    kiosk->open();
}

// ---- CheckKiosk -----------------------------------------------------------------------------------------------

CheckKiosk::CheckKiosk(PostmortemSession &session, CheckKind kind, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("checkKiosk"));
    setWindowTitle(tr("Anonymous check"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    setFont(big);

    m_pages = new QStackedWidget(this);
    // The answer page takes the keyboard itself, so no answer button is focused (and Enter answers nothing) when
    // the screen is handed to the next person.
    auto *ask = new QWidget;
    ask->setObjectName(QStringLiteral("kioskQuestionPage"));
    ask->setFocusPolicy(Qt::StrongFocus);
    ask->setAccessibleName(PostmortemText::checkQuestion(kind));
    ask->setAccessibleDescription(tr("Answer with the keys 1 to 5; the answer is anonymous"));
    auto *askLayout = new QVBoxLayout(ask);
    auto *intro = new QLabel(tr("Your answer is anonymous: only the count of each answer is kept, never who gave it."
                                " The screen clears as soon as you answer."),
                             ask);
    intro->setWordWrap(true);
    auto *question = new QLabel(PostmortemText::checkQuestion(kind), ask);
    question->setWordWrap(true);
    QFont bold = big;
    bold.setBold(true);
    question->setFont(bold);
    askLayout->addStretch(1);
    askLayout->addWidget(question);
    askLayout->addWidget(intro);
    auto *answers = new QHBoxLayout;
    QFont digits = bold;
    digits.setPointSizeF(bold.pointSizeF() * 1.6);
    const int side = QFontMetrics(digits).height() * 3;
    for (int value = 1; value <= 5; ++value) {
        auto *button = new QPushButton(QLocale().toString(value), ask);
        button->setObjectName(QStringLiteral("answer%1").arg(value));
        button->setAccessibleName(tr("Answer %1 of 5").arg(value));
        button->setFont(digits);
        button->setMinimumSize(side, side);
        button->setAutoDefault(false);
        button->setFocusPolicy(Qt::TabFocus);
        connect(button, &QPushButton::clicked, this, [this, value]() { answer(value); });
        answers->addWidget(button);
    }
    askLayout->addLayout(answers);
    auto *keys = new QLabel(tr("Keys 1 to 5 answer too."), ask);
    askLayout->addWidget(keys);
    askLayout->addStretch(1);

    auto *thanks = new QWidget;
    auto *thanksLayout = new QVBoxLayout(thanks);
    auto *thanksText =
        new QLabel(tr("Thank you. Your answer is saved and no longer on screen.\nPass the screen on."), thanks);
    thanksText->setObjectName(QStringLiteral("kioskThanks"));
    thanksText->setAlignment(Qt::AlignCenter);
    auto *next = new QPushButton(tr("Next person"), thanks);
    next->setObjectName(QStringLiteral("nextPersonButton"));
    next->setMinimumHeight(QFontMetrics(big).height() * 2);
    next->setMinimumWidth(QFontMetrics(big).horizontalAdvance(next->text()) * 2);
    connect(next, &QPushButton::clicked, this, [this]() {
        m_pages->setCurrentIndex(0);
        m_pages->currentWidget()->setFocus();
    });
    thanksLayout->addStretch(1);
    thanksLayout->addWidget(thanksText);
    thanksLayout->addWidget(next, 0, Qt::AlignCenter);
    thanksLayout->addStretch(1);

    m_pages->addWidget(ask);
    m_pages->addWidget(thanks);
    auto *finish = new QPushButton(tr("Finish collecting"), this);
    finish->setObjectName(QStringLiteral("finishKioskButton"));
    connect(finish, &QPushButton::clicked, this, &QDialog::accept);
    finish->setAutoDefault(false);
    // Readable line lengths on a wide screen: the content keeps to the middle.
    m_pages->setMaximumWidth(QFontMetrics(big).averageCharWidth() * 90);
    auto *middle = new QHBoxLayout;
    middle->addStretch(1);
    middle->addWidget(m_pages, 100);
    middle->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(middle, 1);
    layout->addWidget(finish, 0, Qt::AlignRight);
    ask->setFocus();
}

void CheckKiosk::answer(int value)
{
    if (m_pages->currentIndex() != 0)
        return;
    if (const Status status = m_session.addAnswer(m_kind, value); !status) {
        emit problem(status.error());
        return;
    }
    m_pages->setCurrentIndex(1);
    m_pages->currentWidget()->findChild<QPushButton *>()->setFocus();
}

void CheckKiosk::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (m_pages->currentIndex() == 0 && key >= Qt::Key_1 && key <= Qt::Key_5) {
        answer(key - Qt::Key_0);
        return;
    }
    // Whoever holds the kiosk must not land in the facilitator's console: only "Finish collecting" ends it.
    if (key == Qt::Key_Escape)
        return;
    QDialog::keyPressEvent(event);
}

// ---- OpeningPage ----------------------------------------------------------------------------------------------

OpeningPage::OpeningPage(ConsoleContext context, QWidget *parent)
    : PhasePage(context, parent)
{
    setObjectName(QStringLiteral("openingPage"));
    auto *rules = new QGroupBox(tr("Ground rules"), this);
    auto *rulesLayout = new QVBoxLayout(rules);
    for (const QString &rule : PostmortemText::groundRules()) {
        auto *l = new QLabel(QStringLiteral("•  ") + rule, rules);
        l->setWordWrap(true);
        rulesLayout->addWidget(l);
    }
    rulesLayout->addStretch(1); // the rules stay together at the top, however tall the window

    auto *facilitation = new QGroupBox(tr("Facilitator"), this);
    m_facilitator = new QLineEdit(facilitation);
    m_facilitator->setObjectName(QStringLiteral("facilitatorEdit"));
    m_facilitator->setPlaceholderText(tr("Name; ideally someone from outside the team"));
    m_facilitator->setAccessibleName(tr("Facilitator"));
    QStringList memberNames;
    for (const Member &m : m_context.teams.members())
        memberNames.append(m.name);
    memberNames.removeDuplicates();
    auto *completer = new QCompleter(memberNames, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_facilitator->setCompleter(completer);
    connect(m_facilitator, &QLineEdit::editingFinished, this, &OpeningPage::commitFacilitator);
    m_conflict = new Banner(Banner::Warning, facilitation);
    m_conflict->setObjectName(QStringLiteral("facilitatorWarning"));
    m_keepFacilitator = new QCheckBox(tr("The group discussed this and keeps this facilitator"), facilitation);
    m_keepFacilitator->setObjectName(QStringLiteral("keepFacilitatorCheck"));
    connect(m_keepFacilitator, &QCheckBox::toggled, this, [this](bool checked) {
        if (checked != m_context.session.session().facilitatorConflictAccepted)
            report(m_context.session.acceptFacilitatorConflict(checked));
    });
    m_turnSeconds = new QSpinBox(facilitation);
    m_turnSeconds->setObjectName(QStringLiteral("turnSecondsSpin"));
    m_turnSeconds->setRange(10, 3600);
    m_turnSeconds->setSingleStep(15);
    m_turnSeconds->setSuffix(tr(" s", "seconds"));
    m_phaseMinutes = new QSpinBox(facilitation);
    m_phaseMinutes->setObjectName(QStringLiteral("phaseMinutesSpin"));
    m_phaseMinutes->setRange(1, 480);
    m_phaseMinutes->setSuffix(tr(" min", "minutes"));
    const auto saveTimeboxes = [this]() {
        const Session &s = m_context.session.session();
        if (m_turnSeconds->value() != s.turnSeconds || m_phaseMinutes->value() != s.phaseMinutes)
            report(m_context.session.setTimeboxes(m_turnSeconds->value(), m_phaseMinutes->value()));
    };
    connect(m_turnSeconds, &QSpinBox::editingFinished, this, saveTimeboxes);
    connect(m_phaseMinutes, &QSpinBox::editingFinished, this, saveTimeboxes);
    auto *form = new QFormLayout(facilitation);
    form->addRow(tr("&Facilitator:"), m_facilitator);
    form->addRow(m_conflict);
    form->addRow(m_keepFacilitator);
    form->addRow(tr("Speaking &turn:"), m_turnSeconds);
    form->addRow(tr("Time per &phase:"), m_phaseMinutes);

    auto *people = new QGroupBox(tr("In the room"), this);
    m_participantName = new QLineEdit(people);
    m_participantName->setObjectName(QStringLiteral("participantNameEdit"));
    m_participantName->setPlaceholderText(tr("Name of a member or a guest"));
    m_participantName->setAccessibleName(tr("Participant's name"));
    keepDraft(m_participantName, m_context.repository, m_context.session.id(), m_participantName->objectName());
    auto *participantCompleter = new QCompleter(memberNames, this);
    participantCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    participantCompleter->setFilterMode(Qt::MatchContains);
    m_participantName->setCompleter(participantCompleter);
    m_participantRole = new QLineEdit(people);
    m_participantRole->setObjectName(QStringLiteral("participantRoleEdit"));
    keepDraft(m_participantRole, m_context.repository, m_context.session.id(), m_participantRole->objectName());
    const bool retro = m_context.session.kind() == SessionKind::Retro;
    m_participantRole->setPlaceholderText(retro ? tr("Role, e.g. developer, product owner")
                                                : tr("Role in the incident, e.g. on call, incident lead"));
    m_participantRole->setAccessibleName(retro ? tr("Participant's role") : tr("Participant's role in the incident"));
    auto *add = new QPushButton(tr("&Add"), people);
    add->setObjectName(QStringLiteral("addParticipantButton"));
    auto *addTeam = new QPushButton(tr("Add the &whole team"), people);
    addTeam->setObjectName(QStringLiteral("addTeamButton"));
    auto *remove = new QPushButton(tr("&Remove"), people);
    remove->setObjectName(QStringLiteral("removeParticipantButton"));
    connect(add, &QPushButton::clicked, this, &OpeningPage::addParticipant);
    connect(addTeam, &QPushButton::clicked, this, &OpeningPage::addTeam);
    connect(remove, &QPushButton::clicked, this, &OpeningPage::removeParticipant);
    connect(m_participantName, &QLineEdit::returnPressed, this, &OpeningPage::addParticipant);
    connect(m_participantRole, &QLineEdit::returnPressed, this, &OpeningPage::addParticipant);
    m_participants = new QTableWidget(0, 2, people);
    m_participants->setObjectName(QStringLiteral("participantsTable"));
    m_participants->setAccessibleName(tr("Participants"));
    m_participants->setHorizontalHeaderLabels({tr("Name"), retro ? tr("Role") : tr("Role in the incident")});
    m_participants->horizontalHeader()->setStretchLastSection(true);
    m_participants->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_participants->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_participants->setTabKeyNavigation(false);
    m_participants->setAccessibleDescription(tr("Delete removes the selected person; Ctrl+Z brings them back"));
    auto *removeKey = new QShortcut(QKeySequence::Delete, m_participants, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &OpeningPage::removeParticipant);
    m_participants->verticalHeader()->hide();
    auto *entry = new QHBoxLayout;
    entry->addWidget(m_participantName, 2);
    entry->addWidget(m_participantRole, 2);
    entry->addWidget(add);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addTeam);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *peopleLayout = new QVBoxLayout(people);
    peopleLayout->addLayout(entry);
    peopleLayout->addWidget(m_participants, 1);
    peopleLayout->addLayout(buttons);

    auto *layout = new QGridLayout(this);
    layout->addWidget(rules, 0, 0);
    layout->addWidget(facilitation, 1, 0);
    layout->addWidget(people, 0, 1, 2, 1);
    if (m_context.session.kind() == SessionKind::Retro) {
        auto *safety = new QGroupBox(tr("Safety check before we start"), this);
        auto *check = new CheckPanel(m_context.session, CheckKind::Safety, safety);
        connect(check, &CheckPanel::problem, this, &PhasePage::problem);
        auto *safetyLayout = new QVBoxLayout(safety);
        safetyLayout->addWidget(check);
        layout->addWidget(safety, 2, 0, 1, 2);
    }
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    setTabOrder(m_facilitator, m_keepFacilitator);
    setTabOrder(m_keepFacilitator, m_turnSeconds);
    setTabOrder(m_turnSeconds, m_phaseMinutes);
    setTabOrder(m_phaseMinutes, m_participantName);
    setTabOrder(m_participantName, m_participantRole);
    setTabOrder(m_participantRole, add);

    connect(&m_context.session, &PostmortemSession::changed, this, &OpeningPage::refreshSession);
    connect(&m_context.session, &PostmortemSession::participantsChanged, this, &OpeningPage::refreshParticipants);
    refreshSession();
    refreshParticipants();
}

void OpeningPage::focusEntry()
{
    if (m_facilitator->text().isEmpty())
        m_facilitator->setFocus();
    else
        m_participantName->setFocus();
}

void OpeningPage::refreshSession()
{
    const Session &s = m_context.session.session();
    if (!m_facilitator->hasFocus() && m_facilitator->text() != s.facilitator)
        m_facilitator->setText(s.facilitator);
    const QString conflict = m_context.session.facilitatorConflict();
    m_conflict->showMessage(conflict.isEmpty() ? QString()
                                               : conflict + QLatin1Char(' ') +
                                                     tr("People may say less with them in the chair. Consider a"
                                                        " facilitator from outside the team."));
    m_keepFacilitator->setVisible(!conflict.isEmpty());
    const QSignalBlocker blocker(m_keepFacilitator);
    m_keepFacilitator->setChecked(s.facilitatorConflictAccepted);
    if (!m_turnSeconds->hasFocus())
        m_turnSeconds->setValue(s.turnSeconds);
    if (!m_phaseMinutes->hasFocus())
        m_phaseMinutes->setValue(s.phaseMinutes);
}

void OpeningPage::refreshParticipants()
{
    const QList<Participant> &list = m_context.session.participants();
    m_participants->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        auto *name = new QTableWidgetItem(list.at(row).name);
        name->setData(Qt::UserRole, list.at(row).id);
        m_participants->setItem(row, 0, name);
        m_participants->setItem(row, 1, new QTableWidgetItem(list.at(row).role));
    }
    refreshSession(); // a manager joining can create a conflict
}

qint64 OpeningPage::memberIdFor(const QString &text, QString *name) const
{
    *name = text.trimmed();
    qint64 found = 0;
    for (const Member &m : m_context.teams.members()) {
        if (m.name.compare(*name, Qt::CaseInsensitive) == 0) {
            if (found != 0)
                return 0; // two members share the name: treat as a guest rather than guess
            found = m.id;
            *name = m.name;
        }
    }
    return found;
}

void OpeningPage::commitFacilitator()
{
    QString name;
    const qint64 memberId = memberIdFor(m_facilitator->text(), &name);
    const Session &s = m_context.session.session();
    if (name == s.facilitator && memberId == s.facilitatorMemberId)
        return;
    report(m_context.session.setFacilitator(name, memberId));
}

void OpeningPage::addParticipant()
{
    if (m_participantName->text().trimmed().isEmpty()) {
        emit problem(tr("Type the participant's name first."));
        m_participantName->setFocus();
        return;
    }
    Participant p;
    p.sessionId = m_context.session.id();
    p.memberId = memberIdFor(m_participantName->text(), &p.name);
    p.role = m_participantRole->text();
    p.position = -1;
    for (const Participant &existing : m_context.session.participants()) {
        if (existing.name.compare(p.name, Qt::CaseInsensitive) == 0) {
            emit problem(tr("%1 is already in the room.").arg(p.name));
            return;
        }
    }
    if (!report(Status::from(m_context.edits.addParticipant(p))))
        return;
    m_participantName->clear();
    m_participantRole->clear();
    m_participantName->setFocus();
}

void OpeningPage::addTeam()
{
    QStringList present;
    for (const Participant &p : m_context.session.participants())
        present.append(p.name.toCaseFolded());
    for (const Member &m : m_context.teams.members(m_context.session.session().teamId)) {
        if (!m.active || present.contains(m.name.toCaseFolded()))
            continue;
        Participant p;
        p.sessionId = m_context.session.id();
        p.memberId = m.id;
        p.name = m.name;
        p.role = m.role;
        p.position = -1;
        if (!report(Status::from(m_context.edits.addParticipant(p))))
            return;
    }
}

void OpeningPage::removeParticipant()
{
    const int row = m_participants->currentRow();
    if (row < 0 || row >= m_context.session.participants().size()) {
        emit problem(tr("Select the participant to remove."));
        return;
    }
    report(m_context.edits.removeParticipant(m_context.session.participants().at(row)));
}

} // namespace candor
