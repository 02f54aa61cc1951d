#pragma once

#include <QAction>
#include <QDateTime>
#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace candor {

// File > Restore backup…: lists the backups in the database's backups folder (kind, date and time, size), or takes
// another file; checks the chosen backup and asks for confirmation, saying that the current database is kept as a
// backup. It restores nothing itself: on confirmation its action emits restoreRequested(), and whoever owns the
// database (the composition root) closes the window, restores with no other connection open, then reopens and
// rebuilds everything, so nothing in the window can still show the data from before.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RestoreBackupDialog(const QString &databasePath, QWidget *parent = nullptr);

    // The backup chosen and confirmed; set when the dialog is accepted.
    const QString &chosenBackup() const { return m_chosen; }

private:
    void fillList();
    void updateButtons();
    void restoreSelected();
    void restoreOtherFile();
    // taken: when the backup was taken (from its name), or the file's modification time.
    void confirm(const QString &path, const QDateTime &taken);

    QString m_databasePath;
    QString m_folder;
    QString m_chosen;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_restoreButton;
};

// The menu action: opens the dialog (window modal) and passes a confirmed choice on.
class RestoreBackupAction : public QAction
{
    Q_OBJECT
public:
    RestoreBackupAction(const QString &databasePath, QWidget *window);

signals:
    void restoreRequested(const QString &backupPath);

private:
    void openDialog();

    QString m_databasePath;
    QWidget *m_window;
};

} // namespace candor
