// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "editor/PlanEditor.h"

#include <QString>
#include <QStringList>

class QWidget;

namespace kotoplan::test {

// A named input of the plan editor, found by its object name in the .ui files.
template<typename T> T *input(const PlanEditor *editor, const char *name)
{
    return editor->findChild<T *>(QString::fromLatin1(name));
}

// Clears a line or multi-line field and types the text into it, key by key.
void retype(QWidget *field, const QString &text);
// Adds a row at the end of a table of the editor and types its cells, Tab between them.
void addTableRow(QWidget *tableEditor, const QStringList &cells);

} // namespace kotoplan::test
