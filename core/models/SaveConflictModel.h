// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "fields/SaveConflict.h"

#include <QAbstractTableModel>

#include <optional>

namespace kotoplan {

// A save conflict as a table: one row a field that differs, this officer's text beside the
// other's (or a known client's stored details beside an imported file's). The two text columns are
// checkable and exclusive, like a pair of radio buttons: the checked one is kept.
class SaveConflictModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Field,
        Mine,
        Theirs,
        ColumnCount
    };
    enum Role
    {
        BothEditedRole = Qt::UserRole + 1,
        KeyRole,
    };

    // What the two versions are: the typed one and the one saved meanwhile, or the stored
    // client and the client in an imported file.
    enum class Wording
    {
        SaveConflict,
        ImportedClient,
    };

    explicit SaveConflictModel(QObject *parent = nullptr);

    void setWording(Wording wording);
    Wording wording() const { return m_wording; }

    void setConflict(const SaveConflict &conflict);
    // With the officer's choices.
    SaveConflict conflict() const;
    // Every row to one side.
    void keepAll(bool mine);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Texts in the new UI language on QEvent::LanguageChange.
    bool event(QEvent *event) override;

private:
    std::optional<SaveConflict> m_conflict;
    Wording m_wording = Wording::SaveConflict;
};

} // namespace kotoplan
