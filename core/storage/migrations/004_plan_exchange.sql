-- SPDX-FileCopyrightText: Kotoplan contributors
-- SPDX-License-Identifier: EUPL-1.2
-- The register of plans handed over to the employment authority and taken in from other
-- municipalities: what, when, by whom, to whom, and the fingerprints of the files. No content.

CREATE TABLE plan_exchange (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plan (id),
    direction TEXT NOT NULL CHECK (direction IN ('export', 'import')),
    happened_at TEXT NOT NULL,
    municipality TEXT NOT NULL DEFAULT '',
    officer TEXT NOT NULL DEFAULT '',
    receiver TEXT NOT NULL DEFAULT '',
    pdf_file TEXT NOT NULL DEFAULT '',
    pdf_sha256 TEXT NOT NULL DEFAULT '',
    json_file TEXT NOT NULL DEFAULT '',
    json_sha256 TEXT NOT NULL DEFAULT '',
    with_life_situation INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX plan_exchange_plan ON plan_exchange (plan_id, happened_at);
