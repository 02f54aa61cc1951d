#include "OpenFailure.h"

#include "common/MessageBox.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace candor {

namespace {

// The database file and the files SQLite keeps beside it: the damaged file is kept aside with all of them, as it was.
const char *const databaseSuffixes[] = {"", "-wal", "-shm", "-journal"};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString kindText(const Backup::Entry &entry)
{
    switch (entry.kind) {
    case Backup::Kind::Daily:
        return OpenFailureDialog::tr("the daily backup");
    case Backup::Kind::BeforeUpdate:
        return OpenFailureDialog::tr("the backup taken before the update from version %1").arg(entry.fromVersion);
    case Backup::Kind::BeforeRestore:
        return OpenFailureDialog::tr("the backup taken before the last restore");
    case Backup::Kind::Other:
        break;
    }
    return OpenFailureDialog::tr("a copy");
}

// Beside the database, named after it, "damaged" and the UTC time: candor-damaged-20240301T091500Z.sqlite. Not in the
// backups folder, where it would be listed, and offered, as a backup.
QString keptAsidePath(const QString &databasePath, const QDateTime &now)
{
    const QFileInfo info(databasePath);
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    const QString stem =
        QStringLiteral("%1-damaged-%2")
            .arg(info.completeBaseName(), now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    const auto taken = [](const QString &path) {
        for (const char *extra : databaseSuffixes) {
            if (QFileInfo::exists(path + QLatin1String(extra)))
                return true;
        }
        return false;
    };
    QString path = info.absoluteDir().filePath(stem + suffix);
    for (int n = 2; taken(path); ++n)
        path = info.absoluteDir().filePath(QStringLiteral("%1-%2%3").arg(stem).arg(n).arg(suffix));
    return path;
}

} // namespace

std::optional<Backup::Entry> OpenFailureDialog::backupToOffer(const QString &databasePath, Database::Problem problem)
{
    // Damage a backup mends; a folder, a newer Candor, a lock, a full disk or a read-only file it does not.
    if (problem != Database::Problem::Damaged && problem != Database::Problem::NotCandor)
        return std::nullopt;
    // Newest first; a backup that is itself damaged is passed over for the next.
    for (const Backup::Entry &entry : Backup::list(databasePath)) {
        if (entry.kind != Backup::Kind::Other && Backup::verify(entry.path))
            return entry;
    }
    return std::nullopt;
}

bool OpenFailureDialog::offerRestore(Database &database, const QString &databasePath, const QString &problem,
                                     Database::Options options, QString *keptAside)
{
    const std::optional<Backup::Entry> backup = backupToOffer(databasePath, database.problem());
    if (!backup) {
        MessageBox::critical(nullptr, tr("Candor cannot open its database"), problem);
        return false;
    }
    OpenFailureDialog dialog(database, databasePath, problem, *backup, options);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *keptAside = dialog.keptAside();
    return true;
}

OpenFailureDialog::ServerChoice OpenFailureDialog::offerLocal(const QString &server, const QString &problem,
                                                              QWidget *parent)
{
    QMessageBox box(QMessageBox::Critical, tr("Candor cannot open the shared database"), problem, QMessageBox::NoButton,
                    parent);
    box.setObjectName(QStringLiteral("sharedDatabaseFailure"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(
        tr("Candor was set to open the shared database %1. You can try again (once the server or your network is "
           "back), or work on the local database on this computer: Candor then opens it at start, and File > "
           "Connect to a shared database… connects to the server again.")
            .arg(server));
    QPushButton *again = box.addButton(tr("Try &again"), QMessageBox::AcceptRole);
    again->setObjectName(QStringLiteral("tryAgainButton"));
    QPushButton *local = box.addButton(tr("Open the &local database"), QMessageBox::AcceptRole);
    local->setObjectName(QStringLiteral("openLocalButton"));
    QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    box.setDefaultButton(again);
    box.setEscapeButton(quit);
    box.exec();
    if (box.clickedButton() == again)
        return ServerChoice::TryAgain;
    if (box.clickedButton() == local)
        return ServerChoice::OpenLocal;
    return ServerChoice::Quit;
}

OpenFailureDialog::OpenFailureDialog(Database &database, const QString &databasePath, const QString &problem,
                                     const Backup::Entry &backup, Database::Options options, QWidget *parent,
                                     const QDateTime &now)
    : QDialog(parent)
    , m_database(database)
    , m_path(QFileInfo(databasePath).absoluteFilePath())
    , m_backup(backup)
    , m_options(options)
    , m_keptAside(keptAsidePath(m_path, now))
{
    setObjectName(QStringLiteral("openFailureDialog"));
    setWindowTitle(tr("Candor cannot open its database"));

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    auto *problemLabel = new QLabel(problem, this);
    problemLabel->setObjectName(QStringLiteral("problemLabel"));
    problemLabel->setTextFormat(Qt::PlainText);
    problemLabel->setWordWrap(true);
    problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QLocale locale;
    auto *backupLabel = new QLabel(
        tr("Candor can go back to %1 of this database, taken %2 (%3). Changes made after it are only in the damaged "
           "file, which Candor keeps beside the database as “%4”: it is not deleted.")
            .arg(kindText(backup), locale.toString(backup.taken.toLocalTime(), QLocale::ShortFormat),
                 locale.formattedDataSize(backup.size), QFileInfo(m_keptAside).fileName()),
        this);
    backupLabel->setObjectName(QStringLiteral("backupLabel"));
    backupLabel->setTextFormat(Qt::PlainText);
    backupLabel->setWordWrap(true);
    backupLabel->setToolTip(native(backup.path));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *restoreButton = buttons->addButton(tr("&Restore this backup"), QDialogButtonBox::AcceptRole);
    restoreButton->setObjectName(QStringLiteral("restoreButton"));
    restoreButton->setDefault(true);
    QPushButton *quitButton = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quitButton->setObjectName(QStringLiteral("quitButton"));
    connect(restoreButton, &QPushButton::clicked, this, &OpenFailureDialog::restore);
    connect(quitButton, &QPushButton::clicked, this, &QDialog::reject);

    // Wide enough to read as paragraphs; the height follows from the wrapped text.
    const int textWidth = fontMetrics().horizontalAdvance(QLatin1Char('M')) * 34;
    problemLabel->setMinimumWidth(textWidth);
    backupLabel->setMinimumWidth(textWidth);
    auto *text = new QVBoxLayout;
    text->setSpacing(fontMetrics().height());
    text->addWidget(problemLabel);
    text->addWidget(backupLabel);
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
}

void OpenFailureDialog::restore()
{
    const Status restored = restoreBackup();
    if (!restored) {
        MessageBox::warning(this, tr("Cannot restore the backup"), restored.error());
        return;
    }
    accept();
}

Status OpenFailureDialog::restoreBackup()
{
    // The name was chosen when the dialog opened; something may have taken it since.
    if (QFileInfo::exists(m_keptAside))
        m_keptAside = keptAsidePath(m_path, QDateTime::currentDateTimeUtc());

    // The damaged file goes aside with whatever SQLite keeps beside it, renamed in the same folder: nothing is copied
    // or deleted.
    QStringList moved;
    const auto putBack = [this, &moved]() {
        for (const char *suffix : databaseSuffixes) {
            if (!moved.contains(QLatin1String(suffix)))
                QFile::remove(m_path + QLatin1String(suffix));
        }
        for (const QString &suffix : std::as_const(moved)) {
            QFile::remove(m_path + suffix);
            QFile::rename(m_keptAside + suffix, m_path + suffix);
        }
    };
    for (const char *suffix : databaseSuffixes) {
        const QString from = m_path + QLatin1String(suffix);
        if (!QFileInfo::exists(from))
            continue;
        QFile file(from);
        if (!file.rename(m_keptAside + QLatin1String(suffix))) {
            const QString why = file.errorString();
            for (const QString &done : std::as_const(moved))
                QFile::rename(m_keptAside + done, m_path + done);
            return Status::failure(tr("Could not keep the damaged file aside as “%1”: %2. Nothing was changed; check "
                                      "that you may write to the folder.")
                                       .arg(native(m_keptAside), why));
        }
        moved.append(QLatin1String(suffix));
    }

    // A new, empty file in its place, filled with the backup through the backup API.
    {
        Database restored;
        Database::Options bare;
        bare.migrate = false;
        bare.quickCheck = false;
        Status copied = restored.open(m_path, bare);
        if (copied)
            copied = Status::from(Backup::restore(restored, m_backup.path));
        restored.close();
        if (!copied) {
            putBack();
            return Status::failure(tr("%1 The damaged file is back in its place.").arg(copied.error()));
        }
    }

    // Opened as the window uses it, which updates an older backup's schema (keeping a copy from before).
    if (const Status opened = m_database.open(m_path, m_options); !opened) {
        m_database.close();
        putBack();
        return Status::failure(tr("%1 The damaged file is back in its place.").arg(opened.error()));
    }
    return {};
}

} // namespace candor
