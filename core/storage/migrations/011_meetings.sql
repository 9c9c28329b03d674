-- SPDX-FileCopyrightText: Kotoplan contributors
-- SPDX-License-Identifier: EUPL-1.2
-- The record of a case's meetings (issue 22): when and where, with whom, the interpreter booked
-- and how, how long it took and whether the client came. The interpreting costs are claimed
-- from it. A plan's next-meeting field is the planned meeting whose plan_id names that plan.

CREATE TABLE meeting (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    plan_id INTEGER REFERENCES plan (id) ON DELETE SET NULL,
    kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('plan', 'review', 'other')),
    starts_at TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL DEFAULT 60 CHECK (duration_minutes BETWEEN 0 AND 1440),
    place TEXT NOT NULL DEFAULT '',
    officer TEXT NOT NULL DEFAULT '',
    interpreter_booked INTEGER NOT NULL DEFAULT 0,
    interpreter_language TEXT NOT NULL DEFAULT '',
    interpreting_mode TEXT NOT NULL DEFAULT '',
    agency TEXT NOT NULL DEFAULT '',
    attendance TEXT NOT NULL DEFAULT 'planned'
        CHECK (attendance IN ('planned', 'came', 'cancelled', 'no-show')),
    reminder TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX meeting_client ON meeting (client_id, starts_at);
CREATE INDEX meeting_plan ON meeting (plan_id);
CREATE INDEX meeting_month ON meeting (starts_at, attendance);

-- Every next meeting typed so far becomes a planned meeting of its case, once per client and
-- time, named after the newest plan that carries it; its interpreter is the plan's own.
INSERT INTO meeting (client_id, plan_id, kind, starts_at, place, officer, interpreter_booked,
                     interpreter_language, interpreting_mode, attendance, created_at, updated_at)
SELECT p.client_id, p.id, 'review', p.next_meeting_at, p.next_meeting_place, p.signed_by,
       CASE WHEN p.interpreter_present = 'yes' THEN 1 ELSE 0 END,
       CASE WHEN p.interpreter_present = 'yes' THEN p.interpreter_language ELSE '' END,
       CASE WHEN p.interpreter_present = 'yes' THEN p.interpreting_mode ELSE '' END,
       'planned', p.updated_at, p.updated_at
FROM plan p
WHERE p.next_meeting_at <> ''
  AND p.id = (SELECT MAX(q.id) FROM plan q
              WHERE q.client_id = p.client_id AND q.next_meeting_at = p.next_meeting_at);
