-- SPDX-FileCopyrightText: Kotoplan contributors
-- SPDX-License-Identifier: EUPL-1.2
-- The day a service began is recorded on the signed plan, as ../014_signed_sub_goal_started.sql.
-- The row is compared whole but for started_on, so a column a later migration adds is protected
-- without naming it. Officers may update that one column (OfficerRights).

CREATE FUNCTION public.kotoplan_refuse_signed_sub_goal() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    parent BIGINT;
BEGIN
    IF TG_OP = 'INSERT' THEN
        parent := NEW.plan_id;
    ELSE
        parent := OLD.plan_id;
    END IF;
    IF (SELECT p.status FROM public.plan p WHERE p.id = parent) = 'signed' THEN
        IF TG_OP = 'UPDATE'
           AND (pg_catalog.to_jsonb(NEW) - 'started_on') = (pg_catalog.to_jsonb(OLD) - 'started_on') THEN
            RETURN NEW;
        END IF;
        IF NOT (TG_OP = 'DELETE' AND public.kotoplan_erasing(parent)) THEN
            RAISE EXCEPTION 'a signed plan cannot be changed'
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;

DROP TRIGGER plan_sub_goal_signed ON plan_sub_goal;
CREATE TRIGGER plan_sub_goal_signed BEFORE INSERT OR UPDATE OR DELETE ON plan_sub_goal
FOR EACH ROW EXECUTE FUNCTION public.kotoplan_refuse_signed_sub_goal();
