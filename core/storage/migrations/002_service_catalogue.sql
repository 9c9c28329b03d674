-- SPDX-FileCopyrightText: Kotoplan contributors
-- SPDX-License-Identifier: EUPL-1.2
-- The municipality's integration programme: the catalogue of services the officer picks from
-- into the sub-goal table (plan_sub_goal.service_id). A service in use is never deleted, only
-- made inactive: ServiceCatalogue enforces it, since SQLite cannot add a foreign key to an
-- existing column without rebuilding the table.

CREATE TABLE service (
    id INTEGER PRIMARY KEY,
    name_fi TEXT NOT NULL DEFAULT '',
    name_sv TEXT NOT NULL DEFAULT '',
    name_en TEXT NOT NULL DEFAULT '',
    description_fi TEXT NOT NULL DEFAULT '',
    description_sv TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT '',
    responsible TEXT NOT NULL DEFAULT '',
    partners TEXT NOT NULL DEFAULT '',
    follow_up TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    search_key TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX service_search_key ON service (search_key);
CREATE INDEX plan_sub_goal_service ON plan_sub_goal (service_id);
CREATE INDEX plan_drafted_on ON plan (drafted_on);

-- One row once the default catalogue was put in: it is seeded once, never again after the
-- officers have deleted entries.
CREATE TABLE service_catalogue_seed (
    seeded_at TEXT NOT NULL
);
