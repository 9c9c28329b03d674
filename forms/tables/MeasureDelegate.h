// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "tables/MultiLineDelegate.h"

#include <QSqlDatabase>

namespace kotoplan {

class ServiceCompleter;

// The measure cell of the sub-goal table: a multi-line editor that offers the service
// catalogue as the officer types. A service picked from the list is stored at once with its
// id and responsible party (SubGoalModel::setService) and the next cell opens; anything else
// typed stays free text.
class MeasureDelegate : public MultiLineDelegate
{
    Q_OBJECT

public:
    explicit MeasureDelegate(QSqlDatabase db, QObject *parent = nullptr);

    ServiceCompleter *completer() const { return m_completer; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    ServiceCompleter *m_completer;
};

} // namespace kotoplan
