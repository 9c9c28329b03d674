// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "UiTexts.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QXmlStreamReader>

namespace kotoplan::test {

namespace {
void add(QStringList &texts, const QString &text)
{
    if (!text.trimmed().isEmpty())
        texts.append(text);
}

void addModel(QStringList &texts, const QAbstractItemModel *model)
{
    if (!model)
        return;
    for (int column = 0; column < model->columnCount(); ++column) {
        add(texts, model->headerData(column, Qt::Horizontal).toString());
        // Cells the officer types (a sub-goal's responsible party) are data, not UI texts.
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, column);
            if (!(model->flags(index) & Qt::ItemIsEditable))
                add(texts, index.data().toString());
        }
    }
}

void addWidget(QStringList &texts, QWidget *widget)
{
    add(texts, widget->toolTip());
    add(texts, widget->accessibleName());
    add(texts, widget->accessibleDescription());
    if (widget->isWindow())
        add(texts, widget->windowTitle());
    if (auto *label = qobject_cast<QLabel *>(widget))
        add(texts, label->text());
    if (auto *button = qobject_cast<QAbstractButton *>(widget))
        add(texts, button->text());
    if (auto *box = qobject_cast<QGroupBox *>(widget))
        add(texts, box->title());
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        add(texts, edit->placeholderText());
    if (auto *edit = qobject_cast<QPlainTextEdit *>(widget))
        add(texts, edit->placeholderText());
    if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        for (int i = 0; i < combo->count(); ++i)
            add(texts, combo->itemText(i));
    }
    if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
        for (int i = 0; i < tabs->count(); ++i) {
            add(texts, tabs->tabText(i));
            add(texts, tabs->tabToolTip(i));
        }
    }
    if (auto *menu = qobject_cast<QMenu *>(widget))
        add(texts, menu->title());
    if (auto *view = qobject_cast<QAbstractItemView *>(widget))
        addModel(texts, view->model());
    // Menus, menu bars and tool bars hold their entries as actions.
    for (QAction *action : widget->actions()) {
        add(texts, action->text());
        add(texts, action->toolTip());
    }
}
} // namespace

QStringList uiTexts(QWidget &root)
{
    QStringList texts;
    addWidget(texts, &root);
    for (QWidget *widget : root.findChildren<QWidget *>())
        addWidget(texts, widget);
    return texts;
}

QSet<QString> translatedSources(const QString &language)
{
    QFile file(QStringLiteral(KOTOPLAN_SOURCE_DIR "/translations/kotoplan_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QSet<QString> differs;
    QSet<QString> same;
    QSet<QString> translations;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            // Plural messages (%n) hold numerusform children and never show as their source.
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            translations.insert(translation);
            (translation == source ? same : differs).insert(source);
        }
    }
    // A source that some context keeps as it is ("OK"), or that is itself a translation of
    // another text, may rightly show.
    for (const QString &text : same)
        differs.remove(text);
    for (const QString &text : translations)
        differs.remove(text);
    return differs;
}

} // namespace kotoplan::test
