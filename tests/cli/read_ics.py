# SPDX-FileCopyrightText: Kotoplan contributors
# SPDX-License-Identifier: EUPL-1.2
"""Reads an iCalendar file with Debian's python3-icalendar, an independent parser, and prints
what a phone's calendar would take from it, one key=value a line:

  start: DTSTART as the parser resolves it (local time and UTC offset)
  start_by_vtimezone: the same local time resolved through the file's own VTIMEZONE
  end, uid, location, summary, tzid
  longest_line: the longest line in octets, without its CRLF; bare_lf: lines ending in LF only
"""
import sys

import icalendar

raw = open(sys.argv[1], "rb").read()
lines = raw.split(b"\r\n")
print("longest_line=%d" % max(len(line) for line in lines))
print("bare_lf=%d" % sum(line.count(b"\n") for line in lines))
calendar = icalendar.Calendar.from_ical(raw)
zones = {str(zone["TZID"]): zone.to_tz() for zone in calendar.walk("VTIMEZONE")}
for event in calendar.walk("VEVENT"):
    start = event["DTSTART"]
    local = start.dt
    print("start=%s" % local.isoformat())
    tzid = str(start.params.get("TZID"))
    print("tzid=%s" % tzid)
    own = zones[tzid].localize(local.replace(tzinfo=None))
    print("start_by_vtimezone=%s" % own.isoformat())
    print("end=%s" % event["DTEND"].dt.isoformat())
    print("uid=%s" % event["UID"])
    print("location=%s" % event.get("LOCATION", ""))
    print("summary=%s" % event["SUMMARY"])
    print("description=%s" % event.get("DESCRIPTION", "").replace("\n", " | "))
