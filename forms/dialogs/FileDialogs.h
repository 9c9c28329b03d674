// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QFileDialog>
#include <QStringList>

namespace kotoplan {

// Every file and folder dialog of the program goes through here, so tests can give the next
// answer instead of a person and read what the dialog suggested. An empty answer is a cancel.
class FileDialogs
{
public:
    // The file to write, starting at the suggested path.
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                const QString &filter, QFileDialog::Options options = {});
    // The file to read, starting in folder.
    static QString openFileName(QWidget *parent, const QString &title, const QString &folder,
                                const QString &filter);
    // A folder, starting in folder.
    static QString existingDirectory(QWidget *parent, const QString &title, const QString &folder);

    // For tests: the next dialog is not shown and answers this path (empty: cancelled).
    static void setNextAnswer(const QString &path);
    // For tests: the next dialogs, one after the other, answer these.
    static void addNextAnswers(const QStringList &paths);
    // For tests: the title and the suggested path or folder of the last dialog, shown or answered.
    static QString lastTitle();
    static QString lastSuggestion();

private:
    // The test's answer when one is waiting, after noting what the dialog would have shown.
    static bool takeAnswer(const QString &title, const QString &suggested, QString *answer);
};

} // namespace kotoplan
