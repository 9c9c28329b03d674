-- SPDX-FileCopyrightText: Kotoplan contributors
-- SPDX-License-Identifier: EUPL-1.2
-- Codes, not words, and names found by their Latin spelling (issue 18): the program brings
-- every client up to date at the next open (ClientRefresh), since SQL can neither transliterate
-- a name nor tell that "Vietnamese" is vi. A later change of either inserts a row here again.

CREATE TABLE client_refresh (
    requested_at TEXT NOT NULL
);

INSERT INTO client_refresh (requested_at) VALUES ('008');
