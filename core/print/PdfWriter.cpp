// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "print/PdfWriter.h"

#include "print/PlanPages.h"
#include "storage/FilePermissions.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace kotoplan {

namespace {

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString xmpDate(const QDateTime &time)
{
    const int offset = time.offsetFromUtc();
    QString zone = QStringLiteral("Z");
    if (offset != 0) {
        zone = QStringLiteral("%1%2:%3")
                   .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                   .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
                   .arg((qAbs(offset) / 60) % 60, 2, 10, QLatin1Char('0'));
    }
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + zone;
}

// Qt 6.4 writes the title, creator, producer and creation date into the document information;
// PDF/A wants the same values in the XMP metadata, where the author and subject go too.
QByteArray xmpMetadata(const PrintedDocument &document, const QString &creator,
                       const QDateTime &created)
{
    const QString language = document.languageCode();
    const QString xmp = QStringLiteral(
        "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        "   <dc:format>application/pdf</dc:format>\n"
        "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
        "   <dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
        "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%3</rdf:li></rdf:Alt>"
        "</dc:description>\n"
        "   <dc:language><rdf:Bag><rdf:li>%4</rdf:li></rdf:Bag></dc:language>\n"
        "  </rdf:Description>\n"
        "  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
        "   <xmp:CreatorTool>%5</xmp:CreatorTool>\n"
        "   <xmp:CreateDate>%6</xmp:CreateDate>\n"
        "   <xmp:ModifyDate>%6</xmp:ModifyDate>\n"
        "  </rdf:Description>\n"
        "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
        "   <pdf:Producer>%7</pdf:Producer>\n"
        "  </rdf:Description>\n"
        "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
        "   <pdfaid:part>1</pdfaid:part>\n"
        "   <pdfaid:conformance>B</pdfaid:conformance>\n"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        "<?xpacket end='w'?>");
    return xmp
        .arg(xmlEscaped(document.title()), xmlEscaped(document.author()),
             xmlEscaped(document.subject()), language, xmlEscaped(creator), xmpDate(created),
             QStringLiteral("Qt " QT_VERSION_STR))
        .toUtf8();
}

} // namespace

QByteArray PdfWriter::render(const PrintedDocument &document, int *pages)
{
    PlanPages planPages(document);
    const QString creator = QStringLiteral("%1 %2").arg(QCoreApplication::applicationName(),
                                                        QCoreApplication::applicationVersion());
    // The creation date must read the same in both places; Qt takes it as the painter begins,
    // so a second that turns meanwhile means a second try.
    for (int attempt = 0; attempt < 3; ++attempt) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Point));
        writer.setResolution(600);
        writer.setTitle(document.title());
        writer.setCreator(creator);
        const QDateTime created = QDateTime::currentDateTime();
        writer.setDocumentXmpMetadata(xmpMetadata(document, creator, created));
        QPainter painter;
        if (!painter.begin(&writer))
            return {};
        if (QDateTime::currentDateTime().toSecsSinceEpoch() != created.toSecsSinceEpoch() &&
            attempt < 2) {
            painter.end();
            continue;
        }
        const int count = planPages.paint(painter, writer);
        if (!painter.end())
            return {};
        if (pages)
            *pages = count;
        buffer.close();
        return bytes;
    }
    return {};
}

PdfWriter::Result PdfWriter::write(const PrintedDocument &document, const QString &path)
{
    Result result;
    const QString fileName = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.message = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return result;
    }
    const QByteArray bytes = render(document, &result.pages);
    if (bytes.isEmpty()) {
        file.cancelWriting();
        result.message = tr("The document could not be made into a PDF for %1.").arg(fileName);
        return result;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        result.message = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return result;
    }
    restrictToOwner(path);
    result.ok = true;
    return result;
}

} // namespace kotoplan
