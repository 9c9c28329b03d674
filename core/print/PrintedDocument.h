// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QTextDocument>

#include <memory>

namespace kotoplan {

// A document the program prints and archives as PDF/A (the plan, the integration programme,
// the statistics): its text and the words around its pages. PlanPages lays it out and
// PdfWriter writes it, the same way for each.
class PrintedDocument
{
public:
    virtual ~PrintedDocument() = default;

    // A new document each call, laid out in points (see PlanPages).
    virtual std::unique_ptr<QTextDocument> build() const = 0;
    virtual QString languageCode() const = 0; // "fi", "sv" or "en"

    // The texts around the pages and in the file's metadata, in the document's language.
    virtual QString formTitle() const = 0; // the footer's left side
    virtual QString title() const = 0;
    virtual QString subject() const = 0;
    virtual QString author() const = 0;
    virtual QString headerLeft() const = 0;
    virtual QString headerRight() const = 0;
    virtual QString pageFooter(int page, int pages) const = 0;
    // A mark that every page carries under its header (a draft's); none by default.
    virtual QString pageMark() const { return {}; }

protected:
    // An empty document in the print font and wrapping, titled title(), for build() to fill.
    std::unique_ptr<QTextDocument> newDocument() const;

    PrintedDocument() = default;
    PrintedDocument(const PrintedDocument &) = default;
    PrintedDocument &operator=(const PrintedDocument &) = default;
};

} // namespace kotoplan
