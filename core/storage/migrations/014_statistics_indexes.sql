-- SPDX-FileCopyrightText: Kotoplan contributors
-- SPDX-License-Identifier: EUPL-1.2
-- The services agreed in a year's plans at a national scale (issue 20): only the sub-goals that
-- name a service or a measure, without their text, so the statistics read a narrow index
-- instead of every sub-goal's measure. Its condition is the statistics' own, word for word.
CREATE INDEX plan_sub_goal_service_use ON plan_sub_goal (plan_id, service_id)
    WHERE service_id IS NOT NULL OR measure <> '';
