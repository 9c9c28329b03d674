// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextCharFormat>
#include <QTextCursor>

class QTextDocument;

namespace kotoplan {

// Writes the pieces of a paper form into a QTextDocument: labels, boxes that stay visible when
// empty, check boxes, tables and signature lines. The document is laid out on a device of
// LayoutDpi (see PlanPages), so fonts keep their point sizes and frames get fine widths.
class FormCursor
{
public:
    static constexpr int LayoutDpi = 288;

    explicit FormCursor(QTextDocument *document);
    // The fonts of the printout, first choice first.
    static QStringList printFamilies();

    void title(const QString &text);
    // Marks a block whose page should also hold the rest of the document (the signatures).
    static constexpr int KeepToEndProperty = QTextFormat::UserProperty + 1;
    // A label's block: it goes to the next page with what it labels (PlanPages).
    static constexpr int KeepWithNextProperty = QTextFormat::UserProperty + 2;
    // A section's heading; keepToEnd keeps it and all that follows on one page if it fits.
    void heading(const QString &text, bool keepToEnd = false);
    // A field: its label and its value in a box; an empty value leaves `emptyLines` blank
    // lines, as the paper form leaves room to write.
    struct Field
    {
        QString label;
        QString value;
        int emptyLines = 1;
    };
    void field(const QString &label, const QString &value, int emptyLines = 1);
    // Fields side by side in one row of boxes, as short fields stand on the paper form.
    void fieldRow(const QList<Field> &fields);
    // One entry of a list in a box that stays on one page: a title and its text on the left,
    // labelled values stacked on the right (a service of the integration programme).
    void entry(const QString &title, const QString &text, const QList<Field> &fields);
    void label(const QString &text);
    // A paragraph of running text.
    void text(const QString &text);
    // One line of check boxes, each with its text: ☒ chosen, ☐ not.
    void checkLine(const QList<std::pair<bool, QString>> &choices);
    // A table with a header row that repeats on every page it runs onto; `emptyRows` blank
    // rows when there are no rows, room to write by hand.
    void table(const QStringList &headers, const QList<QStringList> &rows,
               const QList<int> &widthPercents, int emptyRows);
    // Rows of up to three lines to sign on, each with its caption below it and an optional
    // printed text on the line (a name, a date); an empty caption leaves the place empty.
    void signatureBlock(const QList<QList<std::pair<QString, QString>>> &rows);
    void space(qreal points);
    // A picture (a chart) in a paragraph of its own, `widthPoints` wide; its height follows.
    void picture(const QImage &image, const QString &name, qreal widthPoints);
    // Inserts text at the cursor, shaping only the scripts that need it (Latin gets no
    // ligatures, which would come back from the PDF as odd characters).
    static void insert(QTextCursor &cursor, const QString &text, const QTextCharFormat &format);

private:
    void paragraph(const QTextCharFormat &format, qreal topMargin, qreal bottomMargin);
    void afterTable();
    QTextCharFormat m_text;
    QTextCharFormat m_label;
    QTextCharFormat m_box;
    QTextCursor m_cursor;
    bool m_first = true;
};

} // namespace kotoplan
