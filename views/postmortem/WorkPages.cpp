#include "WorkPages.h"

#include "BlameMarks.h"
#include "Drafts.h"
#include "OpeningPage.h"
#include "ReportExport.h"
#include "actions/ActionTable.h"
#include "common/ColumnWidths.h"
#include "common/PostmortemChoices.h"
#include "common/TeamComboBox.h"
#include "common/Theme.h"
#include "item/ActionItemsModel.h"
#include "item/FactorModel.h"
#include "item/TimelineModel.h"
#include "postmortem/PostmortemSession.h"
#include "storage/IncidentRepository.h"
#include "storage/PostmortemRepository.h"
#include "undo/SessionEdits.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimeEdit>
#include <QToolButton>

namespace candor {

namespace {

QTableView *makeTable(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false);                  // Tab leaves the table; the arrows move between cells
    view->setItemDelegate(new LongTextDelegate(view)); // cell editors named by their column
    return view;
}

// The text entry of a phase: a single-line editor with blame marks, and a hint line under it.
BlameTextEdit *makeEntry(ConsoleContext &context, QWidget *parent, const QString &objectName,
                         const QString &placeholder, bool factor, QLabel **hint)
{
    PostmortemSession *session = &context.session;
    PersonNames names;
    if (factor)
        names = [session]() {
            return session->personNames();
        };
    auto *edit = new BlameTextEdit(context.checker, names, true, parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(placeholder);
    *hint = new QLabel(parent);
    (*hint)->setObjectName(objectName + QStringLiteral("Hint"));
    (*hint)->setWordWrap(true);
    (*hint)->setTextFormat(Qt::PlainText);
    Theme::tint(*hint, Theme::Tint::Caution);
    QLabel *label = *hint;
    // A half-typed entry is a draft, saved as it is typed, so a crash mid-sentence loses nothing.
    PostmortemRepository *repository = &context.repository;
    const qint64 sessionId = session->id();
    const QString key = draftKey(*repository, objectName);
    edit->setText(repository->draft(sessionId, key));
    label->setText(edit->currentHints());
    QObject::connect(edit, &QPlainTextEdit::textChanged, label, [edit, label, repository, sessionId, key]() {
        // A draft that cannot be kept (far too long, a full disk) says so where the person is looking.
        const Status saved = repository->setDraft(sessionId, key, edit->text());
        label->setText(saved ? edit->currentHints() : saved.error());
    });
    QObject::connect(edit, &LimitedTextEdit::refused, label, &QLabel::setText);
    return edit;
}

} // namespace

// ---- Timeline -------------------------------------------------------------------------------------------------

TimelinePage::TimelinePage(ConsoleContext context, QWidget *parent)
    : PhasePage(context, parent)
{
    setObjectName(QStringLiteral("timelinePage"));
    const bool retro = m_context.session.kind() == SessionKind::Retro;
    m_model = new TimelineModel(m_context.repository, m_context.edits, m_context.session.id(), this);
    connect(m_model, &TimelineModel::editFailed, this, &PhasePage::problem);

    // New events start on the incident's day (or the retro's first day).
    const QDateTime start = m_context.session.subjectStart().toLocalTime();
    m_date = new QDateEdit(start.date(), this);
    m_date->setObjectName(QStringLiteral("eventDate"));
    m_date->setAccessibleName(tr("Day of the event"));
    m_date->setCalendarPopup(true);
    m_time = new QTimeEdit(start.time(), this);
    m_time->setObjectName(QStringLiteral("eventTime"));
    m_time->setAccessibleName(tr("Time of the event"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("eventKind"));
    m_kind->setAccessibleName(tr("Kind of event"));
    for (const auto &[name, value] : eventKindChoices())
        m_kind->addItem(name, value);
    m_kind->setCurrentIndex(m_kind->findData(int(EventKind::KeyMoment)));
    m_text = makeEntry(m_context, this, QStringLiteral("eventText"),
                       retro ? tr("What happened in the period? Enter adds it") : tr("What happened? Enter adds it"),
                       false, &m_hint);
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addEventButton"));
    add->setToolTip(tr("Adds the event to the timeline (Enter in the text)"));
    connect(add, &QPushButton::clicked, this, &TimelinePage::addEvent);
    connect(m_text, &BlameTextEdit::submitted, this, &TimelinePage::addEvent);

    m_view = makeTable(this, QStringLiteral("timelineView"), tr("Timeline"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(TimelineModel::KindColumn, new ChoiceDelegate(eventKindChoices(), m_view));
    m_view->setItemDelegateForColumn(TimelineModel::TextColumn, new BlameMarkDelegate(m_context.checker, {}, m_view));
    // Wide enough for any time and kind, so the text column gets the rest.
    m_view->setColumnWidth(TimelineModel::TimeColumn,
                           columnWidthFor(m_view, dateTimeSamples(),
                                          m_model->headerData(TimelineModel::TimeColumn, Qt::Horizontal).toString()));
    m_view->setColumnWidth(TimelineModel::KindColumn,
                           columnWidthFor(m_view, choiceNames(eventKindChoices()),
                                          m_model->headerData(TimelineModel::KindColumn, Qt::Horizontal).toString()));
    auto *remove = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &TimelinePage::removeSelected);
    // Keep the newest edit in sight.
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first) { m_view->scrollTo(m_model->index(first, 0)); });

    auto *entry = new QHBoxLayout;
    entry->addWidget(m_date);
    entry->addWidget(m_time);
    entry->addWidget(m_kind);
    entry->addWidget(m_text, 1);
    entry->addWidget(add);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(entry);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);
    auto *help = new QLabel(tr("Tab moves between time, kind and text. Double-click or F2 edits a cell; Delete"
                               " removes the selected event; Ctrl+Z undoes."),
                            this);
    help->setWordWrap(true);
    layout->addWidget(help);
    setTabOrder(m_date, m_time);
    setTabOrder(m_time, m_kind);
    setTabOrder(m_kind, m_text);
    setTabOrder(m_text, add);
    setTabOrder(add, m_view);
}

