#include "Icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>
#include <QtMath>

#include <cstddef>
#include <iterator>

namespace candor {

namespace {

struct IconFile
{
    IconName name;
    const char *file; // in resources/icons/, without ".svg"
};

// In IconName's order.
constexpr IconFile iconFiles[] = {
    {IconName::Incident, "incident"},
    {IconName::Team, "team"},
    {IconName::Member, "member"},
    {IconName::Session, "session"},
    {IconName::ActionItem, "action-item"},
    {IconName::Survey, "survey"},
    {IconName::Insights, "insights"},
    {IconName::Add, "add"},
    {IconName::Remove, "remove"},
    {IconName::Delete, "delete"},
    {IconName::Edit, "edit"},
    {IconName::Undo, "undo"},
    {IconName::Redo, "redo"},
    {IconName::Export, "export"},
    {IconName::Import, "import"},
    {IconName::Print, "print"},
    {IconName::Search, "search"},
    {IconName::Preferences, "preferences"},
    {IconName::Agree, "agree"},
    {IconName::Next, "next"},
    {IconName::Previous, "previous"},
    {IconName::Skip, "skip"},
    {IconName::Start, "start"},
    {IconName::AudienceView, "audience-view"},
    {IconName::Timer, "timer"},
    {IconName::SpeakingQueue, "speaking-queue"},
    {IconName::Kiosk, "kiosk"},
    {IconName::Backup, "backup"},
    {IconName::Restore, "restore"},
    {IconName::Help, "help"},
    {IconName::About, "about"},
    {IconName::Close, "close"},
};
static_assert(std::size(iconFiles) == static_cast<std::size_t>(IconName::Close) + 1, "every IconName needs its file");

QByteArray readSvg(const QString &name)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The colour that replaces currentColor, read from the application palette at paint time so a theme switch
// (QApplication::setPalette) recolours icons that already exist.
QColor paletteColour(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    const QColor normal = palette.color(QPalette::Active, QPalette::WindowText);
    switch (mode) {
    case QIcon::Normal:
        break;
    case QIcon::Active:
        // Fusion asks for Active both on a hovered toolbar button, whose panel stays the Button colour (white
        // HighlightedText vanishes there on the light theme), and on a selected menu item's Highlight, where the
        // text colour still reads. See tst_icons' hoveredToolButtonKeepsItsIcon.
        break;
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Disabled: {
        const QColor disabled = palette.color(QPalette::Disabled, QPalette::WindowText);
        if (disabled != normal)
            return disabled;
        // A palette without its own disabled text colour: halfway to the background still reads as disabled.
        const QColor window = palette.color(QPalette::Active, QPalette::Window);
        return QColor((normal.red() + window.red()) / 2, (normal.green() + window.green()) / 2,
                      (normal.blue() + window.blue()) / 2, normal.alpha());
    }
    }
    return normal;
}

// Renders one SVG at the exact pixel size asked for (no scaling of a smaller pixmap, so it stays crisp at any
// scale factor), with currentColor replaced by the palette's colour for the mode when the SVG is themed.
class SvgIconEngine : public QIconEngine
{
public:
    SvgIconEngine(const QString &name, const QByteArray &svg, bool themed)
        : m_name(name)
        , m_svg(svg)
        , m_themed(themed)
    {
        const QSvgRenderer renderer(m_svg);
        m_valid = renderer.isValid();
        m_defaultSize = m_valid ? renderer.defaultSize() : QSize();
        if (m_defaultSize.isEmpty())
            m_defaultSize = QSize(24, 24);
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        // Device pixels per logical pixel: the device pixel ratio times any zoom the painter applies (a scaled
        // view, a printer), both in the device transform, so the pixmap lands one to one on the device.
        const qreal deviceScale = qSqrt(qAbs(painter->deviceTransform().determinant()));
        const qreal scale = deviceScale > 0 ? deviceScale : qApp->devicePixelRatio();
        const QSize logical = actualSize(rect.size(), mode, state);
        const QPixmap pixmap = scaledPixmap(deviceSize(logical, scale), mode, state, scale);
        QRect target(QPoint(), logical);
        target.moveCenter(rect.center());
        painter->drawPixmap(target, pixmap);
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        return m_defaultSize.scaled(size, Qt::KeepAspectRatio);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    // QIcon::pixmap(size, devicePixelRatio) calls this with size already in device pixels (Qt 6.4).
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        const QSize pixels = actualSize(size, mode, state);
        if (!m_valid || pixels.isEmpty())
            return QPixmap();
        const QColor colour = m_themed ? paletteColour(mode) : QColor();
        const QString cacheKey = QStringLiteral("candor-icon/%1/%2x%3/%4/%5/%6/%7")
                                     .arg(m_name)
                                     .arg(pixels.width())
                                     .arg(pixels.height())
                                     .arg(int(mode))
                                     .arg(int(state))
                                     .arg(colour.isValid() ? colour.rgba() : 0u)
                                     .arg(scale);
        QPixmap pixmap;
        if (QPixmapCache::find(cacheKey, &pixmap))
            return pixmap;
        pixmap = QPixmap::fromImage(render(pixels, colour));
        pixmap.setDevicePixelRatio(scale);
        QPixmapCache::insert(cacheKey, pixmap);
        return pixmap;
    }

