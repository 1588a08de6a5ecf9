# The incremental and stream objects of _multibytecodec, their state and their errors.
import codecs, io, _multibytecodec, _codecs_cn
enc = codecs.getincrementalencoder('iso2022_jp')()
print(enc.encode('日'), enc.getstate(), enc.encode('a'), enc.encode('本', final=True), enc.getstate())
enc.setstate(0); print(enc.errors)
enc.errors = 'replace'; print(enc.errors, enc.encode('\u1234'))
try:
    enc.errors = 3
except TypeError as e:
    print(e)
dec = codecs.getincrementaldecoder('gb18030')()
print(repr(dec.decode(b'\x81\x30')), dec.getstate(), repr(dec.decode(b'\x81\x30')))
dec.setstate((b'\xd6', 0)); print(repr(dec.decode(b'\xd0')))
try:
    dec.setstate((b'123456789', 0))
except UnicodeDecodeError as e:
    print(e)
try:
    dec.setstate(5)
except TypeError as e:
    print(e)
dec.reset(); print(dec.getstate())
r = codecs.getreader('euc_jp')(io.BytesIO('一行\n二行\n三'.encode('euc_jp')))
print(repr(r.readline()), repr(r.read(1)), repr(r.read()))
w = io.BytesIO(); sw = codecs.getwriter('iso2022_kr')(w)
sw.writelines(['한', 'a', '글']); sw.reset(); print(w.getvalue())
try:
    sw.writelines(5)
except TypeError as e:
    print(e)
c = _codecs_cn.getcodec('gbk')
print(type(c).__name__, c.encode('中文'), c.decode(b'\xd6\xd0', 'strict'), c.encode(123))
try:
    type(c)()
except TypeError as e:
    print(e)
try:
    _multibytecodec.__create_codec(1)
except ValueError as e:
    print(e)
try:
    _codecs_cn.getcodec(1)
except TypeError as e:
    print(e)
def handler(exc):
    return ('[%x]' % ord(exc.object[exc.start]), exc.end)
codecs.register_error('test.hex', handler)
print('a\u1234b'.encode('gbk', 'test.hex'), b'a\x81\x20b'.decode('gbk', 'backslashreplace'))
codecs.register_error('test.bad', lambda e: (1, 2))
try:
    'a\u1234'.encode('gbk', 'test.bad')
except TypeError as e:
    print(e)
codecs.register_error('test.far', lambda e: ('', 99))
try:
    'a\u1234'.encode('gbk', 'test.far')
except IndexError as e:
    print(e)
print(codecs.lookup('gbk').incrementalencoder.__mro__)
