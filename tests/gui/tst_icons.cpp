#include "common/Icons.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSet>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOptionToolButton>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace candor;

Q_DECLARE_METATYPE(candor::IconName)

namespace {

const QList<int> logicalSizes = {16, 24, 32, 48};
const QList<qreal> pixelRatios = {1.0, 1.25, 1.5, 2.0, 3.0};

QPalette makePalette(const QColor &window, const QColor &text, const QColor &disabledText, const QColor &highlight,
                     const QColor &highlightedText)
{
    QPalette palette(window, window); // button, window
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, highlightedText);
    return palette;
}

const QColor lightText(0x1c, 0x1c, 0x1c);
const QColor lightDisabledText(0x9a, 0x9a, 0x9a);
const QColor darkText(0xee, 0xee, 0xee);

QPalette lightPalette()
{
    return makePalette(QColor(0xf6, 0xf6, 0xf6), lightText, lightDisabledText, QColor(0x2a, 0x6f, 0xdb), Qt::white);
}

QPalette darkPalette()
{
    return makePalette(QColor(0x24, 0x26, 0x2b), darkText, QColor(0x70, 0x70, 0x70), QColor(0x4d, 0x90, 0xfe),
                       QColor(0x10, 0x10, 0x10));
}

struct Coverage
{
    int visible = 0; // alpha > 0
    int solid = 0;   // alpha >= 128
    int opaque = 0;  // alpha == 255
    QSet<QRgb> opaqueColours;
};

Coverage coverage(const QImage &source)
{
    const QImage image = source.convertToFormat(QImage::Format_ARGB32);
    Coverage result;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(line[x]) > 0)
                ++result.visible;
            if (qAlpha(line[x]) >= 128)
                ++result.solid;
            if (qAlpha(line[x]) == 255) {
                ++result.opaque;
                result.opaqueColours.insert(line[x]);
            }
        }
    }
    return result;
}

// Empty when the image has fully opaque pixels and all of them are the expected colour (give or take the rounding
// where anti-aliased edges of two strokes overlap); otherwise what was found instead.
QString colourMismatch(const QImage &image, const QColor &expected)
{
    const Coverage covered = coverage(image);
    if (covered.opaqueColours.isEmpty())
        return QStringLiteral("no opaque pixel");
    QStringList others;
    for (QRgb colour : covered.opaqueColours) {
        if (qAbs(qRed(colour) - expected.red()) > 2 || qAbs(qGreen(colour) - expected.green()) > 2 ||
            qAbs(qBlue(colour) - expected.blue()) > 2)
            others.append(QColor::fromRgba(colour).name());
    }
    others.sort();
    return others.isEmpty()
               ? QString()
               : QStringLiteral("expected %1, found %2").arg(expected.name(), others.join(QLatin1Char(' ')));
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT
private slots:
    void init() { QApplication::setPalette(lightPalette()); }
    void cleanupTestCase() { QApplication::setPalette(QPalette()); }

    void everyIconIsNamedAndNotNull_data();
    void everyIconIsNamedAndNotNull();
    void pixmapsHaveExactPixelsAtEveryScale_data();
    void pixmapsHaveExactPixelsAtEveryScale();
    void largePixmapsAreRenderedNotUpscaled_data();
    void largePixmapsAreRenderedNotUpscaled();
    void colourFollowsPalette_data();
    void colourFollowsPalette();
    void disabledDiffersFromNormal_data();
    void disabledDiffersFromNormal();
    void selectedUsesHighlightedText();
    void hoveredToolButtonKeepsItsIcon();
    void themeSwitchRecoloursExistingIcon();
    void paintUsesDevicePixels();
    void applicationIconRenders_data();
    void applicationIconRenders();
};

static void addIconRows()
{
    QTest::addColumn<IconName>("name");
    for (IconName name : allIconNames())
        QTest::newRow(qPrintable(icon(name).name())) << name;
}

void TestIcons::everyIconIsNamedAndNotNull_data()
{
    addIconRows();
}

void TestIcons::everyIconIsNamedAndNotNull()
{
    QFETCH(IconName, name);
    const QIcon candorIcon = icon(name);
    QVERIFY(!candorIcon.isNull());
    QVERIFY(!candorIcon.name().isEmpty());
}

void TestIcons::pixmapsHaveExactPixelsAtEveryScale_data()
{
    addIconRows();
}

