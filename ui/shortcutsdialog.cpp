#include "ui/shortcutsdialog.h"

#include <algorithm>

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);

    QSet<QString> seen;
    const auto addRow = [this, &seen](const QString &text, const QString &line) {
        if (seen.contains(text + line))
            return;
        seen.insert(text + line);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(text));
        m_table->setItem(row, 1, new QTableWidgetItem(line));
    };
    // The widget an action belongs to: the first widget among its parents (an action group's
    // actions, Observe and Process, belong to the window too).
    const auto owner = [](const QObject *object) {
        while (object && !object->isWidgetType())
            object = object->parent();
        return object;
    };
    // The window's own actions first, then the pages' (Feeds: Add, Edit, ...).
    QList<QAction *> actions = window->findChildren<QAction *>();
    std::stable_partition(
        actions.begin(), actions.end(), [window, &owner](const QAction *a) { return owner(a) == window; });
    for (const QAction *action : std::as_const(actions)) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        const QString line = keys.join(QStringLiteral(", "));
        // A page's action is named by its tooltip ("Add a feed (Ins)" says more than "&Add…");
        // the window's by its text (its tooltips are sentences). As a person reads them: no
        // mnemonic marker, no ellipsis.
        QString text = owner(action) == window ? action->text() : action->toolTip();
        const QString keySuffix = QStringLiteral(" (%1)").arg(keys.constFirst());
        if (text.endsWith(keySuffix))
            text.chop(keySuffix.size());
        text.remove(QLatin1Char('&'));
        text.remove(QChar(0x2026));
        addRow(text.trimmed(), line);
    }
    // A dialog's buttons, by their text: their tooltips are sentences.
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (!button->shortcut().isEmpty() && !button->text().isEmpty())
            addRow(button->text().remove(QLatin1Char('&')), button->shortcut().toString(QKeySequence::NativeText));
    }
    // Shortcuts without an action (the Tickets page's search) name themselves in whatsThis.
    for (const QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        if (!shortcut->whatsThis().isEmpty() && !shortcut->key().isEmpty())
            addRow(shortcut->whatsThis(), shortcut->key().toString(QKeySequence::NativeText));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    if (!qobject_cast<QDialog *>(window)) {
        auto *note = new QLabel(tr("The Dead Letters and Pending Entries windows have keys of their own: press F1 "
                                   "there to list them."),
            this);
        note->setObjectName(QStringLiteral("dialogsNote"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(480, 520);
}

void ShortcutsDialog::install(QDialog *dialog)
{
    auto *help = new QShortcut(QKeySequence(Qt::Key_F1), dialog);
    help->setWhatsThis(tr("Keyboard Shortcuts"));
    connect(help, &QShortcut::activated, dialog, [dialog] {
        ShortcutsDialog shortcuts(dialog, dialog);
        shortcuts.exec();
    });
}
