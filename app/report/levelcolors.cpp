#include "levelcolors.h"

#include "derived.h"

#include <cmath>

#include <QImage>
#include <QPainter>

namespace Hyoka {

QColor LevelColors::color(int level)
{
    // Green (above target) through pale grey (on target) to amber and red
    // (underperforming); amber and red are the hues of the grid's level 4–5 cells.
    // Grey values: 1 ≈ 67, 2 ≈ 166, 3 ≈ 214, 4 ≈ 174 (hatched), 5 ≈ 105 (cross-hatched).
    switch (level) {
    case 1: return QColor(0, 104, 55);
    case 2: return QColor(120, 198, 121);
    case 3: return QColor(210, 214, 220);
    case 4: return QColor(245, 166, 35);
    case 5: return QColor(220, 53, 69);
    default: return QColor(250, 250, 250);
    }
}

QColor LevelColors::background(int level)
{
    if (level == 4)
        return QColor(245, 166, 35, 96);
    if (level == 5)
        return QColor(220, 53, 69, 110);
    return QColor();
}

QColor LevelColors::outline(int level)
{
    return level >= 1 && level <= 5 ? color(level).darker(160) : QColor(120, 120, 120);
}

QBrush LevelColors::brush(int level)
{
    switch (level) {
    case 4: return hatched(color(4), Qt::BDiagPattern);
    case 5: return hatched(color(5), Qt::DiagCrossPattern);
    case 1:
    case 2:
    case 3: return QBrush(color(level));
    default: return hatched(color(noLevel), Qt::Dense6Pattern);
    }
}

QBrush LevelColors::hatched(const QColor &color, Qt::BrushStyle pattern)
{
    if (pattern == Qt::SolidPattern || pattern == Qt::NoBrush)
        return QBrush(color);
    // One tile, drawn by hand rather than with Qt's 8×8 bitmap patterns so that the
    // lines keep a visible width when a chart is printed or scaled up.
    constexpr int size = 12;
    QImage tile(size, size, QImage::Format_ARGB32_Premultiplied);
    tile.fill(color);
    QPainter p(&tile);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor lineColor = color.lightness() > 200 ? QColor(110, 110, 110) : color.darker(190);
    p.setPen(QPen(lineColor, 1.6));
    auto diagonal = [&](bool rising) {
        // The line through the tile and its two wrapped neighbours, so the tiles join.
        for (int shift : { -size, 0, size }) {
            if (rising)
                p.drawLine(QPointF(shift, size), QPointF(shift + size, 0));
            else
                p.drawLine(QPointF(shift, 0), QPointF(shift + size, size));
        }
    };
    switch (pattern) {
    case Qt::BDiagPattern: diagonal(true); break;
    case Qt::FDiagPattern: diagonal(false); break;
    case Qt::DiagCrossPattern:
        diagonal(true);
        diagonal(false);
        break;
    case Qt::HorPattern: p.drawLine(QPointF(0, size / 2.0), QPointF(size, size / 2.0)); break;
    case Qt::VerPattern: p.drawLine(QPointF(size / 2.0, 0), QPointF(size / 2.0, size)); break;
    case Qt::CrossPattern:
        p.drawLine(QPointF(0, size / 2.0), QPointF(size, size / 2.0));
        p.drawLine(QPointF(size / 2.0, 0), QPointF(size / 2.0, size));
        break;
    default: // dots
        p.setPen(Qt::NoPen);
        p.setBrush(lineColor);
        p.drawEllipse(QPointF(size / 4.0, size / 4.0), 1.2, 1.2);
        p.drawEllipse(QPointF(size * 3 / 4.0, size * 3 / 4.0), 1.2, 1.2);
        break;
    }
    p.end();
    return QBrush(tile);
}

int LevelColors::ratingLevel(const QString &scale, int rank, int ranks)
{
    if (rank <= 0)
        return noLevel;
    if (scale == u"level" || ranks <= 1)
        return qBound(1, rank, 5);
    return qBound(1, 1 + int(std::lround(double(rank - 1) * 4.0 / double(ranks - 1))), 5);
}

QColor LevelColors::ratingBackground(const QString &scale, int rank, int ranks)
{
    const int level = ratingLevel(scale, rank, ranks);
    if (level == noLevel)
        return QColor();
    QColor c = color(level);
    c.setAlpha(Derived::isUnderperforming(level) ? 110 : 60); // the ones a reviewer looks at first
    return c;
}

} // namespace Hyoka
