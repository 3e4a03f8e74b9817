#!/usr/bin/python3
"""Parses an iCalendar file with libical (Debian's libical3, the C library behind Evolution and others)
and prints what it rejects, as JSON: {"events": N, "errors": ["X-LIC-ERROR...", ...]}.
libical marks every property or value it cannot accept with an X-LIC-ERROR property; we collect them."""
import ctypes
import ctypes.util
import json
import sys

lib = ctypes.CDLL(ctypes.util.find_library("ical") or "libical.so.3")
lib.icalparser_parse_string.restype = ctypes.c_void_p
lib.icalparser_parse_string.argtypes = [ctypes.c_char_p]
lib.icalcomponent_as_ical_string.restype = ctypes.c_char_p
lib.icalcomponent_as_ical_string.argtypes = [ctypes.c_void_p]
lib.icalcomponent_count_errors.restype = ctypes.c_int
lib.icalcomponent_count_errors.argtypes = [ctypes.c_void_p]

text = sys.stdin.buffer.read()
root = lib.icalparser_parse_string(text)
if not root:
    print(json.dumps({"events": 0, "errors": ["libical could not parse the calendar at all"]}))
    sys.exit(0)
out = lib.icalcomponent_as_ical_string(root).decode("utf-8")
unfolded = out.replace("\r\n ", "").replace("\n ", "")
lines = unfolded.splitlines()
print(json.dumps({
    "events": sum(1 for l in lines if l == "BEGIN:VEVENT"),
    "errors": [l for l in lines if l.startswith("X-LIC-ERROR")],
    "count": lib.icalcomponent_count_errors(root),
}))
