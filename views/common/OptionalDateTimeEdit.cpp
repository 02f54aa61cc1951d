#include "OptionalDateTimeEdit.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLocale>

namespace candor {

OptionalDateTimeEdit::OptionalDateTimeEdit(const QString &checkText, QWidget *parent)
    : QWidget(parent)
    , m_check(new QCheckBox(checkText, this))
    , m_edit(new QDateTimeEdit(this))
{
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_edit->setEnabled(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit, 1);
    connect(m_check, &QCheckBox::toggled, m_edit, &QWidget::setEnabled);
    setFocusProxy(m_check);
}

void OptionalDateTimeEdit::setFieldName(const QString &name)
{
    m_check->setAccessibleName(tr("%1: known", "a time that may be unknown, e.g. Detected: known").arg(name));
    m_edit->setAccessibleName(name);
}

QDateTime OptionalDateTimeEdit::dateTime() const
{
    return m_check->isChecked() ? m_edit->dateTime() : QDateTime();
}

void OptionalDateTimeEdit::setDateTime(const QDateTime &dateTime, const QDateTime &suggestion)
{
    m_check->setChecked(dateTime.isValid());
    m_edit->setDateTime((dateTime.isValid() ? dateTime : suggestion).toLocalTime());
}

} // namespace candor
