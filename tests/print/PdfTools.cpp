// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "PdfTools.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace kotoplan::test {

QString runTool(const QString &program, const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.start(program, arguments);
    const bool finished = process.waitForFinished(60000);
    if (exitCode)
        *exitCode =
            finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &path, int first, int last, bool compatibility)
{
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (first > 0)
        arguments << QStringLiteral("-f") << QString::number(first);
    if (last > 0)
        arguments << QStringLiteral("-l") << QString::number(last);
    arguments << path << QStringLiteral("-");
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    // pdftotext wraps right-to-left runs in embedding marks of its own.
    static const QRegularExpression bidiMarks(
        QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}]"));
    QString text = runTool(QStringLiteral("pdftotext"), arguments)
                       .remove(bidiMarks)
                       .replace(whitespace, QStringLiteral(" "))
                       .trimmed();
    return compatibility ? text.normalized(QString::NormalizationForm_KC) : text;
}

QString pdfInfo(const QString &path, const QString &key)
{
    const QStringList lines = runTool(QStringLiteral("pdfinfo"), {path}).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(key + QLatin1Char(':')))
            return line.mid(key.size() + 1).trimmed();
    }
    return {};
}

bool inOrder(const QString &text, const QStringList &items, QString *missing)
{
    // Spaces are left out of the comparison: pdftotext moves the space between a right-to-left
    // and a left-to-right run to where it stands on the page.
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const QString compact = QString(text).remove(whitespace);
    qsizetype from = 0;
    for (const QString &item : items) {
        const QString wanted = QString(item).remove(whitespace);
        const qsizetype at = compact.indexOf(wanted, from);
        if (at < 0) {
            if (missing)
                *missing = item;
            return false;
        }
        from = at + wanted.size();
    }
    return true;
}

QString pdfDrawnText(const QString &path)
{
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                    QStringLiteral("-")})
        .simplified();
}

QString joinHyphens(QString text)
{
    return text.replace(QStringLiteral("- "), QStringLiteral("-"));
}

void savePagePictures(const QString &pdf, const QString &name)
{
    const QString folder = QStringLiteral(KOTOPLAN_PAGES_DIR);
    QDir().mkpath(folder);
    QFile::remove(QDir(folder).filePath(name + QStringLiteral(".pdf")));
    QFile::copy(pdf, QDir(folder).filePath(name + QStringLiteral(".pdf")));
    runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("60"),
                                         QStringLiteral("-png"), pdf, QDir(folder).filePath(name)});
}

} // namespace kotoplan::test
