#include "CsvImportDialog.h"

#include "common/Banner.h"
#include "common/Settings.h"
#include "domain/Names.h"
#include "storage/SurveyRepository.h"
#include "survey/Instruments.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace candor {

namespace {

constexpr int PreviewRows = 5;
constexpr int MaximumListedProblems = 500; // more than anyone reads; the count says how many there are

QLabel *makeLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

CsvImportDialog::CsvImportDialog(SurveyRepository &surveys, qint64 waveId, QWidget *parent)
    : QDialog(parent)
    , m_surveys(surveys)
    , m_waveId(waveId)
{
    setObjectName(QStringLiteral("csvImportDialog"));
    setWindowTitle(tr("Import answers from CSV"));
    setAttribute(Qt::WA_DeleteOnClose);

    const Result<SurveyWaveRow> wave = m_surveys.wave(waveId);
    if (!wave) {
        m_errorText = wave.error();
        return;
    }
    const Result<Instrument> instrument = m_surveys.instrument(wave->wave.instrumentId);
    if (!instrument) {
        m_errorText = instrument.error();
        return;
    }
    m_instrument = *instrument;

    const QString waveName = wave->wave.title.isEmpty()
                                 ? tr("Wave of %1").arg(QLocale().toString(wave->wave.opens, QLocale::ShortFormat))
                                 : wave->wave.title;
    QLabel *intro = makeLabel(tr("Answers for “%1” (%2), asked with “%3”. Export the answers from the form tool as "
                                 "CSV, one person per row with a header row of questions.")
                                  .arg(shortName(waveName), wave->teamName, Instruments::displayName(m_instrument)),
                              this);

    // ---- The file ----
    auto *pathLabel = new QLabel(tr("&File:"), this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("csvPathEdit"));
    m_path->setAccessibleName(tr("CSV file"));
    m_path->setPlaceholderText(tr("Type a path and press Enter, or browse"));
    pathLabel->setBuddy(m_path);
    connect(m_path, &QLineEdit::returnPressed, this, &CsvImportDialog::load);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("csvBrowseButton"));
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &CsvImportDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(pathLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    m_fileProblem = new Banner(Banner::Problem, this);
    m_fileProblem->setObjectName(QStringLiteral("csvFileProblem"));
    m_fileSummary = makeLabel(QString(), this);
    m_fileSummary->setObjectName(QStringLiteral("csvFileSummary"));
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("csvPreview"));
    m_preview->setAccessibleName(tr("The file's columns and first rows"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_preview->setTabKeyNavigation(false);
    m_preview->setMinimumHeight(m_preview->fontMetrics().height() * 6);
    m_preview->setMaximumHeight(m_preview->fontMetrics().height() * (PreviewRows + 4));
    m_preview->hide();

    // ---- Which column holds what ----
    auto *mappingBox = new QGroupBox(tr("Columns"), this);
    mappingBox->setObjectName(QStringLiteral("csvMappingBox"));
    m_mappingNote = makeLabel(tr("Choose a file first."), mappingBox);
    m_mappingNote->setObjectName(QStringLiteral("csvMappingNote"));
    auto *mappingForm = new QWidget;
    auto *form = new QFormLayout(mappingForm);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int i = 0; i < m_instrument.itemCount(); ++i) {
        const SurveyItem &item = m_instrument.items[size_t(i)];
        auto *combo = new QComboBox(mappingForm);
        combo->setObjectName(QStringLiteral("csvItemColumn%1").arg(i + 1));
        const QString text = Instruments::displayText(m_instrument, item);
        combo->setAccessibleName(tr("Column of question %1").arg(QLocale().toString(i + 1)));
        combo->setToolTip(text);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(24);
        connect(combo, &QComboBox::currentIndexChanged, this, &CsvImportDialog::check);
        QLabel *label =
            makeLabel(tr("%1. %2", "question number. question text").arg(QLocale().toString(i + 1), text), mappingForm);
        label->setBuddy(combo);
        form->addRow(label, combo);
        m_itemColumns.push_back(combo);
    }
    m_commentColumn = new QComboBox(mappingForm);
    m_commentColumn->setObjectName(QStringLiteral("csvCommentColumn"));
    m_commentColumn->setAccessibleName(tr("Column of comments"));
    m_commentColumn->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_commentColumn->setMinimumContentsLength(24);
    connect(m_commentColumn, &QComboBox::currentIndexChanged, this, &CsvImportDialog::check);
    QLabel *commentLabel = makeLabel(tr("Co&mment (optional)"), mappingForm);
    commentLabel->setBuddy(m_commentColumn);
    form->addRow(commentLabel, m_commentColumn);
    mappingForm->setEnabled(false);
    auto *scroll = new QScrollArea(mappingBox);
    scroll->setWidget(mappingForm);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->addWidget(m_mappingNote);
    mappingLayout->addWidget(scroll, 1);

    // ---- Problems and the import ----
    auto *problemsLabel = new QLabel(tr("&Problems:"), this);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("csvProblemsList"));
    m_problems->setAccessibleName(tr("Problems to fix before importing"));
    m_problems->setWordWrap(true);
    m_problems->setMaximumHeight(m_problems->fontMetrics().height() * 7);
    problemsLabel->setBuddy(m_problems);
    m_status = makeLabel(QString(), this);
    m_status->setObjectName(QStringLiteral("csvStatus"));
    m_importProblem = new Banner(Banner::Problem, this);
    m_importProblem->setObjectName(QStringLiteral("csvImportProblem"));

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(QStringLiteral("csvImportButton"));
    m_import->setEnabled(false);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("csvCloseButton"));
    // No default button: Enter in the file field reads the file and must never import it as well.
    m_import->setAutoDefault(false);
    close->setAutoDefault(false);
    // Import keeps the dialog open with what happened; only Close closes it.
    connect(m_import, &QPushButton::clicked, this, &CsvImportDialog::import);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_fileProblem);
    layout->addWidget(m_fileSummary);
    layout->addWidget(m_preview);
    layout->addWidget(mappingBox, 1);
    layout->addWidget(problemsLabel);
    layout->addWidget(m_problems);
    layout->addWidget(m_status);
    layout->addWidget(m_importProblem);
    layout->addWidget(buttons);
    setMinimumSize(720, 640);
    m_path->setFocus(Qt::OtherFocusReason);
    clearFile();
}

