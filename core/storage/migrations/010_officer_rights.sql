-- SPDX-FileCopyrightText: Kotoplan contributors
-- SPDX-License-Identifier: EUPL-1.2
-- Officers' rights are a PostgreSQL matter (postgresql/010_officer_rights.sql and kotoplan init):
-- a SQLite file has no roles. This step keeps the two engines' version numbers in step.
SELECT 1;
