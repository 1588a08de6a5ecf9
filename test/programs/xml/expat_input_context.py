# xmlparser.GetInputContext: the input from the current event on, in the input encoding.
from xml.parsers import expat
for enc, data in [('utf-8', '<a x="1">t\u00e9xt<b/></a>'.encode()), ('latin', '<?xml version="1.0" encoding="iso-8859-1"?><a>\u00e9<b/></a>'.encode('latin-1')), ('utf16', '<a>x<b/></a>'.encode('utf-16-le'))]:
    p = expat.ParserCreate()
    p.StartElementHandler = lambda n, a: print(enc, 'start', n, p.GetInputContext())
    p.EndElementHandler = lambda n: print(enc, 'end', n, p.GetInputContext())
    p.CharacterDataHandler = lambda d: print(enc, 'data', repr(d), p.GetInputContext())
    p.Parse(data, True)
    print(p.GetInputContext())
