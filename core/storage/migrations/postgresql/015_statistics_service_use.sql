-- SPDX-FileCopyrightText: Kotoplan contributors
-- SPDX-License-Identifier: EUPL-1.2
-- The services agreed in a year's plans, counted as the plans are written (issue 20). Counting
-- them from the sub-goals sorted every sub-goal of the year by service and client (0.5 to 0.9 s
-- at 100,000 clients); this summary holds one row per year, service and client, so the year's
-- table is one range of an index. The triggers keep it exact within the statement that changes
-- a sub-goal or a plan's date or client: a save, an import, a signed plan's review, an erasure.
-- service_id 0 is a measure written as free text; year is the plan's drafted_on's first four
-- characters, the same plans as the statistics' range of ISO dates.
-- Officers read the summary and never write it: the trigger functions run as the owner
-- (SECURITY DEFINER, their search_path fixed) and, returning a trigger, cannot be called.

CREATE TABLE public.statistics_service_use (
    year TEXT NOT NULL,
    service_id BIGINT NOT NULL,
    client_id BIGINT NOT NULL,
    uses BIGINT NOT NULL,
    -- The uses ride along in the key's index: a year is an index-only scan of its rows.
    PRIMARY KEY (year, service_id, client_id) INCLUDE (uses)
);

INSERT INTO public.statistics_service_use (year, service_id, client_id, uses)
SELECT SUBSTR(p.drafted_on, 1, 4), COALESCE(s.service_id, 0), p.client_id, COUNT(*)
FROM public.plan_sub_goal s JOIN public.plan p ON p.id = s.plan_id
WHERE s.service_id IS NOT NULL OR s.measure <> ''
GROUP BY SUBSTR(p.drafted_on, 1, 4), COALESCE(s.service_id, 0), p.client_id;

-- A sub-goal written, removed or changed: the old one's use taken away, the new one's added.
CREATE FUNCTION public.kotoplan_count_service_use() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND (OLD.service_id IS NOT NULL OR OLD.measure <> '') THEN
        UPDATE public.statistics_service_use u SET uses = u.uses - 1
        FROM public.plan p
        WHERE p.id = OLD.plan_id AND u.year = SUBSTR(p.drafted_on, 1, 4)
          AND u.service_id = COALESCE(OLD.service_id, 0) AND u.client_id = p.client_id;
        DELETE FROM public.statistics_service_use u USING public.plan p
        WHERE p.id = OLD.plan_id AND u.year = SUBSTR(p.drafted_on, 1, 4)
          AND u.service_id = COALESCE(OLD.service_id, 0) AND u.client_id = p.client_id
          AND u.uses = 0;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND (NEW.service_id IS NOT NULL OR NEW.measure <> '') THEN
        INSERT INTO public.statistics_service_use AS u (year, service_id, client_id, uses)
        SELECT SUBSTR(p.drafted_on, 1, 4), COALESCE(NEW.service_id, 0), p.client_id, 1
        FROM public.plan p WHERE p.id = NEW.plan_id
        ON CONFLICT (year, service_id, client_id) DO UPDATE SET uses = u.uses + 1;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER statistics_service_use_sub_goal
AFTER INSERT OR DELETE OR UPDATE OF plan_id, service_id, measure ON public.plan_sub_goal
FOR EACH ROW EXECUTE FUNCTION public.kotoplan_count_service_use();

-- A plan whose date or client changes moves its sub-goals' services to the new year or client;
-- a plan deleted with its sub-goals still in place (a cascade) takes them along. The program
-- deletes the sub-goals first, which the trigger above has counted already.
CREATE FUNCTION public.kotoplan_move_service_use() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    UPDATE public.statistics_service_use u SET uses = u.uses - g.n
    FROM (SELECT COALESCE(s.service_id, 0) AS service_id, COUNT(*) AS n
          FROM public.plan_sub_goal s
          WHERE s.plan_id = OLD.id AND (s.service_id IS NOT NULL OR s.measure <> '')
          GROUP BY COALESCE(s.service_id, 0)) g
    WHERE u.year = SUBSTR(OLD.drafted_on, 1, 4) AND u.client_id = OLD.client_id
      AND u.service_id = g.service_id;
    DELETE FROM public.statistics_service_use u
    WHERE u.year = SUBSTR(OLD.drafted_on, 1, 4) AND u.client_id = OLD.client_id
      AND u.uses = 0
      AND u.service_id IN (SELECT COALESCE(s.service_id, 0) FROM public.plan_sub_goal s
                           WHERE s.plan_id = OLD.id
                             AND (s.service_id IS NOT NULL OR s.measure <> ''));
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    INSERT INTO public.statistics_service_use AS u (year, service_id, client_id, uses)
    SELECT SUBSTR(NEW.drafted_on, 1, 4), COALESCE(s.service_id, 0), NEW.client_id, COUNT(*)
    FROM public.plan_sub_goal s
    WHERE s.plan_id = NEW.id AND (s.service_id IS NOT NULL OR s.measure <> '')
    GROUP BY COALESCE(s.service_id, 0)
    ON CONFLICT (year, service_id, client_id) DO UPDATE SET uses = u.uses + EXCLUDED.uses;
    RETURN NULL;
END;
$$;

CREATE TRIGGER statistics_service_use_plan_moved
AFTER UPDATE OF drafted_on, client_id ON public.plan
FOR EACH ROW WHEN (SUBSTR(OLD.drafted_on, 1, 4) IS DISTINCT FROM SUBSTR(NEW.drafted_on, 1, 4)
                   OR OLD.client_id IS DISTINCT FROM NEW.client_id)
EXECUTE FUNCTION public.kotoplan_move_service_use();

CREATE TRIGGER statistics_service_use_plan_deleted BEFORE DELETE ON public.plan
FOR EACH ROW EXECUTE FUNCTION public.kotoplan_move_service_use();
