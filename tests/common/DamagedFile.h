// Damage a SQLite file the way a failing disk might: garbage over a few pages in the middle, the header page left
// intact so SQLite still opens the file. Header-only; include as "common/DamagedFile.h".
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace candor::testdata {

// Overwrites three pages around the middle of the file; false with *why set when it cannot.
inline bool garbleMiddlePages(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        *why = file.errorString();
        return false;
    }
    const QByteArray header = file.read(100);
    if (!header.startsWith("SQLite format 3")) {
        *why = QStringLiteral("not a SQLite file");
        return false;
    }
    int pageSize = (quint8(header.at(16)) << 8) | quint8(header.at(17));
    if (pageSize == 1)
        pageSize = 65536;
    const qint64 pages = file.size() / pageSize;
    if (pages < 8) {
        *why = QStringLiteral("only %1 pages").arg(pages);
        return false;
    }
    QByteArray garbage(pageSize * 3, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 131 + 17) % 251);
    if (!file.seek((pages / 2 - 1) * pageSize) || file.write(garbage) != garbage.size()) {
        *why = file.errorString();
        return false;
    }
    return true;
}

} // namespace candor::testdata
