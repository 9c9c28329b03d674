-- SPDX-FileCopyrightText: Kotoplan contributors
-- SPDX-License-Identifier: EUPL-1.2
-- Erasure of a client's personal data on PostgreSQL, as ../005_erasure.sql (branch issue-6b):
-- a signed plan's rows may be deleted only inside the transaction that names its client in
-- erasure_in_progress; UPDATE stays refused even then.

CREATE TABLE erasure_in_progress (
    client_id BIGINT PRIMARY KEY
);

-- Whether the plan's client is being erased in this transaction.
CREATE FUNCTION kotoplan_erasing(plan_id BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM erasure_in_progress e JOIN plan p ON p.client_id = e.client_id
                   WHERE p.id = $1);
$$;

DROP TRIGGER plan_signed_no_delete ON plan;

CREATE FUNCTION kotoplan_refuse_signed_plan_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM erasure_in_progress e WHERE e.client_id = OLD.client_id) THEN
        RAISE EXCEPTION 'a signed plan cannot be deleted'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN OLD;
END;
$$;

CREATE TRIGGER plan_signed_no_delete BEFORE DELETE ON plan
FOR EACH ROW WHEN (OLD.status = 'signed')
EXECUTE FUNCTION kotoplan_refuse_signed_plan_delete();

-- The rows of a signed plan: as in 003, except a DELETE during the client's erasure.
CREATE OR REPLACE FUNCTION kotoplan_refuse_signed_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    parent BIGINT;
BEGIN
    IF TG_OP = 'INSERT' THEN
        parent := NEW.plan_id;
    ELSE
        parent := OLD.plan_id;
    END IF;
    IF (SELECT status FROM plan WHERE id = parent) = 'signed'
        AND NOT (TG_OP = 'DELETE' AND kotoplan_erasing(parent)) THEN
        RAISE EXCEPTION 'a signed plan cannot be changed'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;

-- The marker only ever names a client that exists.
CREATE FUNCTION kotoplan_erasure_client() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM client WHERE id = NEW.client_id) THEN
        RAISE EXCEPTION 'no such client to erase' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER erasure_in_progress_client BEFORE INSERT ON erasure_in_progress
FOR EACH ROW EXECUTE FUNCTION kotoplan_erasure_client();

CREATE INDEX audit_log_plan ON audit_log (plan_id);
