import codecs
for enc in ['gb2312','gbk','gb18030','hz','big5','cp950','euc_kr','cp949','euc_jp','shift_jis','cp932','johab','iso2022_jp','big5hkscs','euc_jis_2004']:
    s = 'abc~123'
    print(enc, s.encode(enc), codecs.lookup(enc).name)
for enc, s in [('gbk','中文测试·—'),('gb2312','中文'),('gb18030','中文\U0001f600€\u00e9'),('hz','中文abc'),('big5','中文'),('cp950','中文'),('euc_kr','한국어'),('cp949','똠방각하'),('euc_jp','日本語ｱ'),('shift_jis','日本語ｱ¥'),('cp932','日本語①')]:
    b = s.encode(enc); print(enc, b, b.decode(enc) == s)
try: b'\x81'.decode('gbk')
except UnicodeDecodeError as e: print(e)
try: b'\x81\x20'.decode('gbk')
except UnicodeDecodeError as e: print(e)
try: '\U0001f600'.encode('gbk')
except UnicodeEncodeError as e: print(e)
print('a\U0001f600b'.encode('gbk','replace'), b'a\x81\x20b'.decode('gbk','replace'), 'x\u1234'.encode('gbk', 'xmlcharrefreplace'), 'x\u1234'.encode('gbk', 'backslashreplace'))
e = codecs.getincrementalencoder('hz')()
print(e.encode('中'), e.getstate(), e.encode('a'), e.encode('文', True))
d = codecs.getincrementaldecoder('gbk')()
print(repr(d.decode(b'\xd6')), d.getstate(), repr(d.decode(b'\xd0')))
try: d.decode(b'\xd6', True)
except UnicodeDecodeError as e: print(e)
import io
r = codecs.getreader('gb18030')(io.BytesIO('中文\n第二行\n'.encode('gb18030')))
print(r.readlines())
w = io.BytesIO(); sw = codecs.getwriter('hz')(w); sw.write('中'); sw.write('x'); sw.reset(); print(w.getvalue())
import _multibytecodec, _codecs_cn
print(_multibytecodec.MultibyteIncrementalEncoder, type(_codecs_cn.getcodec('gbk')))
try: _codecs_cn.getcodec('xx')
except LookupError as e: print(e)
