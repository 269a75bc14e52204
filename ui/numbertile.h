#pragma once

#include <QColor>
#include <QFrame>

class QLabel;

// A "big number" tile: a caption, the figure in large type, and one line of detail beneath
// (e.g. "Incidents / 1,204 / 312 open · 892 closed"). A coloured stripe on the left ties the
// tile to its chart series or to a semantic colour.
class NumberTile final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberTile)

public:
    explicit NumberTile(const QString &caption, QWidget *parent = nullptr);

    void setCaption(const QString &caption);
    void setValue(const QString &value);
    void setDetail(const QString &detail);
    void setAccent(const QColor &color);
    // Colours the figure itself (e.g. red when dead letters appeared); invalid = normal text.
    void setValueColor(const QColor &color);

    [[nodiscard]] QString caption() const;
    [[nodiscard]] QString value() const;
    [[nodiscard]] QString detail() const;

private:
    void updateStyle();

    QLabel *m_caption = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_detail = nullptr;
    QColor m_accent;
    QColor m_valueColor;
};
