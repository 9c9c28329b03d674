// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "print/PrintedDocument.h"

#include "print/FormCursor.h"

#include <QFont>
#include <QTextOption>

namespace kotoplan {

std::unique_ptr<QTextDocument> PrintedDocument::newDocument() const
{
    auto document = std::make_unique<QTextDocument>();
    document->setUseDesignMetrics(true);
    document->setDocumentMargin(0);
    QFont font;
    font.setFamilies(FormCursor::printFamilies());
    font.setPointSize(10);
    document->setDefaultFont(font);
    QTextOption option = document->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document->setDefaultTextOption(option);
    document->setMetaInformation(QTextDocument::DocumentTitle, title());
    return document;
}

} // namespace kotoplan
