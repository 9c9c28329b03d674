-- SPDX-FileCopyrightText: Kotoplan contributors
-- SPDX-License-Identifier: EUPL-1.2
-- As ../007_audit_actor.sql: every new line names a person, restores are recorded, and a short
-- note (an import's file SHA-256 and sending municipality) goes with the lines that need one.
-- The actor trigger functions stay as they are (the officer is the database role).

ALTER TABLE audit_log ADD COLUMN detail TEXT NOT NULL DEFAULT '';

ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check
    CHECK (action IN ('viewed', 'created', 'changed', 'signed', 'printed', 'exported',
                      'imported', 'erased', 'restored'));

-- Lines written before this version keep what they said (NOT VALID); every new one names the
-- officer and the account.
ALTER TABLE audit_log ADD CONSTRAINT audit_log_names_a_person
    CHECK (btrim(officer) <> '' AND btrim(os_user) <> '') NOT VALID;

-- A signed plan keeps its client's details as they were at the signing.
ALTER TABLE plan ADD COLUMN signed_client TEXT;
