-- SPDX-FileCopyrightText: Kotoplan contributors
-- SPDX-License-Identifier: EUPL-1.2
-- When the service agreed in a sub-goal began (issue 22): the follow-up lists a signed plan
-- whose services have not started within the act's time (RuleSet::servicesStartMonths).
-- Null until the officer records it; an ISO date.

ALTER TABLE plan_sub_goal ADD COLUMN started_on TEXT;
