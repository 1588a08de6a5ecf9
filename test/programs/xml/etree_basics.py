# ElementTree over pyexpat: parsing, attributes, text/tail, namespaces, serialization.
import xml.etree.ElementTree as ET

doc = '''<?xml version="1.0" encoding="UTF-8"?>
<!-- a library -->
<library xmlns:b="http://example.com/book" name="city &amp; county">
  <b:book id="1" lang='en'>
    <title>Dune</title>
    <year>1965</year>
  </b:book>
  <b:book id="2">
    <title>Emma &#x263A; &#169;</title>
    <note><![CDATA[<not> & markup]]></note>
  </b:book>
  tail text
</library>'''

root = ET.fromstring(doc)
print(root.tag, root.attrib)
for book in root.findall('{http://example.com/book}book'):
    print(book.tag, sorted(book.attrib.items()), [c.tag for c in book])
    print(repr(book.find('title').text), repr(book.tail))
print(repr(root[1].find('note').text))
print(ET.tostring(root, encoding='unicode'))

# Whitespace, newlines (CR LF normalized), attribute value normalization
r = ET.fromstring('<a x="1\t2\n3" y=" sp  aces ">line1\r\nline2\rline3</a>')
print(repr(r.get('x')), repr(r.get('y')), repr(r.text))

# Bytes in various encodings
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'iso-8859-1', 'latin-1', 'ascii', 'cp1252']:
    data = ('<?xml version="1.0" encoding="%s"?><r a="\u00e9">caf\u00e9</r>' % enc).encode(enc, 'replace') if enc != 'ascii' else b'<?xml version="1.0" encoding="ascii"?><r a="e">cafe</r>'
    try:
        e = ET.fromstring(data)
        print(enc, e.get('a'), e.text)
    except (ET.ParseError, ValueError) as ex:
        print(enc, type(ex).__name__, ex)

print(ET.fromstring(b'\xef\xbb\xbf<r>bom</r>').text)
print(ET.fromstring('<r>\u00e9\u4e2d\U0001F600</r>'.encode('utf-16')).text)

# iterparse and XMLPullParser
import io
src = io.BytesIO(b'<root xmlns="urn:x"><a>1</a><b x="y"/><?pi data?><!--c--></root>')
for ev, el in ET.iterparse(src, events=('start', 'end', 'start-ns', 'end-ns', 'comment', 'pi')):
    print(ev, el if ev in ('start-ns', 'end-ns') else el.text if ev in ('pi', 'comment') else el.tag)

p = ET.XMLPullParser(events=('start', 'end'))
data = '<doc><x a="1">text</x><y/></doc>'
for i, ch in enumerate(data):
    p.feed(ch)
    p.flush()
    for ev, el in p.read_events():
        print(i, ev, el.tag)
p.close()
