-- SPDX-FileCopyrightText: Kotoplan contributors
-- SPDX-License-Identifier: EUPL-1.2
-- The services agreed in a year's plans, counted as the plans are written (issue 20). Counting
-- them from the sub-goals sorted every sub-goal of the year by service and client (1.1 to 1.9 s
-- at 100,000 clients); this summary holds one row per year, service and client, so the year's
-- table is one range of an index. The triggers keep it exact within the statement that changes
-- a sub-goal or a plan's date or client: a save, an import, a signed plan's review, an erasure.
-- service_id 0 is a measure written as free text; year is the plan's drafted_on's first four
-- characters, the same plans as the statistics' range of ISO dates.
-- At the end, an index of the plans' dates by id for the reviews on time. The step may run
-- again over its own result (a database whose version was set back): it then fills the summary
-- anew and replaces its triggers.

CREATE TABLE IF NOT EXISTS statistics_service_use (
    year TEXT NOT NULL,
    service_id INTEGER NOT NULL,
    client_id INTEGER NOT NULL,
    uses INTEGER NOT NULL,
    PRIMARY KEY (year, service_id, client_id)
) WITHOUT ROWID;

DELETE FROM statistics_service_use;

INSERT INTO statistics_service_use (year, service_id, client_id, uses)
SELECT SUBSTR(p.drafted_on, 1, 4), COALESCE(s.service_id, 0), p.client_id, COUNT(*)
FROM plan_sub_goal s JOIN plan p ON p.id = s.plan_id
WHERE s.service_id IS NOT NULL OR s.measure <> ''
GROUP BY SUBSTR(p.drafted_on, 1, 4), COALESCE(s.service_id, 0), p.client_id;

DROP TRIGGER IF EXISTS statistics_service_use_insert;
CREATE TRIGGER statistics_service_use_insert AFTER INSERT ON plan_sub_goal
WHEN NEW.service_id IS NOT NULL OR NEW.measure <> ''
BEGIN
    INSERT INTO statistics_service_use (year, service_id, client_id, uses)
    SELECT SUBSTR(p.drafted_on, 1, 4), COALESCE(NEW.service_id, 0), p.client_id, 1
    FROM plan p WHERE p.id = NEW.plan_id
    ON CONFLICT (year, service_id, client_id) DO UPDATE SET uses = uses + 1;
END;

DROP TRIGGER IF EXISTS statistics_service_use_delete;
CREATE TRIGGER statistics_service_use_delete AFTER DELETE ON plan_sub_goal
WHEN OLD.service_id IS NOT NULL OR OLD.measure <> ''
BEGIN
    UPDATE statistics_service_use SET uses = uses - 1
    WHERE (year, service_id, client_id) =
          (SELECT SUBSTR(p.drafted_on, 1, 4), COALESCE(OLD.service_id, 0), p.client_id
           FROM plan p WHERE p.id = OLD.plan_id) AND uses > 1;
    DELETE FROM statistics_service_use
    WHERE (year, service_id, client_id) =
          (SELECT SUBSTR(p.drafted_on, 1, 4), COALESCE(OLD.service_id, 0), p.client_id
           FROM plan p WHERE p.id = OLD.plan_id) AND uses = 1;
END;

-- A sub-goal changed in place counts as the old one removed and the new one written.
DROP TRIGGER IF EXISTS statistics_service_use_update;
CREATE TRIGGER statistics_service_use_update AFTER UPDATE OF plan_id, service_id, measure
ON plan_sub_goal
BEGIN
    UPDATE statistics_service_use SET uses = uses - 1
    WHERE (year, service_id, client_id) =
          (SELECT SUBSTR(p.drafted_on, 1, 4), COALESCE(OLD.service_id, 0), p.client_id
           FROM plan p WHERE p.id = OLD.plan_id) AND uses > 1
      AND (OLD.service_id IS NOT NULL OR OLD.measure <> '');
    DELETE FROM statistics_service_use
    WHERE (year, service_id, client_id) =
          (SELECT SUBSTR(p.drafted_on, 1, 4), COALESCE(OLD.service_id, 0), p.client_id
           FROM plan p WHERE p.id = OLD.plan_id) AND uses = 1
      AND (OLD.service_id IS NOT NULL OR OLD.measure <> '');
    INSERT INTO statistics_service_use (year, service_id, client_id, uses)
    SELECT SUBSTR(p.drafted_on, 1, 4), COALESCE(NEW.service_id, 0), p.client_id, 1
    FROM plan p WHERE p.id = NEW.plan_id AND (NEW.service_id IS NOT NULL OR NEW.measure <> '')
    ON CONFLICT (year, service_id, client_id) DO UPDATE SET uses = uses + 1;
