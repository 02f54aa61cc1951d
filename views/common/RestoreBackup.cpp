#include "RestoreBackup.h"

#include "common/FileChooser.h"
#include "common/MessageBox.h"
#include "storage/Backup.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace candor {

namespace {

enum Column { KindColumn, TakenColumn, SizeColumn };

constexpr int PathRole = Qt::UserRole;
constexpr int TakenRole = Qt::UserRole + 1;

QString kindText(const Backup::Entry &entry)
{
    switch (entry.kind) {
    case Backup::Kind::Daily:
        return RestoreBackupDialog::tr("Daily backup");
    case Backup::Kind::BeforeUpdate:
        return RestoreBackupDialog::tr("Before the update from version %1").arg(entry.fromVersion);
    case Backup::Kind::BeforeRestore:
        return RestoreBackupDialog::tr("Replaced by a restore");
    case Backup::Kind::Other:
        break;
    }
    return RestoreBackupDialog::tr("Other copy");
}

QString shownTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

RestoreBackupDialog::RestoreBackupDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_folder(Backup::folder(databasePath))
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_restoreButton(new QPushButton(tr("&Restore…"), this))
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore backup"));

    auto *intro = new QLabel(tr("Choose the backup to go back to. Candor keeps the current database as a backup "
                                "first, so you can return to it the same way."),
                             this);
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups"));
    m_list->setAccessibleDescription(tr("Enter restores the selected backup"));
    m_list->setHeaderLabels({tr("Kind"), tr("Taken"), tr("Size")});
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(KindColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(TakenColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RestoreBackupDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &RestoreBackupDialog::restoreSelected);

    m_empty->setObjectName(QStringLiteral("noBackupsLabel"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("There are no backups in “%1” yet. Candor takes one each day it starts and before it updates "
                        "a database; choose Other file… for a backup kept elsewhere.")
                         .arg(QDir::toNativeSeparators(m_folder)));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    buttons->addButton(m_restoreButton, QDialogButtonBox::ActionRole);
    QPushButton *other = buttons->addButton(tr("&Other file…"), QDialogButtonBox::ActionRole);
    other->setObjectName(QStringLiteral("otherFileButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_restoreButton, &QPushButton::clicked, this, &RestoreBackupDialog::restoreSelected);
    connect(other, &QPushButton::clicked, this, &RestoreBackupDialog::restoreOtherFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(buttons);

    fillList();
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 45, sizeHint().height());
}

void RestoreBackupDialog::fillList()
{
    m_list->clear();
    const QLocale locale;
    for (const Backup::Entry &entry : Backup::list(m_databasePath)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(KindColumn, kindText(entry));
        item->setText(TakenColumn, shownTime(entry.taken));
        item->setText(SizeColumn, locale.formattedDataSize(entry.size));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(KindColumn, PathRole, entry.path);
        item->setData(KindColumn, TakenRole, entry.taken);
        item->setToolTip(KindColumn, QDir::toNativeSeparators(entry.path));
    }
    m_list->setVisible(m_list->topLevelItemCount() > 0);
    m_empty->setVisible(m_list->topLevelItemCount() == 0);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void RestoreBackupDialog::updateButtons()
{
    m_restoreButton->setEnabled(!m_list->selectedItems().isEmpty());
    m_restoreButton->setDefault(m_restoreButton->isEnabled());
}

void RestoreBackupDialog::restoreSelected()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    const QTreeWidgetItem *item = selected.constFirst();
    confirm(item->data(KindColumn, PathRole).toString(), item->data(KindColumn, TakenRole).toDateTime());
}

void RestoreBackupDialog::restoreOtherFile()
{
    const QString path = FileChooser::openFileName(this, tr("Restore backup"), m_folder,
                                                   tr("Candor databases (*.sqlite *.sqlite3 *.db);;All files (*)"));
    if (!path.isEmpty())
        confirm(path, QFileInfo(path).lastModified());
}

void RestoreBackupDialog::confirm(const QString &path, const QDateTime &taken)
{
    const Result<Backup::Info> info = Backup::verify(path);
    if (!info) {
        MessageBox::warning(this, tr("Cannot restore this backup"), info.error());
        return;
    }
    QString text = tr("Restore “%1” (from %2)?").arg(QDir::toNativeSeparators(path), shownTime(taken));
    text += QLatin1String("\n\n");
    text += tr("The current database is kept as a backup in “%1” first, so you can go back to it. Open postmortem "
               "and retro windows close; then Candor shows the data of the backup.")
                .arg(QDir::toNativeSeparators(m_folder));
    if (info->schemaVersion < Database::latestSchemaVersion()) {
        text += QLatin1String("\n\n");
        text += tr("This backup comes from an earlier Candor (schema version %1). Candor updates it after restoring "
                   "and keeps a copy from before the update.")
                    .arg(info->schemaVersion);
    }
    if (MessageBox::question(this, tr("Restore backup"), text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) !=
        QMessageBox::Yes)
        return;
    m_chosen = path;
    accept();
}

RestoreBackupAction::RestoreBackupAction(const QString &databasePath, QWidget *window)
    : QAction(tr("&Restore backup…"), window)
    , m_databasePath(databasePath)
    , m_window(window)
{
    setObjectName(QStringLiteral("restoreBackupAction"));
    connect(this, &QAction::triggered, this, &RestoreBackupAction::openDialog);
}

void RestoreBackupAction::openDialog()
{
    auto *dialog = new RestoreBackupDialog(m_databasePath, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() { emit restoreRequested(dialog->chosenBackup()); });
    dialog->open();
}

} // namespace candor
