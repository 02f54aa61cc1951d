#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace candor {

// The one way views ask for a file to save to or open. Tests script it like MessageBox: setNextPath() answers the
// next request without showing a dialog (an empty path is "cancelled"), and asked() lists the captions requested.
class FileChooser
{
public:
    // filters as QFileDialog takes them ("PDF (*.pdf);;Markdown (*.md)"); *selectedFilter, when given, is the filter
    // to preselect on entry and the one chosen on return. Returns an empty string when cancelled.
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                const QString &filters, QString *selectedFilter = nullptr);
    static QString openFileName(QWidget *parent, const QString &caption, const QString &folder, const QString &filters);

    // For tests.
    static void setNextPath(const QString &path, const QString &selectedFilter = QString());
    static void setScripted(bool scripted); // when on, nothing is shown and unscripted requests are cancelled
    static const QStringList &asked();
    static void clearAsked();
};

} // namespace candor
