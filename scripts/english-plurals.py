#!/usr/bin/env python3
"""Fills the English plural forms in translations/candor_en.ts after lupdate.

Sources write plurals as "%n team(s)"; English needs "%n team" and "%n teams". Entries already finished are kept.
Run through: cmake --build BUILD --target update_translations && python3 scripts/english-plurals.py
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "translations/candor_en.ts")
tree = ET.parse(path)
filled = 0
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    translation = message.find("translation")
    if translation.get("type") != "unfinished":
        continue
    source = message.find("source").text
    singular = re.sub(r"\((s|es)\)", "", source).replace("(ies)", "y")
    plural = re.sub(r"\((s|es)\)", r"\1", source)
    forms = translation.findall("numerusform")
    forms[0].text, forms[1].text = singular, plural
    del translation.attrib["type"]
    filled += 1
body = ET.tostring(tree.getroot(), encoding="unicode")
path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
print(f"{path.name}: filled {filled} plural entr{'y' if filled == 1 else 'ies'}")
