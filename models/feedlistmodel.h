#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>

class FeedHub;

// The feeds view's table: one row per feed of a FeedHub, in its order, with the hub's stats.
// The model keeps its own copy of the id list and follows the hub's feedAdded / feedRemoved /
// feedChanged signals, so every row change goes through begin*/end* with exact ranges.
// The Name column is checkable: checking it enables the feed.
class FeedListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedListModel)

public:
    enum Column { Name, Url, State, Events, Bytes, Reconnects, LastEventId, LastError, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        FeedIdRole = Qt::UserRole + 1,
        EnabledRole, // bool
        StateRole, // int(SseClient::State)
        SortRole, // numbers as numbers, for a sorting proxy
    };

    explicit FeedListModel(QObject *parent = nullptr);

    // Not owned. Replaces the rows with the hub's feeds (a model reset).
    void setHub(FeedHub *hub);
    [[nodiscard]] FeedHub *hub() const { return m_hub; }

    [[nodiscard]] QString feedId(int row) const;
    [[nodiscard]] int rowOf(const QString &feedId) const { return int(m_ids.indexOf(feedId)); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

private:
    void onFeedAdded(const QString &id);
    void onFeedRemoved(const QString &id);
    void onFeedChanged(const QString &id);

    QPointer<FeedHub> m_hub;
    QStringList m_ids;
};