void TestIcons::pixmapsHaveExactPixelsAtEveryScale()
{
    QFETCH(IconName, name);
    const QIcon candorIcon = icon(name);
    for (int size : logicalSizes) {
        for (qreal ratio : pixelRatios) {
            const QPixmap pixmap = candorIcon.pixmap(QSize(size, size), ratio);
            const QSize expected = QSize(size, size) * ratio;
            const QString where = QStringLiteral("%1 px at %2x").arg(size).arg(ratio);
            QVERIFY2(pixmap.size() == expected,
                     qPrintable(where + QStringLiteral(": %1x%2").arg(pixmap.width()).arg(pixmap.height())));
            QVERIFY2(qFuzzyCompare(pixmap.devicePixelRatio(), ratio), qPrintable(where));
            // A stroke crosses at least half the icon in every drawing, so this many pixels must be covered.
            const Coverage covered = coverage(pixmap.toImage());
            QVERIFY2(covered.solid >= expected.width() / 2,
                     qPrintable(where + QStringLiteral(": %1 solid pixels").arg(covered.solid)));
        }
    }
}

void TestIcons::largePixmapsAreRenderedNotUpscaled_data()
{
    addIconRows();
}

void TestIcons::largePixmapsAreRenderedNotUpscaled()
{
    // An upscaled 24 px bitmap has edges several pixels wide; a rendered one has about one pixel of anti-aliasing.
    QFETCH(IconName, name);
    const Coverage covered = coverage(icon(name).pixmap(QSize(48, 48), 3.0).toImage());
    QVERIFY(covered.visible > 0);
    const qreal opaqueShare = qreal(covered.opaque) / covered.visible;
    QVERIFY2(opaqueShare > 0.6, qPrintable(QString::number(opaqueShare)));
}

void TestIcons::colourFollowsPalette_data()
{
    addIconRows();
}

void TestIcons::colourFollowsPalette()
{
    QFETCH(IconName, name);
    const QIcon candorIcon = icon(name);

    // Light strokes on the dark theme, dark strokes on the light one: the opaque pixels are the palette's text colour.
    QApplication::setPalette(darkPalette());
    const QImage onDark = candorIcon.pixmap(QSize(24, 24), 2.0).toImage();
    const QString darkMismatch = colourMismatch(onDark, darkText);
    QVERIFY2(darkMismatch.isEmpty(), qPrintable(darkMismatch));
    QVERIFY(qGray(darkText.rgb()) > 200);

    QApplication::setPalette(lightPalette());
    const QImage onLight = candorIcon.pixmap(QSize(24, 24), 2.0).toImage();
    const QString lightMismatch = colourMismatch(onLight, lightText);
    QVERIFY2(lightMismatch.isEmpty(), qPrintable(lightMismatch));
    QVERIFY(qGray(lightText.rgb()) < 60);
}

void TestIcons::disabledDiffersFromNormal_data()
{
    addIconRows();
}

void TestIcons::disabledDiffersFromNormal()
{
    QFETCH(IconName, name);
    const QIcon candorIcon = icon(name);
    const QImage normal = candorIcon.pixmap(QSize(24, 24), 1.0, QIcon::Normal).toImage();
    const QImage disabled = candorIcon.pixmap(QSize(24, 24), 1.0, QIcon::Disabled).toImage();
    QVERIFY(normal != disabled);
    const QString mismatch = colourMismatch(disabled, lightDisabledText);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));

    // A palette with no disabled colour of its own still greys disabled icons.
    QPalette plain = lightPalette();
    plain.setColor(QPalette::Disabled, QPalette::WindowText, plain.color(QPalette::Active, QPalette::WindowText));
    QApplication::setPalette(plain);
    const QImage plainDisabled = candorIcon.pixmap(QSize(24, 24), 1.0, QIcon::Disabled).toImage();
    QVERIFY(plainDisabled != candorIcon.pixmap(QSize(24, 24), 1.0, QIcon::Normal).toImage());
}

