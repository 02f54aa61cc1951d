#include "Banner.h"

namespace candor {

Banner::Banner(Kind kind, QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAccessibleName(kind == Problem ? tr("Problem") : tr("Warning"));
    setStyleSheet(kind == Problem ? QStringLiteral("QLabel { background: #fdecea; color: #611a15; padding: 6px;"
                                                   " border: 1px solid #f5c2c0; border-radius: 4px; }")
                                  : QStringLiteral("QLabel { background: #fff4d6; color: #4a3500; padding: 6px;"
                                                   " border: 1px solid #e0b040; border-radius: 4px; }"));
    hide();
}

void Banner::showMessage(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

QString Banner::message() const
{
    return isVisible() ? text() : QString();
}

} // namespace candor
