# Round trips over whole tables, and errors at every kind of bad sequence.
import hashlib
def digest(s):
    return hashlib.md5(s.encode('utf-8', 'surrogatepass')).hexdigest()
for enc in ['gb2312', 'gbk', 'gb18030', 'big5', 'cp950', 'euc_kr', 'cp949', 'euc_jp', 'shift_jis', 'cp932', 'johab']:
    data = bytes(x for lead in range(0x81, 0x100, 3) for trail in range(0x40, 0x100, 5) for x in (lead, trail, 0x20))
    text = data.decode(enc, 'replace')
    back = text.encode(enc, 'replace')
    print(enc, len(text), digest(text), hashlib.md5(back).hexdigest())
    bmp = ''.join(chr(c) for c in range(0x80, 0x10000, 7) if not 0xd800 <= c < 0xe000)
    enc_b = bmp.encode(enc, 'ignore')
    print(' ', len(enc_b), hashlib.md5(enc_b).hexdigest(), digest(enc_b.decode(enc, 'replace')))
four = bytes([0x81, 0x30, 0x81, 0x30, 0x84, 0x31, 0xa4, 0x39, 0x90, 0x30, 0x81, 0x30, 0xe3, 0x32, 0x9a, 0x35, 0x84, 0x31, 0xa5, 0x30])
print(repr(four.decode('gb18030', 'replace')), '\U0010ffff\u00e9\uffff'.encode('gb18030'))
for enc, b in [('gbk', b'\xa1'), ('gb18030', b'\x81\x30'), ('gb18030', b'\x81\x30\x81'), ('euc_jp', b'\x8f\xa2'), ('shift_jis', b'\xa0'), ('cp932', b'\xa0\xfd'), ('big5', b'\xa1\x30')]:
    try:
        print(enc, repr(b.decode(enc)))
    except UnicodeDecodeError as e:
        print(enc, e.start, e.end, e.reason)
