#pragma once

#include <QDialog>

class QTableWidget;

// Help > Keyboard Shortcuts: every action of the window that has a shortcut, with its keys,
// read from the actions themselves so the list never disagrees with what the keys do. The
// dead-letter and pending-entry windows are modal, so the main window's F1 cannot reach them:
// install() gives them their own F1 over their buttons' keys.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    // F1 in `dialog` lists its keys.
    static void install(QDialog *dialog);

    [[nodiscard]] QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};