QString CsvImportDialog::filePath() const
{
    return m_path ? m_path->text().trimmed() : QString();
}

void CsvImportDialog::setFilePath(const QString &path)
{
    if (!m_path)
        return;
    m_path->setText(QDir::toNativeSeparators(path));
    load();
}

void CsvImportDialog::browse()
{
    const QString start = filePath().isEmpty() ? QDir::homePath() : QFileInfo(filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import answers from CSV"), start,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void CsvImportDialog::clearFile()
{
    m_table.reset();
    m_reading = {};
    m_imported = 0;
    m_fileProblem->showMessage({});
    m_importProblem->showMessage({});
    m_fileSummary->clear();
    m_fileSummary->hide();
    m_preview->clear();
    m_preview->hide();
    for (QComboBox *combo : m_itemColumns) {
        const QSignalBlocker blocker(combo);
        combo->clear();
    }
    {
        const QSignalBlocker blocker(m_commentColumn);
        m_commentColumn->clear();
    }
    m_commentColumn->parentWidget()->setEnabled(false);
    m_mappingNote->setText(tr("Choose a file first."));
    m_problems->clear();
    m_status->clear();
    m_import->setEnabled(false);
}

void CsvImportDialog::load()
{
    clearFile();
    const QString path = filePath();
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    if (!info.isFile()) {
        m_fileProblem->showMessage(
            tr("There is no file at “%1”. Check the path, or choose the file with Browse….").arg(path));
        return;
    }
    if (info.size() > SurveyCsv::MaximumBytes) {
        const QLocale locale;
        m_fileProblem->showMessage(tr("“%1” is %2, larger than any survey export (at most %3). Check that you chose "
                                      "the file of answers the form tool exported.")
                                       .arg(info.fileName(), locale.formattedDataSize(info.size()),
                                            locale.formattedDataSize(SurveyCsv::MaximumBytes)));
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_fileProblem->showMessage(
            tr("“%1” cannot be read: %2. Check that the file is not open elsewhere and that you may read it.")
                .arg(info.fileName(), file.errorString()));
        return;
    }
    const Result<SurveyCsv::Table> table = SurveyCsv::parse(file.read(SurveyCsv::MaximumBytes + 1));
    if (!table) {
        m_fileProblem->showMessage(table.error());
        return;
    }
    m_table = *table;
    const QStringList &header = m_table->header;

    m_fileSummary->setText(tr("%n column(s)", nullptr, int(header.size())) + QStringLiteral(", ") +
                           tr("%n row(s) below the header", nullptr, int(m_table->rows.size())));
    m_fileSummary->show();
    m_preview->setColumnCount(int(header.size()));
    m_preview->setHorizontalHeaderLabels(header);
    const int previewRows = int(std::min<size_t>(PreviewRows, m_table->rows.size()));
    m_preview->setRowCount(previewRows);
    for (int row = 0; row < previewRows; ++row) {
        const QStringList &cells = m_table->rows[size_t(row)];
        for (int column = 0; column < cells.size() && column < header.size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(cells.at(column).simplified()));
    }
    m_preview->show();

    // Every combo box offers the header's columns, numbered, or none.
    const QLocale locale;
    for (QComboBox *combo : m_itemColumns) {
        const QSignalBlocker blocker(combo);
        combo->addItem(tr("(not in the file)"), -1);
        for (int column = 0; column < header.size(); ++column)
            combo->addItem(tr("%1. %2", "column number. header text")
                               .arg(locale.toString(column + 1), shortName(header.at(column), 60)),
                           column);
    }
    {
        const QSignalBlocker blocker(m_commentColumn);
        m_commentColumn->addItem(tr("(not in the file)"), -1);
        for (int column = 0; column < header.size(); ++column)
            m_commentColumn->addItem(tr("%1. %2", "column number. header text")
                                         .arg(locale.toString(column + 1), shortName(header.at(column), 60)),
                                     column);
    }
    m_commentColumn->parentWidget()->setEnabled(true);

    // The columns chosen last time for a file with this very header, or a guess from the question texts.
    const std::optional<SurveyCsv::Mapping> remembered = Settings().surveyCsvMapping(header);
    const auto fits = [&](const SurveyCsv::Mapping &m) {
        if (int(m.itemColumns.size()) != m_instrument.itemCount() || m.commentColumn >= header.size())
            return false;
        return std::all_of(m.itemColumns.cbegin(), m.itemColumns.cend(),
                           [&](int column) { return column >= -1 && column < header.size(); });
    };
    if (remembered && fits(*remembered)) {
        applyMapping(*remembered);
        m_mappingNote->setText(tr("The columns you chose last time for a file with these headings."));
    } else {
        applyMapping(SurveyCsv::guessMapping(header, m_instrument));
        m_mappingNote->setText(tr("Columns matched by their headings. Check them, and choose the column of any "
                                  "question that says “(not in the file)”."));
    }
    check();
}

void CsvImportDialog::applyMapping(const SurveyCsv::Mapping &mapping)
{
    for (size_t i = 0; i < m_itemColumns.size(); ++i) {
        QComboBox *combo = m_itemColumns[i];
        const QSignalBlocker blocker(combo);
        const int column = i < mapping.itemColumns.size() ? mapping.itemColumns[i] : -1;
        combo->setCurrentIndex(std::max(0, combo->findData(column)));
    }
    const QSignalBlocker blocker(m_commentColumn);
    m_commentColumn->setCurrentIndex(std::max(0, m_commentColumn->findData(mapping.commentColumn)));
}

SurveyCsv::Mapping CsvImportDialog::mapping() const
{
    SurveyCsv::Mapping mapping;
    for (const QComboBox *combo : m_itemColumns)
        mapping.itemColumns.push_back(combo->currentIndex() < 0 ? -1 : combo->currentData().toInt());
    mapping.commentColumn = m_commentColumn->currentIndex() < 0 ? -1 : m_commentColumn->currentData().toInt();
    return mapping;
}

void CsvImportDialog::check()
{
    m_problems->clear();
    m_importProblem->showMessage({});
    if (!m_table) {
        m_import->setEnabled(false);
        return;
    }
    m_reading = SurveyCsv::read(*m_table, mapping(), m_instrument);
    const int problemCount = int(m_reading.problems.size());
    for (int i = 0; i < problemCount && i < MaximumListedProblems; ++i) {
        const SurveyCsv::Problem &problem = m_reading.problems[size_t(i)];
        auto *item = new QListWidgetItem(problem.message, m_problems);
        item->setData(Qt::UserRole, problem.row);
        item->setData(Qt::UserRole + 1, problem.line);
        item->setToolTip(problem.message);
    }
    if (problemCount > MaximumListedProblems)
        m_problems->addItem(tr("…and %n more.", nullptr, problemCount - MaximumListedProblems));
    const int responses = int(m_reading.responses.size());
    if (problemCount > 0)
        m_status->setText(tr("%n problem(s) to fix before anything can be imported: correct the file or the columns "
                             "above.",
                             nullptr, problemCount));
    else if (responses == 0)
        m_status->setText(tr("The file has no rows of answers below its header."));
    else
        m_status->setText(tr("Ready to import %n response(s).", nullptr, responses));
    m_import->setEnabled(problemCount == 0 && responses > 0 && m_imported == 0);
}

void CsvImportDialog::import()
{
    if (!m_table || !m_reading.problems.empty() || m_reading.responses.empty() || m_imported > 0)
        return;
    const Status status = m_surveys.importResponses(m_waveId, m_reading.responses);
    if (!status) {
        m_importProblem->showMessage(tr("Nothing was imported: %1").arg(status.error()));
        return;
    }
    m_imported = int(m_reading.responses.size());
    Settings().setSurveyCsvMapping(m_table->header, mapping());
    m_status->setText(tr("Imported %n response(s).", nullptr, m_imported));
    // The same rows twice would count people twice: a second import needs the file chosen again.
    m_import->setEnabled(false);
}

} // namespace candor
