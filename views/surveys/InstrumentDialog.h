#pragma once

#include "domain/Survey.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace candor {

class Banner;
class SurveyRepository;

// The survey instruments: the built-in ones to read (with their questions), and custom ones to make and change.
// A custom instrument has a name, a description, a scale of 2 to 11 points (fixed once it exists) and its
// questions, each with what it measures and whether it is negatively worded (reverse-scored). Saving a changed
// instrument makes a new version; waves already run keep the version they asked.
class InstrumentDialog : public QDialog
{
    Q_OBJECT
public:
    explicit InstrumentDialog(SurveyRepository &surveys, QWidget *parent = nullptr);

    // The instrument as the editor holds it now (key empty for one not saved yet).
    Instrument edited() const;
    bool hasUnsavedChanges() const { return m_dirty; }

public slots:
    void newInstrument();
    // A new instrument that starts from the selected one's questions.
    void copyInstrument();
    void save();
    void reject() override;

private:
    void fillList(const QString &selectKey);
    void listRowChanged(int row);
    void load(const Instrument &instrument, bool editable);
    void addItem();
    void removeItem();
    void moveItem(int delta);
    void insertItemRow(int row, const SurveyItem &item, const QString &text, const QString &construct);
    void setEditable(bool editable, bool existing);
    void updateItemButtons();
    void markDirty();
    bool confirmDiscard();

    SurveyRepository &m_surveys;
    QList<Instrument> m_instruments;
    QString m_key;     // the custom instrument being edited; empty for a new one
    int m_version = 0; // its newest stored version
    bool m_editable = false;
    bool m_dirty = false;
    bool m_loading = false;
    int m_listRow = -1;

    QListWidget *m_list;
    QLabel *m_builtInNote;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QSpinBox *m_scale;
    QLabel *m_scaleNote;
    QTableWidget *m_items;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_save;
    QPushButton *m_copy;
    Banner *m_problem;
    QLabel *m_saved;
};

} // namespace candor
