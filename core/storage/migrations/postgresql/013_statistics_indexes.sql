-- SPDX-FileCopyrightText: Kotoplan contributors
-- SPDX-License-Identifier: EUPL-1.2
-- The statistics of a year at a national scale (issue 20). Without these the server read every
-- plan and all 2 million sub-goals of 100,000 clients for the services agreed (3.3 s).

-- The sub-goals that name a service or a measure, without the measure's text: an index-only
-- scan of the year's plans' sub-goals. Its condition is the statistics' own, word for word.
CREATE INDEX plan_sub_goal_service_use ON public.plan_sub_goal (plan_id, service_id)
    WHERE service_id IS NOT NULL OR measure <> '';

-- The year's plans with their ids, so that joining their sub-goals and the plan a review
-- continues reads this index alone (SQLite's indexes carry the row id by themselves).
CREATE INDEX plan_year_id ON public.plan (drafted_on, kind, client_id, previous_plan_id,
                                          first_plan_date, main_goal, id);
DROP INDEX public.plan_year;
