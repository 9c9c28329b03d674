// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QTextCharFormat>
#include <QTextCursor>

class QTextDocument;

namespace kotoplan {

// Writes a document for the client to read: large type, short paragraphs, labelled lines and
// bullets (the client's copy, the appointment slip). Laid out like every printed document (see
// PlanPages), in the print fonts.
class LargeTypeCursor
{
public:
    // `scale` below 1 shrinks every size alike, for a text that would not fit its pages.
    explicit LargeTypeCursor(QTextDocument *document, qreal scale = 1.0);
    // The height of the document laid out as PlanPages lays it out on A4, in points.
    static qreal heightPoints(QTextDocument &document);
    // The height of a page's body (A4 less the margins, header and footer), in points.
    static constexpr qreal pageBodyPoints = 842 - 34 - 34 - 26 - 22;

    void title(const QString &text);
    // keepToEnd: this heading and all after it start a new page rather than split, if they fit
    // on one (the meeting, the contacts and the rights of the client's copy).
    void heading(const QString &text, bool keepToEnd = false);
    void paragraph(const QString &text);
    // "Label: value" on one line, the label in bold; nothing when the value is empty.
    void line(const QString &label, const QString &value);
    // A bullet: an optional bold lead-in and the text after it.
    void bullet(const QString &lead, const QString &text);
    // A dashed line across the page to cut along.
    void cutLine();

private:
    void block(const QTextCharFormat &format, qreal topPoints, qreal bottomPoints,
               qreal indentPoints = 0);
    qreal m_scale;
    QTextCharFormat m_body;
    QTextCharFormat m_bold;
    QTextCursor m_cursor;
    bool m_first = true;
};

} // namespace kotoplan
