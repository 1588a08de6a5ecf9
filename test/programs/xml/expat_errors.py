# pyexpat well-formedness errors: messages, codes, line and column, as expat reports them.
from xml.parsers import expat
import xml.etree.ElementTree as ET

cases = [
    '', '   ', '<a>', '<a></b>', '<a/>junk', '<a/>junk<', 'hello', 'foobar<', '<a x="1" x="2"/>',
    '<a>&foo;</a>', '<a><!-- x -- y --></a>', '<a\n  b="<"/>', '<a>]]></a>', '\n\n  <a>\n<b></a>',
    '<a b=1/>', '<a>&#0;</a>', '<a>&#xD800;</a>', '<a>\x01</a>', '<a><![CDATA[x</a>', '<?xml version="1.0"?><?xml version="1.0"?><a/>',
    '<a/><b/>', '<a:b/>', '<a xmlns:p=""/>', '<p:a xmlns:p="u"></p:a><!-- ok -->', '<a>&amp</a>', '<a b="&#x;"/>',
    '<!DOCTYPE a [<!ENTITY e "<b>">]><a>&e;</a>', '<!DOCTYPE a [<!ENTITY e "x&e;">]><a>&e;</a>', '<a><b></a></b>',
    '<?xml version="1.0" encoding="bogus-enc"?><a/>', '<a>\r\n<b/ ></a>', '<a></a >', '< a/>',
]
for c in cases:
    p = expat.ParserCreate(namespace_separator=' ' if ':' in c else None)
    try:
        p.Parse(c, True)
        print(repr(c), 'ok')
    except expat.ExpatError as e:
        print(repr(c), '->', e, '|', e.code, e.lineno, e.offset, expat.ErrorString(e.code) == expat.errors.messages[e.code])
    except LookupError as e:
        print(repr(c), 'LookupError', e)

# Errors through ElementTree
try:
    ET.fromstring('<root>\n  <child>\n</root>')
except ET.ParseError as e:
    print(e, e.code, e.position)

# Parse after an error, and after the end
p = expat.ParserCreate()
p.Parse(b'<a/>', True)
try:
    p.Parse(b'<b/>', True)
except expat.ExpatError as e:
    print('again:', e, e.code)

# Chunked errors
p = expat.ParserCreate()
p.Parse(b'<doc>\n<ab', False)
try:
    p.Parse(b'c x="1" x="2"/>', True)
except expat.ExpatError as e:
    print('chunked:', e)
print(expat.errors.XML_ERROR_TAG_MISMATCH, expat.errors.codes['mismatched tag'])

# Bytes cut inside a character, and UTF-16 guessed from a zero byte
for d in [b"\0\r\n", b"<a>\xc3", b"<a>x</a>\xc3", b"<a>\xe2\x82", b"\xc3", "<a>\u00e9</a>".encode('utf-16-be')[:-1],
          "<a>\u00e9</a>".encode('utf-16-le'), b"<\0a\0/\0>\0", b"<a>\xff</a>", b"<a>\xed\xa0\x80</a>", b"<a>\xef\xbf\xbf</a>"]:
    p = expat.ParserCreate()
    try:
        p.Parse(d, True)
        print(d, 'ok')
    except expat.ExpatError as e:
        print(d, e)
