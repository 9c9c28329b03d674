-- SPDX-FileCopyrightText: Kotoplan contributors
-- SPDX-License-Identifier: EUPL-1.2
-- Schema version 1: clients and their plans, field by field as on the paper form.
-- Dates are ISO 8601 text; the SQL stays portable so the same stores run on PostgreSQL.

CREATE TABLE client (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    search_key TEXT NOT NULL,
    date_of_birth TEXT NOT NULL,
    contact_language TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    post_office TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    arrived_in_finland TEXT NOT NULL DEFAULT '',
    first_permit_date TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX client_search_key ON client (search_key);
CREATE INDEX client_date_of_birth ON client (date_of_birth);

CREATE TABLE client_mother_tongue (
    client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    language TEXT NOT NULL,
    PRIMARY KEY (client_id, position)
);

CREATE TABLE client_citizenship (
    client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    country TEXT NOT NULL,
    PRIMARY KEY (client_id, position)
);

CREATE TABLE plan (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES client (id),
    kind TEXT NOT NULL CHECK (kind IN ('first', 'review')),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed')),
    previous_plan_id INTEGER REFERENCES plan (id),
    interpreter_present TEXT NOT NULL DEFAULT '' CHECK (interpreter_present IN ('', 'yes', 'no')),
    interpreter_language TEXT NOT NULL DEFAULT '',
    interpreting_mode TEXT NOT NULL DEFAULT '',
    drafted_on TEXT NOT NULL DEFAULT '',
    first_plan_date TEXT NOT NULL DEFAULT '',
    life_situation TEXT NOT NULL DEFAULT '',
    future_wish TEXT NOT NULL DEFAULT '',
    main_goal TEXT NOT NULL DEFAULT '',
    main_goal_text TEXT NOT NULL DEFAULT '',
    main_goal_details TEXT NOT NULL DEFAULT '',
    occupation_primary TEXT NOT NULL DEFAULT '',
    occupation_alternatives TEXT NOT NULL DEFAULT '',
    language_study_plan TEXT NOT NULL DEFAULT '',
    other_study_plan TEXT NOT NULL DEFAULT '',
    long_term_measures TEXT NOT NULL DEFAULT '',
    rights_discussed INTEGER NOT NULL DEFAULT 0,
    client_understood INTEGER NOT NULL DEFAULT 0,
    client_commitments TEXT NOT NULL DEFAULT '',
    municipality_commitments TEXT NOT NULL DEFAULT '',
    next_meeting_at TEXT NOT NULL DEFAULT '',
    next_meeting_place TEXT NOT NULL DEFAULT '',
    signed_on TEXT NOT NULL DEFAULT '',
    signed_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX plan_client ON plan (client_id, drafted_on);
CREATE INDEX plan_next_meeting ON plan (next_meeting_at);

CREATE TABLE plan_participant (
    plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (plan_id, position)
);

CREATE TABLE plan_sub_goal (
    plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    sub_goal TEXT NOT NULL DEFAULT '',
    measure TEXT NOT NULL DEFAULT '',
    service_id INTEGER,
    responsible TEXT NOT NULL DEFAULT '',
    schedule TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (plan_id, position)
);
