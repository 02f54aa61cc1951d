#include "EditDialog.h"

#include "Banner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace candor {

EditDialog::EditDialog(QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_banner(new Banner(Banner::Problem, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_banner);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditDialog::reject);
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumWidth(480);
}

void EditDialog::addField(const QString &key, const QString &label, QWidget *editor)
{
    // Keyboard first: the first field has the focus when the dialog opens, and Tab walks the fields in form order
    // before reaching OK and Cancel.
    if (m_fields.isEmpty())
        editor->setFocus(Qt::OtherFocusReason);
    else
        QWidget::setTabOrder(m_lastField, editor);
    QWidget::setTabOrder(editor, m_buttons);
    m_lastField = editor;
    m_fields.insert(key, editor);
    m_form->addRow(label, editor);
    // A problem shown for an earlier attempt goes away as soon as the person types again.
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        connect(line, &QLineEdit::textEdited, m_banner, &QWidget::hide);
}

void EditDialog::showError(const QString &message)
{
    m_banner->showMessage(message);
}

QString EditDialog::errorText() const
{
    return m_banner->message();
}

void EditDialog::accept()
{
    const FieldErrors errors = validate();
    if (!errors.isEmpty()) {
        showError(Validation::summary(errors));
        if (QWidget *field = m_fields.value(errors.first().field))
            field->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (const Status status = save(); !status) {
        showError(status.error());
        return;
    }
    QDialog::accept();
}

} // namespace candor
