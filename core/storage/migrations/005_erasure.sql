-- SPDX-FileCopyrightText: Kotoplan contributors
-- SPDX-License-Identifier: EUPL-1.2
-- Erasure of a client's personal data: on request, or when the retention period has ended.
-- A signed plan stays a record that no UPDATE, INSERT or DELETE can touch, with one exception:
-- ClientErasure deletes all of one client's plans inside a transaction that first puts the
-- client's id into erasure_in_progress and takes it out again before it commits. Outside that
-- transaction the table is empty, so the delete triggers refuse as before. UPDATE stays refused
-- even then: an erasure deletes, it never rewrites a record.

CREATE TABLE erasure_in_progress (
    client_id INTEGER PRIMARY KEY
);

DROP TRIGGER plan_signed_no_delete;
CREATE TRIGGER plan_signed_no_delete BEFORE DELETE ON plan
WHEN OLD.status = 'signed'
    AND NOT EXISTS (SELECT 1 FROM erasure_in_progress e WHERE e.client_id = OLD.client_id)
BEGIN
    SELECT RAISE(ABORT, 'a signed plan cannot be deleted');
END;

DROP TRIGGER plan_participant_signed_no_delete;
CREATE TRIGGER plan_participant_signed_no_delete BEFORE DELETE ON plan_participant
WHEN (SELECT status FROM plan WHERE id = OLD.plan_id) = 'signed'
    AND NOT EXISTS (SELECT 1 FROM erasure_in_progress e JOIN plan p ON p.client_id = e.client_id
                    WHERE p.id = OLD.plan_id)
BEGIN
    SELECT RAISE(ABORT, 'a signed plan cannot be changed');
END;

DROP TRIGGER plan_sub_goal_signed_no_delete;
CREATE TRIGGER plan_sub_goal_signed_no_delete BEFORE DELETE ON plan_sub_goal
WHEN (SELECT status FROM plan WHERE id = OLD.plan_id) = 'signed'
    AND NOT EXISTS (SELECT 1 FROM erasure_in_progress e JOIN plan p ON p.client_id = e.client_id
                    WHERE p.id = OLD.plan_id)
BEGIN
    SELECT RAISE(ABORT, 'a signed plan cannot be changed');
END;

DROP TRIGGER plan_sub_goal_outcome_signed_no_delete;
CREATE TRIGGER plan_sub_goal_outcome_signed_no_delete BEFORE DELETE ON plan_sub_goal_outcome
WHEN (SELECT status FROM plan WHERE id = OLD.plan_id) = 'signed'
    AND NOT EXISTS (SELECT 1 FROM erasure_in_progress e JOIN plan p ON p.client_id = e.client_id
                    WHERE p.id = OLD.plan_id)
BEGIN
    SELECT RAISE(ABORT, 'a signed plan cannot be changed');
END;

-- The marker only ever names a client that exists, so it cannot be set up ahead for a client
-- id that is reused later.
CREATE TRIGGER erasure_in_progress_client BEFORE INSERT ON erasure_in_progress
WHEN NOT EXISTS (SELECT 1 FROM client WHERE id = NEW.client_id)
BEGIN
    SELECT RAISE(ABORT, 'no such client to erase');
END;

-- New plans take an id above every id the audit log names, so an erased plan's lines never
-- come to point at someone else's plan; the same holds for clients through audit_log_client.
CREATE INDEX audit_log_plan ON audit_log (plan_id);