void TestIcons::selectedUsesHighlightedText()
{
    const QImage selected = icon(IconName::Agree).pixmap(QSize(32, 32), 1.0, QIcon::Selected).toImage();
    const QString mismatch = colourMismatch(selected, Qt::white);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestIcons::hoveredToolButtonKeepsItsIcon()
{
    // Fusion draws a hovered toolbar button's icon in Active mode on a light Button panel: the icon must stay dark.
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QVERIFY(fusion);
    QToolButton button;
    button.setAutoRaise(true);
    QStyleOptionToolButton option;
    option.initFrom(&button);
    option.rect = QRect(0, 0, 36, 36);
    option.icon = icon(IconName::Agree);
    option.iconSize = QSize(24, 24);
    option.toolButtonStyle = Qt::ToolButtonIconOnly;
    option.subControls = QStyle::SC_ToolButton;
    option.activeSubControls = QStyle::SC_ToolButton;
    option.state = QStyle::State_Enabled | QStyle::State_AutoRaise | QStyle::State_MouseOver | QStyle::State_Raised;
    QImage image(option.rect.size(), QImage::Format_ARGB32);
    image.fill(lightPalette().color(QPalette::Window));
    {
        QPainter painter(&image);
        fusion->drawComplexControl(QStyle::CC_ToolButton, &option, &painter, &button);
    }
    int darkest = 255;
    int lightest = 0;
    for (int y = 6; y < 30; ++y) {
        for (int x = 6; x < 30; ++x) {
            darkest = qMin(darkest, qGray(image.pixel(x, y)));
            lightest = qMax(lightest, qGray(image.pixel(x, y)));
        }
    }
    QVERIFY2(lightest - darkest > 150, qPrintable(QStringLiteral("grey %1..%2").arg(darkest).arg(lightest)));
}

void TestIcons::themeSwitchRecoloursExistingIcon()
{
    // The same QIcon (as held by an action or a button) changes colour with the application palette.
    const QIcon undo = icon(IconName::Undo);
    QApplication::setPalette(lightPalette());
    const QImage before = undo.pixmap(QSize(24, 24), 1.0).toImage();
    QApplication::setPalette(darkPalette());
    const QImage after = undo.pixmap(QSize(24, 24), 1.0).toImage();
    QVERIFY2(colourMismatch(before, lightText).isEmpty(), qPrintable(colourMismatch(before, lightText)));
    QVERIFY2(colourMismatch(after, darkText).isEmpty(), qPrintable(colourMismatch(after, darkText)));
}

void TestIcons::paintUsesDevicePixels()
{
    // QIcon::paint() on a 2x surface draws the 2x rendering, not a 1x pixmap stretched.
    const QIcon search = icon(IconName::Search);
    QImage canvas(QSize(48, 48), QImage::Format_ARGB32_Premultiplied);
    canvas.setDevicePixelRatio(2.0);
    canvas.fill(Qt::transparent);
    {
        QPainter painter(&canvas);
        search.paint(&painter, QRect(0, 0, 24, 24));
    }
    QImage expected = search.pixmap(QSize(24, 24), 2.0).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
    expected.setDevicePixelRatio(2.0);
    QCOMPARE(canvas, expected);

    // The same through a painter that zooms by 2 (a scaled view, a printer) on a 1x surface.
    QImage zoomed(QSize(48, 48), QImage::Format_ARGB32_Premultiplied);
    zoomed.fill(Qt::transparent);
    {
        QPainter painter(&zoomed);
        painter.scale(2.0, 2.0);
        search.paint(&painter, QRect(0, 0, 24, 24));
    }
    expected.setDevicePixelRatio(1.0);
    QCOMPARE(zoomed, expected);
}

void TestIcons::applicationIconRenders_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("16 px") << 16;
    QTest::newRow("256 px") << 256;
}

void TestIcons::applicationIconRenders()
{
    QFETCH(int, size);
    const QIcon appIcon = applicationIcon();
    QVERIFY(!appIcon.isNull());
    const QPixmap pixmap = appIcon.pixmap(QSize(size, size), 1.0);
    QCOMPARE(pixmap.size(), QSize(size, size));
    const Coverage covered = coverage(pixmap.toImage());
    // A filled tile with a mark in other colours: most of it opaque, and more than one colour even at 16 px.
    QVERIFY2(covered.opaque > size * size / 2, qPrintable(QString::number(covered.opaque)));
    QVERIFY(covered.opaqueColours.size() >= 2);
    // Its own colours, whatever the theme.
    QApplication::setPalette(darkPalette());
    QCOMPARE(appIcon.pixmap(QSize(size, size), 1.0).toImage(), pixmap.toImage());
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
