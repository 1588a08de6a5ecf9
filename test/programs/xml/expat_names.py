# Which characters expat accepts in names (XML 1.0 fourth edition tables), in UTF-8 and UTF-16 input, and columns after a byte order mark.
from xml.parsers import expat
for name in ['é', 'ñame', 'a·b', '·a', 'α', 'a\u0300', '\u0300a', '中文', 'a\u3005', '\u3005', 'a1', '1a', 'x\u0e46', '\u00aa', '\u00b5', 'ǅ', '\u0221', '\u2160', 'a\u203f', '\U00010000', 'a\u00b7\u0387']:
    p = expat.ParserCreate()
    try:
        p.Parse(('<%s/>' % name).encode(), True); r = 'ok'
    except expat.ExpatError as e:
        r = str(e)
    q = expat.ParserCreate()
    try:
        q.Parse(('<%s/>' % name).encode('utf-16'), True); r2 = 'ok'
    except expat.ExpatError as e:
        r2 = str(e)
    print(ascii(name), r, r2)

for d in [b'\xef\xbb\xbf<1/>', '<1/>'.encode('utf-16'), '<1/>'.encode('utf-16-le'), ]:
    p = expat.ParserCreate()
    try: p.Parse(d, True)
    except expat.ExpatError as e: print(e, e.offset)
    q = expat.ParserCreate()
    q.StartElementHandler = lambda *a: print(q.CurrentColumnNumber, q.CurrentByteIndex)
    q.Parse(d.replace(b'1', b'x').replace('1'.encode('utf-16-le'), 'x'.encode('utf-16-le')), True)
