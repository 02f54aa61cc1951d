#include "Drafts.h"

#include "storage/PostmortemRepository.h"

#include <QLineEdit>

namespace candor {

void keepDraft(QLineEdit *edit, PostmortemRepository &repository, qint64 sessionId, const QString &field)
{
    edit->setText(repository.draft(sessionId, field));
    PostmortemRepository *drafts = &repository;
    QObject::connect(edit, &QLineEdit::textChanged, edit, [edit, drafts, sessionId, field](const QString &text) {
        // Line edits are short (their maximum length is far below the draft limit), so saving only fails with the
        // database itself; the tooltip says so without interrupting the typing.
        const Status saved = drafts->setDraft(sessionId, field, text);
        edit->setToolTip(saved ? QString() : saved.error());
    });
}

} // namespace candor
