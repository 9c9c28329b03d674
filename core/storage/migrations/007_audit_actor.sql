-- SPDX-FileCopyrightText: Kotoplan contributors
-- SPDX-License-Identifier: EUPL-1.2
-- The audit log names a person on every line, records restores, and keeps a short note for the
-- lines that need one (an import's file SHA-256 and sending municipality, a restore's backup):
-- never the content of a case. SQLite cannot change a CHECK, so the table is made anew with
-- every line it holds; lines written before this version keep what they said.

CREATE TABLE audit_log_v8 (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    officer TEXT NOT NULL DEFAULT '',
    os_user TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL CHECK (action IN ('viewed', 'created', 'changed', 'signed', 'printed',
                                           'exported', 'imported', 'erased', 'restored')),
    client_id INTEGER,
    plan_id INTEGER,
    detail TEXT NOT NULL DEFAULT ''
);

INSERT INTO audit_log_v8 (id, at, officer, os_user, action, client_id, plan_id)
SELECT id, at, officer, os_user, action, client_id, plan_id FROM audit_log;

DROP TABLE audit_log;
ALTER TABLE audit_log_v8 RENAME TO audit_log;

CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_client ON audit_log (client_id, at);
CREATE INDEX audit_log_plan ON audit_log (plan_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- A line that names nobody is refused: the officer and the computer's account, both.
CREATE TRIGGER audit_log_names_a_person BEFORE INSERT ON audit_log
WHEN trim(NEW.officer) = '' OR trim(NEW.os_user) = ''
BEGIN
    SELECT RAISE(ABORT, 'an audit line names the officer and the account');
END;

-- A signed plan keeps its client's details as they were at the signing (the plan's JSON at that
-- moment): a reprint shows what was signed, not what was edited since.
ALTER TABLE plan ADD COLUMN signed_client TEXT;
