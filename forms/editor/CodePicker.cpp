// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "editor/CodePicker.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>

namespace kotoplan {

CodePicker::CodePicker(QLineEdit *edit, CodeSuggestionModel::Kind kind, bool list)
    : QObject(edit)
    , m_edit(edit)
    , m_model(new CodeSuggestionModel(kind, this))
    , m_completer(new QCompleter(m_model, this))
    , m_list(list)
{
    // The model matches any part of any name; QCompleter's own prefix filter would hide those.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(10);
    m_completer->setWidget(edit);
    connect(edit, &QLineEdit::textEdited, this, &CodePicker::typed);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &CodePicker::choose);
}

qsizetype CodePicker::partStart(const QString &text) const
{
    if (!m_list)
        return 0;
    const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
    return comma < 0 ? 0 : comma + 1;
}

void CodePicker::typed(const QString &text)
{
    if (m_choosing)
        return;
    const QString part = text.mid(partStart(text)).trimmed();
    m_model->setFilterText(part);
    if (m_model->rowCount() > 0)
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

void CodePicker::choose(const QModelIndex &index)
{
    if (!m_edit || !index.isValid())
        return;
    const QString code = index.data(CodeSuggestionModel::CodeRole).toString();
    const QString text = m_edit->text();
    QString kept = text.left(partStart(text)).trimmed();
    if (!kept.isEmpty())
        kept += QLatin1Char(' ');
    const QString chosen = kept + code + (m_list ? QStringLiteral(", ") : QString());
    m_choosing = true;
    m_edit->setText(chosen);
    // What the officer chose is an edit like typing: the section saves it and undo takes it back.
    Q_EMIT m_edit->textEdited(chosen);
    m_choosing = false;
    m_completer->popup()->hide();
}

} // namespace kotoplan
