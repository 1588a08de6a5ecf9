# xml.dom.minidom, xml.sax and plistlib over pyexpat.
import xml.dom.minidom as md
import xml.sax, xml.sax.handler, io, plistlib, datetime

d = md.parseString('<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY e "ent">]>\n<r a="1"><!-- c --><x>t&e;</x><?pi data?><![CDATA[<cd>]]></r>')
print(d.toxml())
print(d.doctype.name, d.doctype.internalSubset)
print(d.documentElement.toprettyxml(indent='  '))
d2 = md.parseString(b'<ns:a xmlns:ns="urn:n" ns:x="1"><b/></ns:a>')
e = d2.documentElement
print(e.namespaceURI, e.localName, e.prefix, e.getAttributeNS('urn:n', 'x'))

class H(xml.sax.handler.ContentHandler):
    def startElement(self, n, a): print('start', n, dict(a))
    def endElement(self, n): print('end', n)
    def characters(self, c): print('chars', repr(c))
    def processingInstruction(self, t, d): print('pi', t, d)
xml.sax.parseString(b'<a b="c">x\ny<d/><?p q?></a>', H())
try:
    xml.sax.parseString(b'<a><b></a>', H())
except xml.sax.SAXParseException as ex:
    print('SAX error', ex, ex.getLineNumber(), ex.getColumnNumber())

pl = {'name': 'x', 'n': 42, 'f': 1.5, 'ok': True, 'no': False, 'data': b'\x00\x01binary',
      'list': [1, 'two', {'three': 3}], 'date': datetime.datetime(2020, 1, 2, 3, 4, 5), 'empty': {}}
s = plistlib.dumps(pl)
print(s.decode())
back = plistlib.loads(s)
print(back == pl, sorted(back))
print(plistlib.loads(plistlib.dumps([1, 2], fmt=plistlib.FMT_XML)))
try:
    plistlib.loads(b'<?xml version="1.0"?><plist><dict><key>a</key></plist>')
except Exception as ex:
    print(type(ex).__name__, ex)
