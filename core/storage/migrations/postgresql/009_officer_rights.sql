-- SPDX-FileCopyrightText: Kotoplan contributors
-- SPDX-License-Identifier: EUPL-1.2
-- A shared database that holds against its own officers (issue 20). Every function names its
-- tables with their schema and fixes its search_path, with pg_temp last: a session's temporary
-- table can no longer stand in for a real one. The audit log names the login (session_user),
-- not a role the session has set. What officers may not do themselves (delete a plan's rows,
-- erase a client) goes through functions that run as the owner and check what they are asked.
-- Which role may call them, and every other right, `kotoplan init` grants (OfficerRights).

CREATE OR REPLACE FUNCTION public.kotoplan_refuse() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

-- Whether the plan's client is being erased in this transaction.
CREATE OR REPLACE FUNCTION public.kotoplan_erasing(plan_id BIGINT) RETURNS BOOLEAN
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM public.erasure_in_progress e
                   JOIN public.plan p ON p.client_id = e.client_id
                   WHERE p.id = $1);
$$;

-- A row of a plan's table may change only while its plan is a draft; a DELETE also during the
-- erasure of the plan's client.
CREATE OR REPLACE FUNCTION public.kotoplan_refuse_signed_row() RETURNS trigger LANGUAGE plpgsql
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

CREATE OR REPLACE FUNCTION public.kotoplan_refuse_signed_plan_delete() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM public.erasure_in_progress e
                   WHERE e.client_id = OLD.client_id) THEN
        RAISE EXCEPTION 'a signed plan cannot be deleted'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN OLD;
END;
$$;

CREATE OR REPLACE FUNCTION public.kotoplan_erasure_client() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM public.client c WHERE c.id = NEW.client_id) THEN
        RAISE EXCEPTION 'no such client to erase' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END;
$$;

-- The actor is the login that wrote the line: SET ROLE to a group changes current_user, never
-- session_user.
CREATE OR REPLACE FUNCTION public.kotoplan_audit_actor() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    NEW.officer := session_user;
    RETURN NEW;
END;
$$;

-- Saving a draft writes its participants, sub-goals and outcomes anew. Officers have no DELETE
-- on those tables: this takes away the rows of one draft, and of nothing else.
CREATE FUNCTION public.kotoplan_clear_draft_rows(p_plan BIGINT) RETURNS VOID LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM public.plan p WHERE p.id = p_plan AND p.status = 'draft') THEN
        RAISE EXCEPTION 'only the rows of a draft can be replaced'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    DELETE FROM public.plan_participant WHERE plan_id = p_plan;
    DELETE FROM public.plan_sub_goal WHERE plan_id = p_plan;
    DELETE FROM public.plan_sub_goal_outcome WHERE plan_id = p_plan;
END;
$$;

REVOKE ALL ON FUNCTION public.kotoplan_clear_draft_rows(BIGINT) FROM PUBLIC;

-- Discards a draft with its rows; the number of plans deleted (0 when it is no draft).
CREATE FUNCTION public.kotoplan_remove_draft(p_plan BIGINT) RETURNS INTEGER LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    removed INTEGER;
BEGIN
    DELETE FROM public.plan WHERE id = p_plan AND status = 'draft';
    GET DIAGNOSTICS removed = ROW_COUNT;
    RETURN removed;
END;
$$;

REVOKE ALL ON FUNCTION public.kotoplan_remove_draft(BIGINT) FROM PUBLIC;

-- The erasure of a client: one call, as the owner, for a caller whose login may erase. Deletes
-- every row with the client's personal data, children first, and writes its own audit line.
-- 'erased', 'not_found', or 'signed' when the client has signed plans and they were not
-- included.
CREATE FUNCTION public.kotoplan_erase_client(p_client BIGINT, p_including_signed BOOLEAN,
                                             p_at TEXT, p_os_user TEXT)
RETURNS TEXT LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NOT pg_catalog.has_function_privilege(session_user,
            'public.kotoplan_erase_client(bigint, boolean, text, text)', 'EXECUTE') THEN
        RAISE EXCEPTION 'the login % may not erase clients', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM 1 FROM public.client c WHERE c.id = p_client FOR UPDATE;
    IF NOT FOUND THEN
        RETURN 'not_found';
    END IF;
    IF NOT p_including_signed AND EXISTS (SELECT 1 FROM public.plan p
                                          WHERE p.client_id = p_client
                                          AND p.status = 'signed') THEN
        RETURN 'signed';
    END IF;
    INSERT INTO public.erasure_in_progress (client_id) VALUES (p_client);
    DELETE FROM public.plan_exchange
        WHERE plan_id IN (SELECT p.id FROM public.plan p WHERE p.client_id = p_client);
    DELETE FROM public.plan_sub_goal_outcome
        WHERE plan_id IN (SELECT p.id FROM public.plan p WHERE p.client_id = p_client);
    DELETE FROM public.plan_sub_goal
        WHERE plan_id IN (SELECT p.id FROM public.plan p WHERE p.client_id = p_client);
    DELETE FROM public.plan_participant
        WHERE plan_id IN (SELECT p.id FROM public.plan p WHERE p.client_id = p_client);
    DELETE FROM public.plan WHERE client_id = p_client;
    DELETE FROM public.client_mother_tongue WHERE client_id = p_client;
    DELETE FROM public.client_citizenship WHERE client_id = p_client;
    DELETE FROM public.client WHERE id = p_client;
    DELETE FROM public.erasure_in_progress WHERE client_id = p_client;
    INSERT INTO public.audit_log (at, os_user, action, client_id)
        VALUES (p_at, COALESCE(p_os_user, ''), 'erased', p_client);
    RETURN 'erased';
END;
$$;

REVOKE ALL ON FUNCTION public.kotoplan_erase_client(BIGINT, BOOLEAN, TEXT, TEXT) FROM PUBLIC;

-- The case list reads every client's search key in name order when it opens: with the id in the
-- index, an index-only scan (the B-tree before it lacked the id, so the server sorted again).
CREATE INDEX client_search_order ON public.client (search_key, date_of_birth, id);
DROP INDEX public.client_search;

-- A search for part of a name (list --search, the plan's client lookup) on trigrams, where the
-- server has pg_trgm (Debian's postgresql package does); without it the clients are scanned.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
    CREATE INDEX client_search_trigram ON public.client
        USING gin (search_key public.gin_trgm_ops, date_of_birth public.gin_trgm_ops);
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm is not available: a search reads every client';
END;
$$;
