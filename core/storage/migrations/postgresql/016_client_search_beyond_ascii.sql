-- SPDX-FileCopyrightText: Kotoplan contributors
-- SPDX-License-Identifier: EUPL-1.2
-- The clients whose search key holds a letter beyond printable ASCII (a name in Cyrillic,
-- Arabic, Greek, ...), in name order. A search for such a letter can only find these clients,
-- so it walks this index (storage/ClientSearch.cpp adds the same condition, word for word, for
-- the planner to prove that the index holds every match) instead of passing every Latin name
-- first: at 100,000 clients the first "енко" was 38,700 keys into the list (9 ms of the query,
-- 0.1 ms here).
-- IF NOT EXISTS, as in 015: the upgrade tests replay every step after an older version.
CREATE INDEX IF NOT EXISTS client_search_beyond_ascii ON public.client (search_key, date_of_birth, id)
    WHERE search_key ~ '[^ -~]';
