#include "FileChooser.h"

#include <QFileDialog>

#include <optional>

namespace candor {

namespace {

struct Answer
{
    QString path;
    QString filter;
};

std::optional<Answer> nextAnswer;
bool scripted = false;
QStringList askedCaptions;

// The scripted answer, if there is one; std::nullopt means "show the real dialog".
std::optional<Answer> scriptedAnswer(const QString &caption)
{
    askedCaptions.append(caption);
    if (nextAnswer) {
        const Answer answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    if (scripted)
        return Answer();
    return std::nullopt;
}

} // namespace

QString FileChooser::saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                  const QString &filters, QString *selectedFilter)
{
    if (const std::optional<Answer> answer = scriptedAnswer(caption)) {
        if (selectedFilter && !answer->filter.isEmpty())
            *selectedFilter = answer->filter;
        return answer->path;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filters, selectedFilter);
}

QString FileChooser::openFileName(QWidget *parent, const QString &caption, const QString &folder,
                                  const QString &filters)
{
    if (const std::optional<Answer> answer = scriptedAnswer(caption))
        return answer->path;
    return QFileDialog::getOpenFileName(parent, caption, folder, filters);
}

void FileChooser::setNextPath(const QString &path, const QString &selectedFilter)
{
    nextAnswer = Answer{path, selectedFilter};
}

void FileChooser::setScripted(bool on)
{
    scripted = on;
}

const QStringList &FileChooser::asked()
{
    return askedCaptions;
}

void FileChooser::clearAsked()
{
    askedCaptions.clear();
}

} // namespace candor
