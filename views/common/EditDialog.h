#pragma once

#include "domain/Result.h"
#include "domain/Validation.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace candor {

class Banner;

// The frame of every create/edit dialog: a form, an inline banner for problems, OK/Cancel. OK validates first
// (naming the field and focusing it), then saves through a callback; a refused save keeps the dialog open with
// the reason, so nothing typed is lost. Dialogs are opened with open(), never exec(), so tests can drive them.
class EditDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EditDialog(QWidget *parent = nullptr);

    void accept() override;
    QString errorText() const;

protected:
    QFormLayout *form() const { return m_form; }
    // Registers the widget that edits a field, so a problem with the field can focus it.
    void addField(const QString &key, const QString &label, QWidget *editor);
    virtual FieldErrors validate() const = 0;
    virtual Status save() = 0;
    void showError(const QString &message);

private:
    QFormLayout *m_form;
    Banner *m_banner;
    QDialogButtonBox *m_buttons;
    QHash<QString, QWidget *> m_fields;
    QWidget *m_lastField = nullptr;
};

} // namespace candor
