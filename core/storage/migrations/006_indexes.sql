-- SPDX-FileCopyrightText: Kotoplan contributors
-- SPDX-License-Identifier: EUPL-1.2
-- Indexes for a municipality's worth of cases, chosen by the benchmark (scripts/bench). Each
-- one lets a frequent query read an index alone instead of the wide rows of its table. An index
-- that a new one extends is dropped: it would only slow every save down.

-- The case list reads every client's search key and date of birth in name order when it opens.
CREATE INDEX client_search ON client (search_key, date_of_birth);
DROP INDEX client_search_key;

-- The statistics' clients whose three-year window closes soon: a range of first permit dates.
CREATE INDEX client_first_permit_date ON client (first_permit_date);

-- The statistics of a year: plans per month and kind, by main goal, reviews on time, and the
-- clients they belong to, without reading the plans' texts.
CREATE INDEX plan_year ON plan (drafted_on, kind, client_id, previous_plan_id, first_plan_date,
                                main_goal);
DROP INDEX plan_drafted_on;

-- The services agreed in a year's plans: the sub-goals' service or free-text measure.
CREATE INDEX plan_sub_goal_use ON plan_sub_goal (plan_id, service_id, measure);
