# pyexpat handlers: the events expat reports and their arguments.
from xml.parsers import expat

def make(**kw):
    p = expat.ParserCreate(**kw)
    names = ['StartElementHandler', 'EndElementHandler', 'CharacterDataHandler', 'ProcessingInstructionHandler',
             'CommentHandler', 'StartNamespaceDeclHandler', 'EndNamespaceDeclHandler', 'StartCdataSectionHandler',
             'EndCdataSectionHandler', 'XmlDeclHandler', 'StartDoctypeDeclHandler', 'EndDoctypeDeclHandler',
             'EntityDeclHandler', 'NotationDeclHandler', 'UnparsedEntityDeclHandler', 'ElementDeclHandler',
             'AttlistDeclHandler', 'SkippedEntityHandler']
    for n in names:
        setattr(p, n, (lambda n: lambda *a: print(n[:-7], a))(n))
    return p

doc = b'''<?xml version="1.0" encoding="iso-8859-1" standalone="no"?>
<!DOCTYPE root [
  <!ELEMENT root (item+, (a|b)*, c?)>
  <!ELEMENT item (#PCDATA|em)*>
  <!ELEMENT em (#PCDATA)>
  <!ELEMENT c EMPTY>
  <!ATTLIST item id ID #REQUIRED kind (x|y) "x" note CDATA #IMPLIED fixed CDATA #FIXED "f">
  <!ENTITY greet "Hello &amp; welcome">
  <!ENTITY ext SYSTEM "ext.xml">
  <!ENTITY pic SYSTEM "pic.gif" NDATA gif>
  <!NOTATION gif PUBLIC "image/gif">
]>
<root><item id=" i1 " kind=" y ">caf\xe9 &greet; <em>!</em></item><?target some data?><!-- note -->
<![CDATA[raw <data>
line]]></root>'''

p = make()
p.Parse(doc, True)
print('---- ordered + specified')
p = make()
p.ordered_attributes = True
p.specified_attributes = True
p.Parse(doc, True)
print('---- namespaces')
p = make(namespace_separator='|')
p.Parse(b'<r xmlns="urn:d" xmlns:p="urn:p"><p:x p:a="1" b="2"/><y xmlns=""/></r>', True)
p = make(namespace_separator='!')
p.namespace_prefixes = True
p.Parse(b'<p:r xmlns:p="urn:p"><p:x p:a="1"/></p:r>', True)
print('---- buffer_text')
p = expat.ParserCreate()
chunks = []
p.CharacterDataHandler = chunks.append
p.Parse(b'<a>one\ntwo &amp; three<b/>four', False)
p.Parse(b' five</a>', True)
print(chunks)
p = expat.ParserCreate()
chunks = []
p.CharacterDataHandler = chunks.append
p.buffer_text = True
print(p.buffer_text, p.buffer_size, p.buffer_used)
p.Parse(b'<a>one\ntwo &amp; three<b/>four', False)
print(p.buffer_used)
p.Parse(b' five</a>', True)
print(chunks)
print('---- positions')
p = expat.ParserCreate()
def pos(*a):
    print(a[0], p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)
p.StartElementHandler = pos
p.EndElementHandler = pos
p.Parse(b'<a>\n <b>\n  <c/>\n </b>\n</a>', True)
print('---- exception in a handler')
p = expat.ParserCreate()
def boom(name, attrs):
    raise ValueError('boom ' + name)
p.StartElementHandler = boom
try:
    p.Parse(b'<x><y/></x>', True)
except ValueError as e:
    print('ValueError', e, p.StartElementHandler)
print('---- intern')
p = expat.ParserCreate()
p.StartElementHandler = lambda n, a: None
p.Parse(b'<a b="1"><a b="2"/></a>', True)
print(sorted(p.intern))
print(expat.ParserCreate(intern=None).intern)
try:
    expat.ParserCreate(namespace_separator='ab')
except ValueError as e:
    print(e)
try:
    expat.ParserCreate(intern=[])
except TypeError as e:
    print(e)
