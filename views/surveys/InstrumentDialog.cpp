#include "InstrumentDialog.h"

#include "common/Banner.h"
#include "common/MessageBox.h"
#include "common/TextLimits.h"
#include "domain/Names.h"
#include "domain/Validation.h"
#include "storage/SurveyRepository.h"
#include "survey/Instruments.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace candor {

namespace {

enum ItemColumn { TextColumn, ConstructColumn, ReversedColumn, ItemColumnCount };
constexpr int DefaultCustomScale = 5;

QPushButton *makeButton(const QString &text, const QString &name, const QString &accessible, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAccessibleName(accessible);
    button->setAutoDefault(false);
    return button;
}

} // namespace

InstrumentDialog::InstrumentDialog(SurveyRepository &surveys, QWidget *parent)
    : QDialog(parent)
    , m_surveys(surveys)
    , m_list(new QListWidget(this))
    , m_builtInNote(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_scale(new QSpinBox(this))
    , m_scaleNote(new QLabel(this))
    , m_items(new QTableWidget(0, ItemColumnCount, this))
    , m_add(makeButton(tr("&Add question"), QStringLiteral("addItemButton"), tr("Add question"), this))
    , m_remove(makeButton(tr("&Remove question"), QStringLiteral("removeItemButton"), tr("Remove question"), this))
    , m_up(makeButton(tr("Move &up"), QStringLiteral("moveItemUpButton"), tr("Move question up"), this))
    , m_down(makeButton(tr("Move do&wn"), QStringLiteral("moveItemDownButton"), tr("Move question down"), this))
    , m_save(makeButton(tr("&Save"), QStringLiteral("saveInstrumentButton"), tr("Save instrument"), this))
    , m_copy(
          makeButton(tr("C&opy as new"), QStringLiteral("copyInstrumentButton"), tr("Copy as a new instrument"), this))
    , m_problem(new Banner(Banner::Problem, this))
    , m_saved(new QLabel(this))
{
    setObjectName(QStringLiteral("instrumentDialog"));
    setWindowTitle(tr("Survey instruments"));
    setAttribute(Qt::WA_DeleteOnClose);

    // ---- The list ----
    m_list->setObjectName(QStringLiteral("instrumentList"));
    m_list->setAccessibleName(tr("Instruments"));
    connect(m_list, &QListWidget::currentRowChanged, this, &InstrumentDialog::listRowChanged);
    auto *newButton =
        makeButton(tr("New &instrument"), QStringLiteral("newInstrumentButton"), tr("New instrument"), this);
    connect(newButton, &QPushButton::clicked, this, &InstrumentDialog::newInstrument);
    m_copy->setToolTip(tr("Start a new instrument from the selected one's questions"));
    connect(m_copy, &QPushButton::clicked, this, &InstrumentDialog::copyInstrument);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(newButton);
    leftLayout->addWidget(m_copy);

    // ---- The editor ----
    m_builtInNote->setObjectName(QStringLiteral("instrumentBuiltInNote"));
    m_builtInNote->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("instrumentNameEdit"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(Limits::NameLength);
    m_description->setObjectName(QStringLiteral("instrumentDescriptionEdit"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setMaxLength(Limits::NameLength);
    m_description->setPlaceholderText(tr("What it measures; respondents see this before they start"));
    m_scale->setObjectName(QStringLiteral("instrumentScaleSpin"));
    m_scale->setAccessibleName(tr("Scale points"));
    m_scale->setRange(Instruments::MinScalePoints, Instruments::MaxScalePoints);
    m_scale->setSuffix(tr(" points", "after the number of points of a scale"));
    m_scaleNote->setObjectName(QStringLiteral("instrumentScaleNote"));
    m_scaleNote->setWordWrap(true);
    m_items->setObjectName(QStringLiteral("instrumentItemsTable"));
    m_items->setAccessibleName(tr("Questions"));
    m_items->setHorizontalHeaderLabels({tr("Statement"), tr("Measures"), tr("Reversed")});
    m_items->horizontalHeaderItem(ReversedColumn)
        ->setToolTip(tr("Negatively worded: agreeing is unfavourable, so the answer is reverse-scored"));
    m_items->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_items->horizontalHeader()->setSectionResizeMode(ConstructColumn, QHeaderView::Interactive);
    m_items->horizontalHeader()->setSectionResizeMode(ReversedColumn, QHeaderView::ResizeToContents);
    m_items->horizontalHeader()->resizeSection(ConstructColumn, m_items->fontMetrics().averageCharWidth() * 22);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->setWordWrap(false); // one line per question; the whole statement is its tooltip
    m_items->setTabKeyNavigation(false);
    m_items->setItemDelegate(new LongTextDelegate(m_items)); // a statement's editor is named by its column
    auto *removeKey = new QShortcut(QKeySequence::Delete, m_items, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &InstrumentDialog::removeItem);
    connect(m_items, &QTableWidget::itemChanged, this, &InstrumentDialog::markDirty);
    connect(m_items, &QTableWidget::itemSelectionChanged, this, &InstrumentDialog::updateItemButtons);
    connect(m_name, &QLineEdit::textEdited, this, &InstrumentDialog::markDirty);
    connect(m_description, &QLineEdit::textEdited, this, &InstrumentDialog::markDirty);
    connect(m_scale, &QSpinBox::valueChanged, this, &InstrumentDialog::markDirty);
    connect(m_add, &QPushButton::clicked, this, &InstrumentDialog::addItem);
    connect(m_remove, &QPushButton::clicked, this, &InstrumentDialog::removeItem);
    connect(m_up, &QPushButton::clicked, this, [this]() { moveItem(-1); });
    connect(m_down, &QPushButton::clicked, this, [this]() { moveItem(1); });
    connect(m_save, &QPushButton::clicked, this, &InstrumentDialog::save);
    m_problem->setObjectName(QStringLiteral("instrumentProblem"));
    m_saved->setObjectName(QStringLiteral("instrumentSavedNote"));
    m_saved->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("S&cale:"), m_scale);
    form->addRow(QString(), m_scaleNote);
    auto *itemButtons = new QHBoxLayout;
    itemButtons->addWidget(m_add);
    itemButtons->addWidget(m_remove);
    itemButtons->addWidget(m_up);
    itemButtons->addWidget(m_down);
    itemButtons->addStretch(1);
    itemButtons->addWidget(m_save);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_builtInNote);
    rightLayout->addLayout(form);
    auto *questionsLabel = new QLabel(tr("&Questions:"), right);
    questionsLabel->setBuddy(m_items);
    rightLayout->addWidget(questionsLabel);
    rightLayout->addWidget(m_items, 1);
    rightLayout->addLayout(itemButtons);
    rightLayout->addWidget(m_problem);
    rightLayout->addWidget(m_saved);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("instrumentCloseButton"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &InstrumentDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(960, 600);

    fillList({});
    m_list->setFocus(Qt::OtherFocusReason);
}

void InstrumentDialog::fillList(const QString &selectKey)
{
    m_instruments = m_surveys.instruments();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int select = 0;
    for (int i = 0; i < m_instruments.size(); ++i) {
        const Instrument &instrument = m_instruments.at(i);
        const QString name = Instruments::displayName(instrument);
        auto *item = new QListWidgetItem(instrument.builtIn
                                             ? tr("%1 (built in)").arg(name)
                                             : tr("%1 (version %2)").arg(name, QLocale().toString(instrument.version)),
                                         m_list);
        item->setToolTip(Instruments::displayDescription(instrument));
        if (instrument.key == selectKey)
            select = i;
    }
    m_listRow = -1;
    if (!m_instruments.isEmpty()) {
        m_list->setCurrentRow(select);
        m_listRow = select;
        const Instrument &chosen = m_instruments.at(select);
        load(chosen, !chosen.builtIn);
    }
}

void InstrumentDialog::listRowChanged(int row)
{
    if (row == m_listRow)
        return;
    if (!confirmDiscard()) {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(m_listRow);
        return;
    }
    m_listRow = row;
    if (row >= 0 && row < m_instruments.size())
        load(m_instruments.at(row), !m_instruments.at(row).builtIn);
}

void InstrumentDialog::load(const Instrument &instrument, bool editable)
{
    m_loading = true;
    m_problem->showMessage({});
    m_saved->clear();
    m_key = instrument.builtIn ? QString() : instrument.key;
    m_version = instrument.id > 0 ? instrument.version : 0;
    m_name->setText(Instruments::displayName(instrument));
    m_description->setText(Instruments::displayDescription(instrument));
    m_scale->setValue(instrument.scalePoints);
    m_items->setRowCount(0);
    for (const SurveyItem &item : instrument.items)
        insertItemRow(m_items->rowCount(), item, Instruments::displayText(instrument, item),
                      Instruments::displayConstruct(instrument, item));
    setEditable(editable, instrument.id > 0);
    if (instrument.builtIn)
        m_builtInNote->setText(
            tr("Built in: read only, so its results stay comparable everywhere. Use Copy as new to start your own "
               "from it.") +
            (instrument.hasTrend ? QLatin1Char(' ') + tr("Each answer also says whether things are getting better, "
                                                         "staying the same or getting worse.")
                                 : QString()));
    m_builtInNote->setVisible(instrument.builtIn);
    m_dirty = false;
    m_loading = false;
    updateItemButtons();
}

void InstrumentDialog::insertItemRow(int row, const SurveyItem &item, const QString &text, const QString &construct)
{
    const QSignalBlocker blocker(m_items);
    m_items->insertRow(row);
    auto *statement = new QTableWidgetItem(text);
    statement->setToolTip(text);
    m_items->setItem(row, TextColumn, statement);
    m_items->setItem(row, ConstructColumn, new QTableWidgetItem(construct));
    auto *reversed = new QTableWidgetItem;
    reversed->setCheckState(item.reversed ? Qt::Checked : Qt::Unchecked);
    m_items->setItem(row, ReversedColumn, reversed);
    if (!m_editable) {
        for (int column = 0; column < ItemColumnCount; ++column)
            m_items->item(row, column)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    } else {
        reversed->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    }
}

void InstrumentDialog::setEditable(bool editable, bool existing)
{
    m_editable = editable;
    m_name->setReadOnly(!editable);
    m_description->setReadOnly(!editable);
    // Answers on another scale could not share the instrument's trend: the scale is fixed once it exists.
    m_scale->setEnabled(editable && !existing);
    m_scaleNote->setText(existing
                             ? tr("The scale is fixed once the instrument exists: answers on a scale of another "
                                  "length could not be compared with earlier waves. Make a new instrument for "
                                  "another scale.")
                             : tr("Answers run from 1 (disagree) to this number (agree). It cannot change once the "
                                  "instrument is saved."));
    m_copy->setEnabled(existing);
    m_save->setEnabled(editable);
    m_add->setVisible(editable);
    m_remove->setVisible(editable);
    m_up->setVisible(editable);
    m_down->setVisible(editable);
    m_save->setVisible(editable);
    m_items->setEditTriggers(editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                            QAbstractItemView::AnyKeyPressed
                                      : QAbstractItemView::NoEditTriggers);
    // The flags of the rows already there follow.
    for (int row = 0; row < m_items->rowCount(); ++row) {
        for (int column = 0; column < ItemColumnCount; ++column) {
            QTableWidgetItem *item = m_items->item(row, column);
            if (!item)
                continue;
            const QSignalBlocker blocker(m_items);
            Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
            if (editable)
                flags |= column == ReversedColumn ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
            item->setFlags(flags);
        }
    }
}

void InstrumentDialog::updateItemButtons()
{
    const int row = m_items->currentRow();
    const bool selected = m_editable && row >= 0 && !m_items->selectedItems().isEmpty();
    m_remove->setEnabled(selected);
    m_up->setEnabled(selected && row > 0);
    m_down->setEnabled(selected && row + 1 < m_items->rowCount());
    m_add->setEnabled(m_editable && m_items->rowCount() < Instruments::MaxItems);
}

void InstrumentDialog::markDirty()
{
    if (m_loading)
        return;
    m_dirty = true;
    m_saved->clear();
}

bool InstrumentDialog::confirmDiscard()
{
    if (!m_dirty)
        return true;
    const QString name = m_name->text().trimmed().isEmpty() ? tr("the new instrument")
                                                            : QStringLiteral("“%1”").arg(shortName(m_name->text()));
    if (MessageBox::question(this, tr("Unsaved changes"),
                             tr("Discard your changes to %1? They are not saved yet.").arg(name),
                             QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Discard)
        return false;
    m_dirty = false;
    return true;
}

void InstrumentDialog::newInstrument()
{
    if (!confirmDiscard())
        return;
    Instrument blank;
    blank.scalePoints = DefaultCustomScale;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clearSelection();
        m_list->setCurrentRow(-1);
    }
    m_listRow = -1;
    load(blank, true);
    m_name->setFocus(Qt::OtherFocusReason);
}

void InstrumentDialog::copyInstrument()
{
    if (m_listRow < 0 || m_listRow >= m_instruments.size() || !confirmDiscard())
        return;
    Instrument copy = m_instruments.at(m_listRow);
    // Its questions as they read on screen, as the new instrument's own text.
    for (SurveyItem &item : copy.items) {
        const QString text = Instruments::displayText(copy, item);
        const QString construct = Instruments::displayConstruct(copy, item);
        item.text = text;
        item.construct = construct;
    }
    copy.name = tr("Copy of %1").arg(Instruments::displayName(copy));
    copy.description = Instruments::displayDescription(copy);
    copy.id = 0;
    copy.key.clear();
    copy.builtIn = false;
    copy.hasTrend = false;
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(-1);
    }
    m_listRow = -1;
    load(copy, true);
    m_dirty = true; // not saved yet
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

Instrument InstrumentDialog::edited() const
{
    Instrument instrument;
    instrument.key = m_key;
    instrument.name = m_name->text().trimmed();
    instrument.description = m_description->text().trimmed();
    instrument.scalePoints = m_scale->value();
    for (int row = 0; row < m_items->rowCount(); ++row) {
        SurveyItem item;
        item.text = m_items->item(row, TextColumn) ? m_items->item(row, TextColumn)->text().trimmed() : QString();
        item.construct =
            m_items->item(row, ConstructColumn) ? m_items->item(row, ConstructColumn)->text().trimmed() : QString();
        item.reversed =
            m_items->item(row, ReversedColumn) && m_items->item(row, ReversedColumn)->checkState() == Qt::Checked;
        instrument.items.push_back(item);
    }
    return instrument;
}

void InstrumentDialog::addItem()
{
    if (!m_editable || m_items->rowCount() >= Instruments::MaxItems)
        return;
    const int row = m_items->currentRow() >= 0 ? m_items->currentRow() + 1 : m_items->rowCount();
    insertItemRow(row, SurveyItem{}, QString(), QString());
    markDirty();
    m_items->setCurrentCell(row, TextColumn);
    m_items->setFocus(Qt::OtherFocusReason);
    m_items->editItem(m_items->item(row, TextColumn));
    updateItemButtons();
}

void InstrumentDialog::removeItem()
{
    const int row = m_items->currentRow();
    if (!m_editable || row < 0)
        return;
    m_items->removeRow(row);
    markDirty();
    if (m_items->rowCount() > 0)
        m_items->setCurrentCell(std::min(row, m_items->rowCount() - 1), TextColumn);
    updateItemButtons();
}

void InstrumentDialog::moveItem(int delta)
{
    const int row = m_items->currentRow();
    const int target = row + delta;
    if (!m_editable || row < 0 || target < 0 || target >= m_items->rowCount())
        return;
    const QSignalBlocker blocker(m_items);
    for (int column = 0; column < ItemColumnCount; ++column) {
        QTableWidgetItem *a = m_items->takeItem(row, column);
        QTableWidgetItem *b = m_items->takeItem(target, column);
        m_items->setItem(row, column, b);
        m_items->setItem(target, column, a);
    }
    m_items->setCurrentCell(target, m_items->currentColumn() < 0 ? TextColumn : m_items->currentColumn());
    markDirty();
    updateItemButtons();
}

void InstrumentDialog::save()
{
    if (!m_editable)
        return;
    m_problem->showMessage({});
    const bool existed = !m_key.isEmpty();
    const int before = m_version;
    const Result<Instrument> saved = m_surveys.saveCustomInstrument(edited());
    if (!saved) {
        m_problem->showMessage(saved.error());
        return;
    }
    m_dirty = false;
    fillList(saved->key);
    const QLocale locale;
    if (!existed)
        m_saved->setText(tr("Saved as version 1. New waves can ask it now."));
    else if (saved->version == before)
        m_saved->setText(tr("Nothing changed: it stays version %1.").arg(locale.toString(saved->version)));
    else
        m_saved->setText(tr("Saved as version %1. Waves already run keep the version they asked; new waves ask this "
                            "one.")
                             .arg(locale.toString(saved->version)));
}

void InstrumentDialog::reject()
{
    if (!confirmDiscard())
        return;
    QDialog::reject();
}

} // namespace candor
