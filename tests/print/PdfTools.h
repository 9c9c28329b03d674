// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>

namespace kotoplan::test {

// Runs one of poppler's or qpdf's tools and returns what it printed; exitCode receives its exit
// code (-1 when it could not run).
QString runTool(const QString &program, const QStringList &arguments, int *exitCode = nullptr);
// The text of a PDF (or of pages first..last), whitespace runs made single spaces. Qt writes
// shaped Arabic glyphs with their presentation forms (U+FB50–U+FEFF) as text; `compatibility`
// folds those back to the letters (NFKC), which is what a search in the PDF matches too.
QString pdfText(const QString &path, int first = 0, int last = 0, bool compatibility = false);
// The text in the order it was drawn (pdftotext -raw): the lines of one box or table cell stay
// together, whitespace runs made single spaces. For documents of boxes side by side.
QString pdfDrawnText(const QString &path);
// Joins what a line break after a hyphen split ("wage- subsidised"); apply it to the text and
// to what is searched in it alike, since names may hold "- " themselves ("Luku- ja …").
QString joinHyphens(QString text);
// A value of pdfinfo's output ("Pages", "Page size", …).
QString pdfInfo(const QString &path, const QString &key);
// Where the texts stand in `text`, each searched after the one before; -1 from the first one
// missing on. Names the missing text in `missing`.
bool inOrder(const QString &text, const QStringList &items, QString *missing);
// Renders the pages to PNG at 60 dpi into the build tree, to look at.
void savePagePictures(const QString &pdf, const QString &name);

} // namespace kotoplan::test
