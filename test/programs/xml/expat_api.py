# pyexpat parser objects: state after errors and exceptions, settings, argument errors, ParseFile.
from xml.parsers import expat
p = expat.ParserCreate()
def h(*a): raise KeyError('x')
p.StartElementHandler = h
try: p.Parse(b'<a><b/></a>', True)
except KeyError as e: print('KeyError', e)
try: p.Parse(b'<a/>', True)
except expat.ExpatError as e: print(e, e.code, p.ErrorCode)
p = expat.ParserCreate()
print(p.CurrentByteIndex, p.ErrorByteIndex, p.GetBase(), p.buffer_text, p.intern)
p.SetBase('http://x/')
print(p.GetBase())
try: p.UseForeignDTD(); print('ok')
except Exception as e: print(type(e), e)
p.Parse(b'<a>', False)
try: p.UseForeignDTD()
except expat.ExpatError as e: print(e, e.code)
print(p.SetParamEntityParsing(1))
try: p.Parse(42)
except TypeError as e: print(e)
try: del p.StartElementHandler
except RuntimeError as e: print(e)
try: p.buffer_size = 0
except ValueError as e: print(e)
try: p.buffer_size = 'x'
except TypeError as e: print(e)
try: expat.XMLParserType()
except TypeError as e: print(e)
try: p.Foo
except AttributeError as e: print(e)
print(expat.ErrorString(7), expat.ErrorString(0), expat.ErrorString(100))
print(type(p).__name__, type(p).__module__, expat.XMLParserType is type(p))
print(expat.error is expat.ExpatError, expat.ExpatError.__module__)
import io
q = expat.ParserCreate()
q.StartElementHandler = lambda n, a: print('S', n, a)
print(q.ParseFile(io.BytesIO(b'<r x="1"><s/></r>')))
try: q.ParseFile(object())
except TypeError as e: print(e)
