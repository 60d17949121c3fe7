#pragma once

#include <QWidget>

namespace Console {

//! A horizontal audio level meter: a bar from -60 to 0 dBFS, green, amber
//! near the top, with the number beside it, so that "live" shows even
//! without speakers. setLevel() takes dBFS; it falls back slowly.
class LevelMeter : public QWidget
{
    Q_OBJECT

public:
    explicit LevelMeter(QWidget *parent = nullptr);

    void setLevel(double dbfs);
    double level() const { return m_level; }
    //! 0..1 of the bar that is lit.
    double fraction() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_level = -100;
};

} // namespace Console