void TimelinePage::focusEntry()
{
    m_time->setFocus();
}

void TimelinePage::addEvent()
{
    if (m_text->text().trimmed().isEmpty()) {
        emit problem(tr("Type what happened, then press Enter."));
        m_text->setFocus();
        return;
    }
    TimelineEvent e;
    e.sessionId = m_context.session.id();
    e.time = QDateTime(m_date->date(), m_time->time()).toUTC();
    e.kind = static_cast<EventKind>(m_kind->currentData().toInt());
    e.text = m_text->text();
    if (!report(Status::from(m_context.edits.addEvent(e))))
        return;
    m_text->clear();
    m_text->setFocus();
}

void TimelinePage::removeSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (const TimelineEvent *e = m_model->itemAt(current.row()))
        report(m_context.edits.removeEvent(e->id, e->rowVersion));
}

// ---- Factors --------------------------------------------------------------------------------------------------

FactorsPage::FactorsPage(ConsoleContext context, QWidget *parent)
    : PhasePage(context, parent)
{
    setObjectName(QStringLiteral("factorsPage"));
    const bool retro = m_context.session.kind() == SessionKind::Retro;
    m_model = new FactorModel(m_context.repository, m_context.edits, m_context.session.id(), this);
    connect(m_model, &FactorModel::editFailed, this, &PhasePage::problem);

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("factorCategory"));
    m_category->setAccessibleName(tr("Category of the factor"));
    for (const auto &[name, value] : categoryChoices())
        m_category->addItem(name, value);
    m_text = makeEntry(m_context, this, QStringLiteral("factorText"),
                       retro ? tr("What hindered us? Enter adds it")
                             : tr("What made this possible, or harder to handle? Enter adds it"),
                       true, &m_hint);
    auto *add = new QPushButton(tr("&Add factor"), this);
    add->setObjectName(QStringLiteral("addFactorButton"));
    add->setToolTip(tr("Adds the contributing factor (Enter in the text)"));
    connect(add, &QPushButton::clicked, this, &FactorsPage::addFactor);
    connect(m_text, &BlameTextEdit::submitted, this, &FactorsPage::addFactor);

    PostmortemSession *session = &m_context.session;
    m_view = makeTable(this, QStringLiteral("factorView"), tr("Contributing factors"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(FactorModel::CategoryColumn, new ChoiceDelegate(categoryChoices(), m_view));
    m_view->setItemDelegateForColumn(FactorModel::TextColumn,
                                     new BlameMarkDelegate(
                                         m_context.checker, [session]() { return session->personNames(); }, m_view));
    m_view->setColumnWidth(FactorModel::CategoryColumn,
                           columnWidthFor(m_view, choiceNames(categoryChoices()),
                                          m_model->headerData(FactorModel::CategoryColumn, Qt::Horizontal).toString()));
    fillWithColumn(m_view, FactorModel::TextColumn, m_view->fontMetrics().averageCharWidth() * 30);
    m_view->setColumnWidth(FactorModel::EventsColumn, m_view->fontMetrics().averageCharWidth() * 16);
    auto *remove = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &FactorsPage::removeSelected);

    m_events = new QListWidget(this);
    m_events->setObjectName(QStringLiteral("factorEvents"));
    m_events->setAccessibleName(tr("Timeline events the selected factor explains"));
    connect(m_events, &QListWidget::itemChanged, this, &FactorsPage::eventToggled);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FactorsPage::refreshEvents);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FactorsPage::refreshEvents);
    connect(&m_context.repository, &PostmortemRepository::eventsChanged, this, &FactorsPage::refreshEvents);

    auto *factorBox = new QGroupBox(retro ? tr("What hindered us") : tr("Contributing factors"), this);
    auto *entry = new QHBoxLayout;
    entry->addWidget(m_category);
    entry->addWidget(m_text, 1);
    entry->addWidget(add);
    auto *explains = new QVBoxLayout;
    auto *explainsLabel = new QLabel(tr("The selected factor e&xplains:"), this);
    explainsLabel->setBuddy(m_events);
    explains->addWidget(explainsLabel);
    explains->addWidget(m_events, 1);
    auto *split = new QHBoxLayout;
    split->addWidget(m_view, 5);
    split->addLayout(explains, 2);
    auto *factorLayout = new QVBoxLayout(factorBox);
    factorLayout->addLayout(entry);
    factorLayout->addWidget(m_hint);
    factorLayout->addLayout(split, 1);

    auto *lists = new QGridLayout;
    const QList<LearningKind> kinds = PostmortemText::learningKinds();
    for (int i = 0; i < kinds.size(); ++i)
        lists->addWidget(learningList(kinds.at(i)), i / 2, i % 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(factorBox, 3);
    layout->addLayout(lists, 2);
    setTabOrder(m_category, m_text);
    setTabOrder(m_text, add);
    setTabOrder(add, m_view);
    setTabOrder(m_view, m_events);
}

