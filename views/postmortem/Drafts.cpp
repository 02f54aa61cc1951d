#include "Drafts.h"

#include "storage/ConnectionSpec.h"
#include "storage/PostmortemRepository.h"

#include <QCryptographicHash>
#include <QLineEdit>
#include <QSysInfo>

namespace candor {

// Desktops sharing a server database each keep their own unfinished entries: two co-facilitators typing in the
// same field of the same session must not overwrite each other's draft. The key names this machine and account
// (hashed: the database learns nothing about either); a file has only ever one desktop and keeps the plain name.
QString draftKey(const PostmortemRepository &repository, const QString &field)
{
    if (!ConnectionSpec::isServerLocation(repository.databasePath()))
        return field;
    static const QString desktop = QString::fromLatin1(
        QCryptographicHash::hash(QSysInfo::machineUniqueId() + '/' + qgetenv("USER"), QCryptographicHash::Sha256)
            .toHex()
            .left(16));
    return field + QLatin1Char('@') + desktop;
}

void keepDraft(QLineEdit *edit, PostmortemRepository &repository, qint64 sessionId, const QString &field)
{
    const QString key = draftKey(repository, field);
    edit->setText(repository.draft(sessionId, key));
    PostmortemRepository *drafts = &repository;
    QObject::connect(edit, &QLineEdit::textChanged, edit, [edit, drafts, sessionId, key](const QString &text) {
        // Line edits are short (their maximum length is far below the draft limit), so saving only fails with the
        // database itself; the tooltip says so without interrupting the typing.
        const Status saved = drafts->setDraft(sessionId, key, text);
        edit->setToolTip(saved ? QString() : saved.error());
    });
}

} // namespace candor
