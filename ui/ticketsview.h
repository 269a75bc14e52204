#pragma once

#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include "ui/consoletableview.h"

class QCheckBox;
class QComboBox;
class QSettings;
class QSplitter;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QModelIndex;
class QTableView;
class QToolButton;
class TicketDetailPane;
class TicketFilterModel;
class TicketModel;
class StretchFloor;
class TicketStore;

// The tickets page: the table over TicketFilterModel (sortable, closed rows dimmed, priority 1
// highlighted), the filters on the left (types, the selected types' states, closed shown or
// hidden, assignment group), instant search above (Ctrl+F), and the selected ticket's detail
// pane below. The selection follows the ticket (by sys_id) through updates, sorting and resets.
class TicketsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketsView)

public:
    explicit TicketsView(QWidget *parent = nullptr);

    // Not owned. The view keeps its own filter model over it.
    void setTicketModel(TicketModel *model);
    // Not owned; the GUI thread's read-only store, for the detail pane's history (may be null).
    void setTicketStore(TicketStore *store);
    // State labels in this language ("pt_BR" or "en"; default: Translator::currentLanguage()).
    void setLanguage(const QString &language);

    // The filters, as the widgets show them (also used by the dashboard's "show these tickets").
    void setTypeFilter(const QStringList &types); // empty = all types
    // TicketFilterModel::stateKey()s, or bare codes for that code in every type; empty = all.
    void setStateFilter(const QSet<QString> &states);
    void setShowClosed(bool show);
    void setGroupFilter(const QString &group); // empty = all groups
    void setSearchText(const QString &text);
    void clearFilters();
    // The filter panel beside the table (Ctrl+Shift+F): hidden, the table has the page's width,
    // which every column needs at 1280 pixels. Filters keep applying while hidden.
    void setFiltersShown(bool shown);
    [[nodiscard]] bool filtersShown() const;
    // Exactly these tickets (DashboardView::showTicketsRequested connects here); empty = any.
    void showTickets(const QString &type, const QString &stateCode, const QString &group, bool openOnly);

    // Selects a ticket by sys_id, clearing the filters only if they hide it (and saying so with
    // notice()). False if unknown.
    bool selectTicket(const QString &sysId);
    [[nodiscard]] QString selectedSysId() const { return m_selectedSysId; }

    [[nodiscard]] int visibleCount() const;
    [[nodiscard]] TicketFilterModel *filterModel() const { return m_filter; }
    [[nodiscard]] QTableView *tableView() const { return m_table; }
    [[nodiscard]] TicketDetailPane *detailPane() const { return m_detail; }
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] QListWidget *typeList() const { return m_types; }
    [[nodiscard]] QListWidget *stateList() const { return m_states; }
    [[nodiscard]] QComboBox *groupCombo() const { return m_group; }
    [[nodiscard]] QCheckBox *showClosedBox() const { return m_showClosed; }

    // Filters (types, states, closed, group; not the search, a momentary question), the columns
    // shown, the sort and the detail pane's height survive a restart: an analyst sets up their
    // view of the queue once. Keys under tickets/ in the application's settings.
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

Q_SIGNALS:
    void currentTicketChanged(const QString &sysId);
    void notice(const QString &text); // for the status bar

private:
    void scheduleChoicesRefresh();
    void refreshChoices(); // types, states and groups offered, from the model's tickets
    void rebuildStateList();
    void onTypeItemChanged(QListWidgetItem *item);
    void onStateItemChanged();
    void applyTypeFilter();
    void applyUncheckedTypes();
    void applyStateFilter();
    void onGroupChosen(int index);
    void onCurrentChanged(const QModelIndex &current);
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void onSourceReset();
    void refreshDetail();
    void restoreSelection();
    void updateCount();
    void setUpColumns();
    void showColumnMenu(const QPoint &globalPos);

    QPointer<TicketModel> m_model;
    TicketFilterModel *m_filter = nullptr;
    TicketStore *m_store = nullptr;
    QString m_language;

    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_filtersButton = nullptr;
    QWidget *m_side = nullptr; // the filter panel
    QListWidget *m_types = nullptr;
    QListWidget *m_states = nullptr;
    QCheckBox *m_showClosed = nullptr;
    QComboBox *m_group = nullptr;
    ConsoleTableView *m_table = nullptr;
    TicketDetailPane *m_detail = nullptr;
    QSplitter *m_tableSplitter = nullptr; // table above, detail pane below
    StretchFloor *m_descriptionFloor = nullptr;

    QStringList m_knownTypes; // offered in the type list, in TicketStats::typeLess order
    QSet<QString> m_uncheckedTypes; // remembered across refreshes, so new types start checked
    QSet<QString> m_uncheckedStates; // TicketFilterModel::stateKey()s
    QHash<QString, QSet<QString>> m_codesSeen; // type -> state codes present in the model
    QString m_selectedSysId;
    bool m_columnsArranged = false;
    bool m_updatingWidgets = false; // the view itself is setting the widgets: no feedback

    QTimer m_choicesTimer; // types/groups offered: at most once a second
    QElapsedTimer m_sinceChoices;
    QTimer m_detailTimer; // the selected ticket changed: refresh the pane, coalesced
};
