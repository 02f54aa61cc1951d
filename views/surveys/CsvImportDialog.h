#pragma once

#include "domain/Survey.h"
#include "survey/SurveyCsv.h"

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace candor {

class Banner;
class SurveyRepository;

// Imports a form tool's CSV export into a wave: choose the file, see its columns and first rows, say which column
// holds each question (and the comment), see every problem of the file (row and line) as the mapping changes, and
// import only when nothing is wrong: all rows or none. The mapping is remembered for files with the same header.
class CsvImportDialog : public QDialog
{
    Q_OBJECT
public:
    CsvImportDialog(SurveyRepository &surveys, qint64 waveId, QWidget *parent = nullptr);

    bool isValid() const { return m_errorText.isEmpty(); }
    QString errorText() const { return m_errorText; }
    // Reads the file at `path`, as choosing it with Browse… does.
    void setFilePath(const QString &path);
    QString filePath() const;
    SurveyCsv::Mapping mapping() const;
    // What the last reading found; the import needs no problems and at least one response.
    const SurveyCsv::Import &reading() const { return m_reading; }
    int importedCount() const { return m_imported; }

private:
    void browse();
    void load();
    void clearFile();
    void applyMapping(const SurveyCsv::Mapping &mapping);
    void check();
    void import();

    SurveyRepository &m_surveys;
    qint64 m_waveId;
    Instrument m_instrument;
    QString m_errorText;
    std::optional<SurveyCsv::Table> m_table;
    SurveyCsv::Import m_reading;
    int m_imported = 0;

    QLineEdit *m_path = nullptr;
    Banner *m_fileProblem = nullptr;
    QLabel *m_fileSummary = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_mappingNote = nullptr;
    std::vector<QComboBox *> m_itemColumns;
    QComboBox *m_commentColumn = nullptr;
    QListWidget *m_problems = nullptr;
    QLabel *m_status = nullptr;
    Banner *m_importProblem = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace candor
