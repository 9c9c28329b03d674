// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "print/PrintedDocument.h"

#include <QImage>
#include <QTextDocument>

#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace kotoplan {

// Lays out a printed document (the plan, the programme, the statistics) on A4-sized pages and
// paints them one by one with our own header (for a plan: client name, date of birth, plan
// date) and footer (page x / y) on any paged device: the PDF writer, a printer, the preview.
class PlanPages
{
public:
    explicit PlanPages(const PrintedDocument &document);
    ~PlanPages();
    PlanPages(const PlanPages &) = delete;
    PlanPages &operator=(const PlanPages &) = delete;

    // Paints every page; `painter` must be active on `device`. Returns the number of pages.
    int paint(QPainter &painter, QPagedPaintDevice &device);
    QTextDocument &textDocument() { return *m_text; }

private:
    void layOut(const QSizeF &body);
    void paintDecoration(QPainter &painter, const QRectF &pagePixels, qreal scale, int page,
                         int pages) const;

    const PrintedDocument &m_document;
    std::unique_ptr<QTextDocument> m_text;
    // The document is laid out on this device of FormCursor::LayoutDpi, then scaled to the
    // device's resolution: the same layout on paper, on screen and in the PDF.
    QImage m_layoutDevice;
};

} // namespace kotoplan
