// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "models/CodeSuggestionModel.h"

#include <QObject>
#include <QPointer>

class QCompleter;
class QLineEdit;
class QModelIndex;

namespace kotoplan {

// Turns a line edit into a picker of codes: as the officer types any part of a language's or
// a country's name in Finnish, Swedish or English (or its code), the matches pop up named in
// the UI language, and the one chosen goes in as its code. A list field (mother tongues,
// citizenships) takes several, separated by commas; what was typed before stays.
class CodePicker : public QObject
{
    Q_OBJECT

public:
    CodePicker(QLineEdit *edit, CodeSuggestionModel::Kind kind, bool list);

    QCompleter *completer() const { return m_completer; }

private:
    void typed(const QString &text);
    void choose(const QModelIndex &index);
    // Where the part being typed starts: after the last comma of a list.
    qsizetype partStart(const QString &text) const;

    QPointer<QLineEdit> m_edit;
    CodeSuggestionModel *m_model;
    QCompleter *m_completer;
    bool m_list;
    bool m_choosing = false;
};

} // namespace kotoplan
