// Shared by the item model tests: every structural and data signal of one model, recorded, and a check of the
// arguments of a single rows signal. Header-only; include as "common/ModelSpies.h".
#pragma once

#include <QAbstractItemModel>
#include <QModelIndex>
#include <QSignalSpy>
#include <QTest>

namespace candor::testdata {

// Every structural and data signal of one model, recorded.
struct Spies
{
    explicit Spies(const QAbstractItemModel *model)
        : inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , reset(model, &QAbstractItemModel::modelReset)
        , layout(model, &QAbstractItemModel::layoutChanged)
    {}
    void clear()
    {
        for (QSignalSpy *spy : {&inserted, &removed, &moved, &changed, &reset, &layout})
            spy->clear();
    }
    int structural() const { return int(inserted.size() + removed.size() + moved.size() + reset.size()); }

    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy moved;
    QSignalSpy changed;
    QSignalSpy reset;
    QSignalSpy layout;
};

// The spy saw exactly one rows signal, for rows first..last under parent.
inline void checkRowArguments(const QSignalSpy &spy, int first, int last, const QModelIndex &parent = {})
{
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<QModelIndex>(), parent);
    QCOMPARE(spy.at(0).at(1).toInt(), first);
    QCOMPARE(spy.at(0).at(2).toInt(), last);
}

} // namespace candor::testdata
