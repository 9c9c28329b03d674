-- SPDX-FileCopyrightText: Kotoplan contributors
-- SPDX-License-Identifier: EUPL-1.2
-- The indexes of ../006_indexes.sql (branch issue-10) on PostgreSQL, chosen by the benchmark for
-- the case list and the statistics.

CREATE INDEX client_search ON client (search_key, date_of_birth);
DROP INDEX client_search_key;

CREATE INDEX client_first_permit_date ON client (first_permit_date);

CREATE INDEX plan_year ON plan (drafted_on, kind, client_id, previous_plan_id, first_plan_date,
                                main_goal);
DROP INDEX plan_drafted_on;

-- Without the free-text measure that SQLite's index carries: a B-tree entry on PostgreSQL has
-- a size limit (about 2.7 kB) that a long measure would exceed, refusing the officer's save.
CREATE INDEX plan_sub_goal_use ON plan_sub_goal (plan_id, service_id);