    QIconEngine *clone() const override { return new SvgIconEngine(*this); }
    QString key() const override { return QStringLiteral("CandorSvgIconEngine"); }
    QString iconName() override { return m_name; }
    bool isNull() override { return !m_valid; }

    void virtual_hook(int id, void *data) override
    {
        // Code that still asks through the hooks (the Qt 5 way) gets the same answers as the functions above.
        switch (id) {
        case QIconEngine::ScaledPixmapHook: {
            auto *arg = static_cast<QIconEngine::ScaledPixmapArgument *>(data);
            arg->pixmap = scaledPixmap(arg->size, arg->mode, arg->state, arg->scale);
            return;
        }
        case QIconEngine::IsNullHook:
            *static_cast<bool *>(data) = !m_valid;
            return;
        default:
            QIconEngine::virtual_hook(id, data);
        }
    }

private:
    SvgIconEngine(const SvgIconEngine &other) = default;

    static QSize deviceSize(const QSize &logical, qreal dpr)
    {
        return QSize(qRound(logical.width() * dpr), qRound(logical.height() * dpr));
    }

    QImage render(const QSize &pixels, const QColor &colour) const
    {
        QByteArray svg = m_svg;
        if (colour.isValid())
            svg.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
        QSvgRenderer renderer(svg);
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        if (colour.isValid())
            painter.setOpacity(colour.alphaF()); // the SVG colour is opaque; a translucent palette colour applies here
        renderer.render(&painter, QRectF(QPointF(), QSizeF(pixels)));
        return image;
    }

    QString m_name;
    QByteArray m_svg;
    bool m_themed = true;
    bool m_valid = false;
    QSize m_defaultSize;
};

QIcon makeIcon(const QString &name, bool themed)
{
    return QIcon(new SvgIconEngine(name, readSvg(name), themed));
}

} // namespace

QIcon icon(IconName name)
{
    // One engine per name, so every user of an icon shares its cached pixmaps.
    static QHash<int, QIcon> icons;
    const int index = static_cast<int>(name);
    auto it = icons.find(index);
    if (it == icons.end())
        it = icons.insert(index, makeIcon(QLatin1String(iconFiles[index].file), true));
    return *it;
}

QList<IconName> allIconNames()
{
    QList<IconName> names;
    for (const IconFile &file : iconFiles)
        names.append(file.name);
    return names;
}

QIcon applicationIcon()
{
    static const QIcon appIcon = makeIcon(QStringLiteral("candor"), false);
    return appIcon;
}

} // namespace candor
