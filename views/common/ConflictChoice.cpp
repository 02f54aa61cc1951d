#include "ConflictChoice.h"

#include "MessageBox.h"

namespace candor {

bool ConflictChoice::writeMineOverTheirs(QWidget *parent, const QString &message)
{
    const QString text = message + QStringLiteral("\n\n") +
                         tr("Keep theirs to leave what is stored now, or write yours over theirs to replace it.");
    const QHash<QMessageBox::StandardButton, QString> labels{
        {QMessageBox::No, tr("Keep theirs")},
        {QMessageBox::Yes, tr("Write mine over theirs")},
    };
    return MessageBox::question(parent, tr("Changed on another desktop"), text, QMessageBox::Yes | QMessageBox::No,
                                QMessageBox::No, labels) == QMessageBox::Yes;
}

void ConflictChoice::tellDeleted(QWidget *parent, const QString &message)
{
    MessageBox::warning(parent, tr("Deleted on another desktop"), message);
}

void ConflictChoice::install(UndoFacade &facade, QWidget *parent)
{
    // The dialog's parent may close before the facade goes (main window's facades outlive consoles).
    QPointer<QWidget> owner(parent);
    facade.setConflictResolver([owner](const QString &message, bool deleted) {
        if (deleted) {
            tellDeleted(owner.data(), message);
            return false;
        }
        return writeMineOverTheirs(owner.data(), message);
    });
}

} // namespace candor
