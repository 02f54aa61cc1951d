#pragma once

#include <QString>

class QLineEdit;

namespace candor {

class PostmortemRepository;

// Half-typed text in the console is a draft, saved with every keystroke under the field's name, so closing
// Candor or a crash mid-sentence loses nothing: the field starts with its draft, and an emptied field (after its
// entry was added) drops it. A draft that cannot be saved says why in the field's tooltip.
// The name a field's draft is kept under: the field's own on a file; on a shared server, the field's with this
// desktop's mark, so co-facilitators typing in the same field keep separate drafts.
QString draftKey(const PostmortemRepository &repository, const QString &field);

void keepDraft(QLineEdit *edit, PostmortemRepository &repository, qint64 sessionId, const QString &field);

} // namespace candor
