// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStringList>

class QWidget;

namespace kotoplan {

// The width a combo box needs, in `widget`'s style and font, for its text field to show the
// widest of `texts` whole. The style's own size hint can leave the field a few pixels short.
int comboWidthFor(const QWidget *widget, const QStringList &texts);

} // namespace kotoplan
