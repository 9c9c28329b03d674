// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "dialogs/FileDialogs.h"

namespace kotoplan {

namespace {
QStringList nextAnswers;
QString shownTitle;
QString shownSuggestion;
} // namespace

bool FileDialogs::takeAnswer(const QString &title, const QString &suggested, QString *answer)
{
    shownTitle = title;
    shownSuggestion = suggested;
    if (nextAnswers.isEmpty())
        return false;
    *answer = nextAnswers.takeFirst();
    return true;
}

QString FileDialogs::saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                  const QString &filter, QFileDialog::Options options)
{
    QString answer;
    if (takeAnswer(title, suggested, &answer))
        return answer;
    return QFileDialog::getSaveFileName(parent, title, suggested, filter, nullptr, options);
}

QString FileDialogs::openFileName(QWidget *parent, const QString &title, const QString &folder,
                                  const QString &filter)
{
    QString answer;
    if (takeAnswer(title, folder, &answer))
        return answer;
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
}

QString FileDialogs::existingDirectory(QWidget *parent, const QString &title, const QString &folder)
{
    QString answer;
    if (takeAnswer(title, folder, &answer))
        return answer;
    return QFileDialog::getExistingDirectory(parent, title, folder);
}

void FileDialogs::setNextAnswer(const QString &path)
{
    nextAnswers = {path};
}

void FileDialogs::addNextAnswers(const QStringList &paths)
{
    nextAnswers.append(paths);
}

QString FileDialogs::lastTitle()
{
    return shownTitle;
}

QString FileDialogs::lastSuggestion()
{
    return shownSuggestion;
}

} // namespace kotoplan
