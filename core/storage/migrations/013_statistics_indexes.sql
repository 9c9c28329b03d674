-- SPDX-FileCopyrightText: Kotoplan contributors
-- SPDX-License-Identifier: EUPL-1.2
-- The statistics' indexes of issue 20 are PostgreSQL's alone (postgresql/013): SQLite's indexes
-- carry the row id by themselves, and its planner keeps plan_sub_goal_use (006) for the services
-- of a year even beside a narrower partial index, so one here would only slow every save. The
-- step is kept so that both engines count the same versions.
SELECT 1;
