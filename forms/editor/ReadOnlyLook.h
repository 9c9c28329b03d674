// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

class QWidget;

namespace kotoplan::readOnlyLook {

// Makes every input under `root` read-only without greying it out: texts stay in normal
// contrast, selectable and copyable; empty fields lose their placeholder, so that no hint reads
// as data; choices keep their look but take no click or key; tables edit nothing. `false` gives
// back what each input had. Inputs that the form disables for its own reasons stay as they are.
void apply(QWidget *root, bool readOnly);

} // namespace kotoplan::readOnlyLook
