#pragma once

#include <QDialog>

#include "services/testevent.h"

class QComboBox;
class QLabel;
class QLineEdit;

// "Publish test event": type, action and number of one hand-made change entry, written to the
// pipeline's stream so an analyst can check, end to end, that processors and views react.
class PublishEventDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishEventDialog)

public:
    explicit PublishEventDialog(const QString &stream, QWidget *parent = nullptr);

    [[nodiscard]] TestEvent event() const;

private:
    void updatePreview();

    QComboBox *m_type = nullptr;
    QComboBox *m_action = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_state = nullptr;
    QLabel *m_preview = nullptr;
};