QWidget *FactorsPage::learningList(LearningKind kind)
{
    const bool retro = m_context.session.kind() == SessionKind::Retro;
    const QString key = PostmortemText::learningKey(kind);
    const QString title =
        retro && kind == LearningKind::WentWell ? tr("What helped us") : PostmortemText::learningName(kind);
    auto *box = new QGroupBox(title, this);
    auto *model = new LearningModel(m_context.repository, m_context.edits, m_context.session.id(), kind, box);
    connect(model, &LearningModel::editFailed, this, &PhasePage::problem);
    auto *view = new QListView(box);
    view->setObjectName(QStringLiteral("learningView_") + key);
    view->setAccessibleName(title);
    view->setModel(model);
    view->setItemDelegate(new BlameMarkDelegate(m_context.checker, {}, view));
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    QLabel *hint = nullptr;
    BlameTextEdit *entry =
        makeEntry(m_context, box, QStringLiteral("learningEntry_") + key, tr("Type and press Enter"), false, &hint);
    entry->setAccessibleName(title);
    connect(entry, &BlameTextEdit::submitted, this, [this, entry, kind]() {
        if (entry->text().trimmed().isEmpty())
            return;
        Learning l;
        l.sessionId = m_context.session.id();
        l.kind = kind;
        l.text = entry->text();
        if (report(Status::from(m_context.edits.addLearning(l))))
            entry->clear();
    });
    auto *remove = new QShortcut(QKeySequence::Delete, view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this, view, model]() {
        if (const Learning *l = model->itemAt(view->currentIndex().row()))
            report(m_context.edits.removeLearning(l->id, l->rowVersion));
    });
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(entry);
    layout->addWidget(hint);
    layout->addWidget(view, 1);
    return box;
}

