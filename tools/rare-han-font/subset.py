#!/usr/bin/env python3
"""Makes the fallback font for rare Han characters: the glyphs of HanaMinB (Hanazono Mincho B, SIL OFL 1.1,
Debian package fonts-hanazono) for every character of the pinyin table (CJK Extension B and beyond), renamed
as the OFL requires of a modified version ("HanaMinB" is a Reserved Font Name).

Run: python3 tools/rare-han-font/subset.py /usr/share/fonts/truetype/hanazono/HanaMinB.ttf \
         src/main/resources/org/incidentdesk/service/roster/rare-pinyin.txt assets/fonts/IncidentDeskRareHan.ttf
"""
import sys
from fontTools import subset
from fontTools.ttLib import TTFont

FAMILY = 'IncidentDesk Rare Han'
POSTSCRIPT = 'IncidentDeskRareHan-Regular'


def code_points(table_path):
    points = set()
    with open(table_path, encoding='utf-8') as lines:
        for line in lines:
            if line.startswith('#') or not line.strip():
                continue
            points.update(int(p, 16) for p in line.split()[1:] if int(p, 16) >= 0x20000)
    return points


def main(source, table, target):
    font = TTFont(source)
    options = subset.Options()
    options.hinting = False
    options.name_IDs = ['*']
    options.name_languages = ['*']
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(code_points(table)))
    subsetter.subset(font)
    names = font['name']
    for record in list(names.names):
        if record.nameID in (1, 4, 16, 21):
            record.string = FAMILY if record.nameID in (1, 16, 21) else FAMILY
        elif record.nameID in (2, 17, 22):
            record.string = 'Regular'
        elif record.nameID == 3:
            record.string = 'IncidentDesk: ' + POSTSCRIPT
        elif record.nameID == 6:
            record.string = POSTSCRIPT
    font.save(target)


if __name__ == '__main__':
    main(*sys.argv[1:4])