END;

-- A plan whose date or client changes moves its sub-goals' services to the new year or client.
DROP TRIGGER IF EXISTS statistics_service_use_plan_moved;
CREATE TRIGGER statistics_service_use_plan_moved AFTER UPDATE OF drafted_on, client_id ON plan
WHEN SUBSTR(OLD.drafted_on, 1, 4) IS NOT SUBSTR(NEW.drafted_on, 1, 4)
     OR OLD.client_id IS NOT NEW.client_id
BEGIN
    UPDATE statistics_service_use
    SET uses = uses - (SELECT COUNT(*) FROM plan_sub_goal s
                       WHERE s.plan_id = OLD.id AND (s.service_id IS NOT NULL OR s.measure <> '')
                         AND COALESCE(s.service_id, 0) = statistics_service_use.service_id)
    WHERE year = SUBSTR(OLD.drafted_on, 1, 4) AND client_id = OLD.client_id
      AND service_id IN (SELECT COALESCE(s.service_id, 0) FROM plan_sub_goal s
                         WHERE s.plan_id = OLD.id
                           AND (s.service_id IS NOT NULL OR s.measure <> ''));
    DELETE FROM statistics_service_use
    WHERE year = SUBSTR(OLD.drafted_on, 1, 4) AND client_id = OLD.client_id AND uses = 0
      AND service_id IN (SELECT COALESCE(s.service_id, 0) FROM plan_sub_goal s
                         WHERE s.plan_id = OLD.id
                           AND (s.service_id IS NOT NULL OR s.measure <> ''));
    INSERT INTO statistics_service_use (year, service_id, client_id, uses)
    SELECT SUBSTR(NEW.drafted_on, 1, 4), COALESCE(s.service_id, 0), NEW.client_id, COUNT(*)
    FROM plan_sub_goal s
    WHERE s.plan_id = NEW.id AND (s.service_id IS NOT NULL OR s.measure <> '')
    GROUP BY COALESCE(s.service_id, 0)
    ON CONFLICT (year, service_id, client_id) DO UPDATE SET uses = uses + excluded.uses;
END;

-- A plan deleted with its sub-goals still in place (a cascade) takes their services along; the
-- program deletes the sub-goals first, which the delete trigger above has counted already.
DROP TRIGGER IF EXISTS statistics_service_use_plan_deleted;
CREATE TRIGGER statistics_service_use_plan_deleted BEFORE DELETE ON plan
BEGIN
    UPDATE statistics_service_use
    SET uses = uses - (SELECT COUNT(*) FROM plan_sub_goal s
                       WHERE s.plan_id = OLD.id AND (s.service_id IS NOT NULL OR s.measure <> '')
                         AND COALESCE(s.service_id, 0) = statistics_service_use.service_id)
    WHERE year = SUBSTR(OLD.drafted_on, 1, 4) AND client_id = OLD.client_id
      AND service_id IN (SELECT COALESCE(s.service_id, 0) FROM plan_sub_goal s
                         WHERE s.plan_id = OLD.id
                           AND (s.service_id IS NOT NULL OR s.measure <> ''));
    DELETE FROM statistics_service_use
    WHERE year = SUBSTR(OLD.drafted_on, 1, 4) AND client_id = OLD.client_id AND uses = 0
      AND service_id IN (SELECT COALESCE(s.service_id, 0) FROM plan_sub_goal s
                         WHERE s.plan_id = OLD.id
                           AND (s.service_id IS NOT NULL OR s.measure <> ''));
END;

-- The date of the plan a review continues, read without the plan's wide row: the statistics'
-- reviews on time name this index (INDEXED BY), since SQLite prefers the row id's own lookup.
CREATE INDEX IF NOT EXISTS plan_date_by_id ON plan (id, drafted_on);
