-- SPDX-FileCopyrightText: Kotoplan contributors
-- SPDX-License-Identifier: EUPL-1.2
-- Schema version 2: signed plans become records the database itself protects, reviews record the
-- outcome of the previous plan's sub-goals, and an append-only audit log.
-- The triggers stay simple (one condition, one RAISE) so they port to PostgreSQL trigger functions.

-- A review's assessment of each sub-goal of the plan it continues; position is the sub-goal's
-- position in the previous plan.
CREATE TABLE plan_sub_goal_outcome (
    plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    outcome TEXT NOT NULL DEFAULT ''
        CHECK (outcome IN ('', 'achieved', 'partly', 'not_achieved', 'changed')),
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (plan_id, position)
);

CREATE TRIGGER plan_signed_no_update BEFORE UPDATE ON plan
WHEN OLD.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed plan cannot be changed');
END;

CREATE TRIGGER plan_signed_no_delete BEFORE DELETE ON plan
WHEN OLD.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed plan cannot be deleted');
END;

CREATE TRIGGER plan_participant_signed_no_insert BEFORE INSERT ON plan_participant
WHEN (SELECT status FROM plan WHERE id = NEW.plan_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed plan cannot be changed');
END;

CREATE TRIGGER plan_participant_signed_no_update BEFORE UPDATE ON plan_participant
WHEN (SELECT status FROM plan WHERE id = OLD.plan_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed plan cannot be changed');
END;

CREATE TRIGGER plan_participant_signed_no_delete BEFORE DELETE ON plan_participant
WHEN (SELECT status FROM plan WHERE id = OLD.plan_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed plan cannot be changed');
END;

CREATE TRIGGER plan_sub_goal_signed_no_insert BEFORE INSERT ON plan_sub_goal
WHEN (SELECT status FROM plan WHERE id = NEW.plan_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed plan cannot be changed');
END;

CREATE TRIGGER plan_sub_goal_signed_no_update BEFORE UPDATE ON plan_sub_goal
WHEN (SELECT status FROM plan WHERE id = OLD.plan_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed plan cannot be changed');
END;

CREATE TRIGGER plan_sub_goal_signed_no_delete BEFORE DELETE ON plan_sub_goal
WHEN (SELECT status FROM plan WHERE id = OLD.plan_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed plan cannot be changed');
END;

CREATE TRIGGER plan_sub_goal_outcome_signed_no_insert BEFORE INSERT ON plan_sub_goal_outcome
WHEN (SELECT status FROM plan WHERE id = NEW.plan_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed plan cannot be changed');
END;

CREATE TRIGGER plan_sub_goal_outcome_signed_no_update BEFORE UPDATE ON plan_sub_goal_outcome
WHEN (SELECT status FROM plan WHERE id = OLD.plan_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed plan cannot be changed');
END;

CREATE TRIGGER plan_sub_goal_outcome_signed_no_delete BEFORE DELETE ON plan_sub_goal_outcome
WHEN (SELECT status FROM plan WHERE id = OLD.plan_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed plan cannot be changed');
END;

-- Who did what to which case, and when: ids only, never the content. No foreign keys, so the
-- lines outlive an erased client.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    officer TEXT NOT NULL DEFAULT '',
    os_user TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL CHECK (action IN ('viewed', 'created', 'changed', 'signed', 'printed',
                                           'exported', 'imported', 'erased')),
    client_id INTEGER,
    plan_id INTEGER
);

CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_client ON audit_log (client_id, at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
