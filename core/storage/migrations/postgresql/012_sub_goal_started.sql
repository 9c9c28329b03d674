-- SPDX-FileCopyrightText: Kotoplan contributors
-- SPDX-License-Identifier: EUPL-1.2
-- When the service agreed in a sub-goal began, as ../012_sub_goal_started.sql.

ALTER TABLE plan_sub_goal ADD COLUMN started_on TEXT;
