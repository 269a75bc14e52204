#pragma once

#include <QDialog>

// Help → About Streamdesk: name, version, purpose and what it is built on.
class AboutDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};
