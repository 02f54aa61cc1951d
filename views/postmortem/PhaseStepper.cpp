#include "PhaseStepper.h"

#include <QPainter>
#include <QPainterPath>

namespace candor {

PhaseStepper::PhaseStepper(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void PhaseStepper::setPhases(const QStringList &names, int current)
{
    if (names == m_names && current == m_current)
        return;
    m_names = names;
    m_current = current;
    setAccessibleDescription(currentText());
    updateGeometry();
    update();
}

void PhaseStepper::setColours(const QColor &text, const QColor &accent, const QColor &muted)
{
    m_text = text;
    m_accent = accent;
    m_muted = muted;
    update();
}

QString PhaseStepper::currentText() const
{
    if (m_current >= 0 && m_current < m_names.size())
        return tr("Step %1 of %2: %3").arg(m_current + 1).arg(m_names.size()).arg(m_names.at(m_current));
    return tr("All steps done");
}

QSize PhaseStepper::sizeHint() const
{
    const QFontMetrics fm(font());
    int width = 0;
    for (const QString &name : m_names)
        width += fm.horizontalAdvance(name) + fm.height() * 3;
    return {width, fm.height() * 2};
}

QSize PhaseStepper::minimumSizeHint() const
{
    return {100, QFontMetrics(font()).height() * 2};
}

void PhaseStepper::paintEvent(QPaintEvent *)
{
    if (m_names.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor text = m_text.isValid() ? m_text : palette().color(QPalette::WindowText);
    const QColor accent = m_accent.isValid() ? m_accent : palette().color(QPalette::Highlight);
    const QColor muted = m_muted.isValid() ? m_muted : palette().color(QPalette::PlaceholderText);
    const QColor onAccent = m_accent.isValid() ? QColor(Qt::black) : palette().color(QPalette::HighlightedText);
    const QFontMetrics fm(font());
    const int h = height();
    const int circle = std::min(h - 4, fm.height() + fm.height() / 2);
    // Each step is a circle and its label. Labels get what they need (measured bold, as the current one is drawn);
    // spare width is shared evenly, and when there is too little the other labels give it up in proportion.
    QFont boldFont = font();
    boldFont.setBold(true);
    const QFontMetrics boldMetrics(boldFont);
    const int fixed = fm.height() / 2 + circle + fm.height() / 3 + fm.height();
    QList<int> labels;
    int natural = 0;
    for (const QString &name : m_names) {
        labels.append(boldMetrics.horizontalAdvance(name));
        natural += labels.constLast();
    }
    const int count = int(m_names.size());
    const int room = std::max(0, width() - fixed * count);
    const int spare = room > natural ? (room - natural) / count : 0;
    // Short of room, the current step keeps its whole name (it is what the room reads); the others share the rest.
    const bool hasCurrent = m_current >= 0 && m_current < count;
    const int currentWidth = hasCurrent ? std::min(labels.at(m_current), room) : 0;
    const int othersNatural = natural - currentWidth;
    const int othersRoom = room - currentWidth;
    int left = 0;
    for (int i = 0; i < count; ++i) {
        int labelWidth = labels.at(i);
        if (room < natural)
            labelWidth = hasCurrent && i == m_current
                             ? currentWidth
                             : int(qint64(labels.at(i)) * othersRoom / std::max(1, othersNatural));
        const QRect cell(left, 0, fixed + labelWidth + spare, h);
        left = cell.right() + 1;
        const QRect dot(cell.left() + fm.height() / 2, (h - circle) / 2, circle, circle);
        const bool done = i < m_current;
        const bool current = i == m_current;
        painter.setPen(QPen(current || done ? accent : muted, std::max(2, circle / 12)));
        painter.setBrush(current ? accent : Qt::transparent);
        painter.drawEllipse(dot);
        painter.setPen(current ? onAccent : (done ? accent : muted));
        painter.setFont(boldFont);
        painter.drawText(dot, Qt::AlignCenter, done ? QStringLiteral("✓") : QString::number(i + 1));
        const QFont labelFont = current ? boldFont : font();
        painter.setFont(labelFont);
        painter.setPen(current ? text : (done ? text : muted));
        const QRect textRect(dot.right() + fm.height() / 3, 0, labelWidth + spare, h);
        painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                         QFontMetrics(labelFont).elidedText(m_names.at(i), Qt::ElideRight, textRect.width()));
    }
}

} // namespace candor