void FactorsPage::focusEntry()
{
    m_text->setFocus();
}

void FactorsPage::addFactor()
{
    if (m_text->text().trimmed().isEmpty()) {
        emit problem(tr("Type the contributing factor, then press Enter."));
        m_text->setFocus();
        return;
    }
    ContributingFactor f;
    f.sessionId = m_context.session.id();
    f.category = static_cast<FactorCategory>(m_category->currentData().toInt());
    f.text = m_text->text();
    const Result<qint64> id = m_context.edits.addFactor(f);
    if (!report(Status::from(id)))
        return;
    m_text->clear();
    m_text->setFocus();
    // Select the new factor so its events can be ticked straight away.
    const int row = m_model->rowOf(*id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, FactorModel::TextColumn));
}

void FactorsPage::removeSelected()
{
    if (const ContributingFactor *f = m_model->itemAt(m_view->currentIndex().row()))
        report(m_context.edits.removeFactor(f->id, f->rowVersion));
}

void FactorsPage::refreshEvents()
{
    const ContributingFactor *factor = m_model->itemAt(m_view->currentIndex().row());
    const QSignalBlocker blocker(m_events);
    // Space ticks an event and the list is filled again: the keyboard keeps its place for the next Down, Space.
    const int current = m_events->currentRow();
    m_events->clear();
    for (const TimelineEvent &e : m_context.repository.events(m_context.session.id())) {
        auto *item = new QListWidgetItem(TimelineModel::label(e) + QStringLiteral(": ") + e.text, m_events);
        item->setData(Qt::UserRole, e.id);
        item->setFlags(factor ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable
                              : Qt::ItemIsSelectable);
        item->setCheckState(factor && factor->eventIds.contains(e.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (factor && current >= 0 && m_events->count() > 0)
        m_events->setCurrentRow(std::min(current, m_events->count() - 1));
}

void FactorsPage::eventToggled()
{
    const ContributingFactor *factor = m_model->itemAt(m_view->currentIndex().row());
    if (!factor)
        return;
    ContributingFactor changed = *factor;
    changed.eventIds.clear();
    for (int i = 0; i < m_events->count(); ++i) {
        if (m_events->item(i)->checkState() == Qt::Checked)
            changed.eventIds.append(m_events->item(i)->data(Qt::UserRole).toLongLong());
    }
    report(m_context.edits.editFactor(changed));
}

// ---- Actions --------------------------------------------------------------------------------------------------

ActionsPage::ActionsPage(ConsoleContext context, QWidget *parent)
    : PhasePage(context, parent)
{
    setObjectName(QStringLiteral("actionsPage"));
    const qint64 sessionId = m_context.session.id();
    ActionFilter earlierFilter;
    earlierFilter.earlierThanSessionId = sessionId;
    m_earlier = new ActionItemsModel(m_context.repository, m_context.edits, earlierFilter, this);
    ActionFilter mine;
    mine.sessionId = sessionId;
    m_model = new ActionItemsModel(m_context.repository, m_context.edits, mine, this);
    connect(m_earlier, &ActionItemsModel::editFailed, this, &PhasePage::problem);
    connect(m_model, &ActionItemsModel::editFailed, this, &PhasePage::problem);

    m_earlierBox = new QGroupBox(tr("Still open from earlier: did our fixes hold?"), this);
    auto *earlierView = makeTable(m_earlierBox, QStringLiteral("earlierActionsView"), tr("Open earlier actions"));
    earlierView->setModel(m_earlier);
    setUpActionTable(earlierView, *m_earlier);
    earlierView->setColumnHidden(ActionItemsModel::FactorColumn, true);
    auto *earlierLayout = new QVBoxLayout(m_earlierBox);
    earlierLayout->addWidget(earlierView);
    const auto showEarlier = [this]() {
        m_earlierBox->setVisible(m_earlier->rowCount() > 0);
    };
    connect(m_earlier, &QAbstractItemModel::rowsInserted, this, showEarlier);
    connect(m_earlier, &QAbstractItemModel::rowsRemoved, this, showEarlier);
    showEarlier();

    m_text =
        makeEntry(m_context, this, QStringLiteral("actionText"), tr("What will we do? Enter adds it"), false, &m_hint);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("actionKind"));
    m_kind->setAccessibleName(tr("Kind of action"));
    for (const auto &[name, value] : actionKindChoices())
        m_kind->addItem(name, value);
    m_owner = new TeamComboBox(this);
    m_owner->setObjectName(QStringLiteral("actionOwner"));
    m_owner->setAccessibleName(tr("Owner team"));
    m_owner->populate(m_context.teamModel);
    m_owner->setCurrentTeamId(m_context.session.session().teamId);
    m_person = new QLineEdit(this);
    m_person->setObjectName(QStringLiteral("actionPerson"));
    m_person->setPlaceholderText(tr("Person (optional)"));
    m_person->setAccessibleName(tr("Person who owns it"));
    keepDraft(m_person, m_context.repository, m_context.session.id(), m_person->objectName());
    m_due = new QDateEdit(QDate::currentDate().addDays(14), this);
    m_due->setObjectName(QStringLiteral("actionDue"));
    m_due->setAccessibleName(tr("Due date"));
    m_due->setCalendarPopup(true);
    m_factor = new QComboBox(this);
    m_factor->setObjectName(QStringLiteral("actionFactor"));
    m_factor->setAccessibleName(tr("Factor it addresses"));
    m_factor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_factor->setMinimumContentsLength(20);
    auto *add = new QPushButton(tr("&Add action"), this);
    add->setObjectName(QStringLiteral("addActionButton"));
    add->setToolTip(tr("Adds the action item (Enter in the text or the person)"));
    connect(add, &QPushButton::clicked, this, &ActionsPage::addAction);
    connect(m_text, &BlameTextEdit::submitted, this, &ActionsPage::addAction);
    connect(m_person, &QLineEdit::returnPressed, this, &ActionsPage::addAction);
    connect(&m_context.repository, &PostmortemRepository::factorsChanged, this, [this](qint64 id) {
        if (id == m_context.session.id())
            refreshFactors();
    });
    refreshFactors();

    m_view = makeTable(this, QStringLiteral("actionView"), tr("Action items"));
    m_view->setModel(m_model);
    setUpActionTable(m_view, *m_model);
    m_view->setItemDelegateForColumn(ActionItemsModel::TextColumn,
                                     new BlameMarkDelegate(m_context.checker, {}, m_view));
    m_view->setColumnHidden(ActionItemsModel::SourceColumn, true);
    auto *remove = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &ActionsPage::removeSelected);

    auto *form = new QGridLayout;
    form->addWidget(m_text, 0, 0, 1, 5);
    form->addWidget(add, 0, 5);
    form->addWidget(m_kind, 1, 0);
    form->addWidget(m_owner, 1, 1);
    form->addWidget(m_person, 1, 2);
    form->addWidget(m_due, 1, 3);
    form->addWidget(m_factor, 1, 4, 1, 2);
    form->setColumnStretch(4, 1);
    auto *box = new QGroupBox(tr("What we will do"), this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addLayout(form);
    boxLayout->addWidget(m_hint);
    boxLayout->addWidget(m_view, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_earlierBox, 1);
    layout->addWidget(box, 3);
    setTabOrder(m_text, m_kind);
    setTabOrder(m_kind, m_owner);
    setTabOrder(m_owner, m_person);
    setTabOrder(m_person, m_due);
    setTabOrder(m_due, m_factor);
    setTabOrder(m_factor, add);
    setTabOrder(add, m_view);
}

void ActionsPage::focusEntry()
{
    m_text->setFocus();
}

void ActionsPage::refreshFactors()
{
    const qint64 previous = m_factor->currentData().toLongLong();
    m_factor->clear();
    m_factor->addItem(tr("Addresses no single factor"), qint64(0));
    for (const ContributingFactor &f : m_context.repository.factors(m_context.session.id()))
        m_factor->addItem(QFontMetrics(font()).elidedText(f.text, Qt::ElideRight, 400), f.id);
    m_factor->setCurrentIndex(std::max(0, m_factor->findData(previous)));
}

void ActionsPage::addAction()
{
    if (m_text->text().trimmed().isEmpty()) {
        emit problem(tr("Type the action item, then press Enter."));
        m_text->setFocus();
        return;
    }
    ActionItem a;
    a.sessionId = m_context.session.id();
    a.kind = static_cast<ActionKind>(m_kind->currentData().toInt());
    a.text = m_text->text();
    a.ownerTeamId = m_owner->currentTeamId();
    a.ownerPerson = m_person->text();
    a.due = m_due->date();
    a.factorId = m_factor->currentData().toLongLong();
    if (!report(Status::from(m_context.edits.addAction(a))))
        return;
    m_text->clear();
    m_person->clear();
    m_text->setFocus();
}

void ActionsPage::removeSelected()
{
    if (const ActionRow *row = m_model->itemAt(m_view->currentIndex().row()))
        report(m_context.edits.removeAction(row->item.id, row->item.rowVersion));
}

// ---- Closing --------------------------------------------------------------------------------------------------

ClosingPage::ClosingPage(ConsoleContext context, QWidget *parent)
    : PhasePage(context, parent)
{
    setObjectName(QStringLiteral("closingPage"));
    auto *summaryBox = new QGroupBox(tr("Summary"), this);
    m_summary = new BlameTextEdit(m_context.checker, {}, false, summaryBox);
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setPlaceholderText(tr("What happened, what we agreed and what we will do, in a few sentences. Saved"
                                     " as you type."));
    m_summary->setText(m_context.session.session().summary);
    connect(m_summary, &QPlainTextEdit::textChanged, this,
            [this]() { report(m_context.session.setSummary(m_summary->text())); });
    connect(m_summary, &LimitedTextEdit::refused, this, &PhasePage::problem);
    auto *summaryLayout = new QVBoxLayout(summaryBox);
    summaryLayout->addWidget(m_summary);

    auto *checkBox = new QGroupBox(tr("How are people doing?"), this);
    auto *check = new CheckPanel(m_context.session, CheckKind::Closing, checkBox);
    connect(check, &CheckPanel::problem, this, &PhasePage::problem);
    auto *checkLayout = new QVBoxLayout(checkBox);
    checkLayout->addWidget(check);

    auto *recordBox = new QGroupBox(tr("The record"), this);
    m_record = new QLabel(recordBox);
    m_record->setObjectName(QStringLiteral("phaseRecord"));
    m_record->setWordWrap(true);
    m_record->setTextFormat(Qt::PlainText);
    m_record->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_recordLayout = new QVBoxLayout(recordBox);
    m_recordLayout->addWidget(m_record);
    m_recordLayout->addStretch(1);

    auto *layout = new QGridLayout(this);
    layout->addWidget(summaryBox, 0, 0);
    layout->addWidget(recordBox, 0, 1, 2, 1);
    layout->addWidget(checkBox, 1, 0);
    layout->setColumnStretch(0, 2);
    layout->setColumnStretch(1, 1);
    connect(&m_context.session, &PostmortemSession::changed, this, &ClosingPage::refresh);
    refresh();
}

void ClosingPage::focusEntry()
{
    m_summary->setFocus();
}

void ClosingPage::addReportActions(const QList<QAction *> &actions)
{
    auto *buttons = new QHBoxLayout;
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setObjectName(ReportExport::buttonName(QStringLiteral("closing"), action));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    m_recordLayout->addLayout(buttons);
}

void ClosingPage::refresh()
{
    const Session &s = m_context.session.session();
    if (!m_summary->hasFocus())
        m_summary->setText(s.summary);
    const QLocale locale;
    QStringList lines;
    for (const PhaseLogEntry &entry : m_context.repository.phaseLog(s.id)) {
        const QString when = locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat);
        const QString phase = PostmortemText::phaseName(entry.phase, s.kind);
        switch (entry.what) {
        case PhaseLogEntry::Agreed:
            lines.append(tr("%1: agreed %2, confirmed by %3").arg(phase, when, entry.who));
            break;
        case PhaseLogEntry::Skipped:
            lines.append(tr("%1: moved on without agreement %2. Reason: %3").arg(phase, when, entry.reason));
            break;
        case PhaseLogEntry::Reopened:
            lines.append(tr("%1: reopened %2").arg(phase, when));
            break;
        }
    }
    m_record->setText(lines.isEmpty() ? tr("No phase has been agreed yet.") : lines.join(QLatin1Char('\n')));
}

} // namespace candor
