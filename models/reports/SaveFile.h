#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <functional>

namespace candor {

// Every file Candor writes (exports, reports) goes through here: QSaveFile writes to a temporary file beside the
// target and renames it only when everything was written, so the target is complete or untouched, never half
// written. A failure says which file, why, and what to do; nothing is left behind.
class SaveFile
{
    Q_DECLARE_TR_FUNCTIONS(SaveFile)
public:
    // Writes bytes to path.
    static Status write(const QString &path, const QByteArray &bytes);
    // Lets writer fill the device (a PDF writer, a stream); writer returns false with *error set when it fails.
    static Status write(const QString &path, const std::function<bool(QIODevice &device, QString *error)> &writer);

    // UTF-8 with a byte-order mark, for spreadsheet programs that need one to read UTF-8 CSV.
    static QByteArray utf8(const QString &text, bool byteOrderMark = false);
};

} // namespace candor
