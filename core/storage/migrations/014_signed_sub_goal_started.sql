-- SPDX-FileCopyrightText: Kotoplan contributors
-- SPDX-License-Identifier: EUPL-1.2
-- A service starts after its plan is signed: the day it began (started_on, 012) is recorded on
-- the signed plan, and nothing else of a signed plan's sub-goal may change. The trigger names
-- every other column; a column a later migration adds must be named here too, and
-- SignedSubGoalTests changes each column of the table to prove it.

DROP TRIGGER plan_sub_goal_signed_no_update;
CREATE TRIGGER plan_sub_goal_signed_no_update BEFORE UPDATE ON plan_sub_goal
WHEN (SELECT status FROM plan WHERE id = OLD.plan_id) = 'signed'
    AND (NEW.plan_id IS NOT OLD.plan_id OR NEW.position IS NOT OLD.position
         OR NEW.sub_goal IS NOT OLD.sub_goal OR NEW.measure IS NOT OLD.measure
         OR NEW.service_id IS NOT OLD.service_id OR NEW.responsible IS NOT OLD.responsible
         OR NEW.schedule IS NOT OLD.schedule)
BEGIN
    SELECT RAISE(ABORT, 'a signed plan cannot be changed');
END;
