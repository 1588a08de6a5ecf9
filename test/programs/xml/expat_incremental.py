# XMLPullParser and byte-by-byte Parse: when events arrive (expat reparse deferral) and the positions between calls.
import xml.etree.ElementTree as ET
from xml.parsers import expat
for chunks in [["<doc>", "<a/>", "</doc>"], ["<?xml version='1.0'?>", "<r><x>text</x", ">", "<y/>" * 3, "</r>"], ["<r>" + "a" * 3000, "</r>"]]:
    p = ET.XMLPullParser(events=('start', 'end'))
    for c in chunks:
        p.feed(c)
        print(repr(c[:20]), [(e, el.tag) for e, el in p.read_events()])
    p.close()
    print('close', [(e, el.tag) for e, el in p.read_events()])
p = expat.ParserCreate()
p.StartElementHandler = lambda n, a: print('start', n, p.CurrentByteIndex)
for i, b in enumerate(b'<a><b/><c>x</c></a>'):
    p.Parse(bytes([b]), False)
    print(i, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex, end='; ')
p.Parse(b'', True)
print()
p = expat.ParserCreate()
print(p.CurrentByteIndex, p.CurrentLineNumber, p.CurrentColumnNumber, p.ErrorCode, p.ErrorLineNumber)
p.Parse(b'<a>\n<b>', False)
print(p.CurrentByteIndex, p.CurrentLineNumber, p.CurrentColumnNumber, p.ErrorCode, p.ErrorLineNumber)
