#pragma once

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QDateTimeEdit;

namespace candor {

// A time that may be unknown: a check box says whether it is set, the editor holds the local date and time.
class OptionalDateTimeEdit : public QWidget
{
    Q_OBJECT
public:
    explicit OptionalDateTimeEdit(const QString &checkText, QWidget *parent = nullptr);

    QDateTime dateTime() const; // invalid when unset
    void setDateTime(const QDateTime &dateTime, const QDateTime &suggestion);
    QCheckBox *checkBox() const { return m_check; }
    QDateTimeEdit *editor() const { return m_edit; }
    // What the time is ("Detected"), for screen readers: the form's label names only the row.
    void setFieldName(const QString &name);

private:
    QCheckBox *m_check;
    QDateTimeEdit *m_edit;
};

} // namespace candor
