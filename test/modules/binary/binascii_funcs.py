# Every binascii function on a range of inputs, including the error cases.
import binascii

def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(f.__name__, a if len(repr(a)) < 60 else '(%d bytes)' % len(a[0]), k, r)

samples = [b'', b'a', b'ab', b'abc', b'abcd', b'abcde', bytes(range(256)), b'\xff' * 45, b'\x00' * 44]
for d in samples:
    t(binascii.b2a_base64, d); t(binascii.b2a_base64, d, newline=False)
    t(binascii.b2a_uu, d[:45]); t(binascii.b2a_uu, d[:45], backtick=True)
    t(binascii.a2b_uu, binascii.b2a_uu(d[:45])); t(binascii.a2b_uu, binascii.b2a_uu(d[:45], backtick=True))
    t(binascii.a2b_base64, binascii.b2a_base64(d))
    t(binascii.hexlify, d); t(binascii.hexlify, d, '-', 2); t(binascii.b2a_hex, d, b':', -3); t(binascii.hexlify, d, sep='.', bytes_per_sep=1)
    t(binascii.unhexlify, binascii.hexlify(d)); t(binascii.a2b_hex, binascii.hexlify(d).upper().decode())
    t(binascii.crc32, d); t(binascii.crc32, d, 12345); t(binascii.crc32, d, -1); t(binascii.crc32, d, 2**40 + 7)
    t(binascii.crc_hqx, d, 0); t(binascii.crc_hqx, d, 0x1234); t(binascii.crc_hqx, d, 0x12345)
    t(binascii.b2a_qp, d); t(binascii.b2a_qp, d, quotetabs=True, istext=False, header=True)
    t(binascii.a2b_qp, binascii.b2a_qp(d)); t(binascii.a2b_qp, binascii.b2a_qp(d, header=True), header=True)

for s in ['YWJj', 'YWJ', 'YW=J', '=YWJj', 'YWJj==', 'YQ==', 'YQ=', 'Y', 'YQ==YQ==', 'YW Jj!', 'YQ=a', 'YQ===',
          'abcde', 'ab=c=', '====', 'YW\nJj\n', 'Y=Q==', 'YQ', 'YWI', 'YWI=', '\x00YWJj', b'YW\xffJj', '', 'A===']:
    t(binascii.a2b_base64, s); t(binascii.a2b_base64, s, strict_mode=True)
for s in ['00ff', '0', 'zz', 'ÿ', b'AbCd', '0g', 'g0', '', ' 0', bytearray(b'12')]:
    t(binascii.unhexlify, s)
for s in [b'=41=\n=3D==x=4', b'a_b=\r\nc', b'=4G=', b'abc=', b'=\r\r\nx', b'=', b'==', b'=a', b'=aB', b'_=5F']:
    t(binascii.a2b_qp, s); t(binascii.a2b_qp, s, header=True)
t(binascii.a2b_qp, 'text_=41', True)
qp = [b'x' * 200 + b' \n. \n\t\r\nfoo\n.', b'a b\r\nc d \r\n' + b'=' * 80, b'line \nend\t', b'.\n.', b'.\r\n',
      b'x' * 75 + b'\n' + b'y' * 76 + b'\n' + b'z' * 77, b'\x7f\x80 \t\r\n', b'a\rb\nc', b'\t' * 30, b' ' * 80 + b'\n',
      b'x' * 73 + b'==', b'x' * 74 + b'\xff' + b'x' * 10, b'\x00.\x00', b'.\x00', b'mixed\r\nends\nhere\r\n']
for d in qp:
    t(binascii.b2a_qp, d); t(binascii.b2a_qp, d, True); t(binascii.b2a_qp, d, istext=False); t(binascii.b2a_qp, d, header=True)
    t(binascii.a2b_qp, binascii.b2a_qp(d))
for s in [b'', b' ', b'!', b'!!!!!!!', b'#\x7f', b'#86)C', b'#86)C  \n', b'#86)C\r\n', b'#86)Cxx', b'$86)', b'M' + b'`' * 60,
          '#86)C', 'é', b'!`', b'"```\n', b'!8  ``']:
    t(binascii.a2b_uu, s)
t(binascii.b2a_uu, b'x' * 46)
t(binascii.crc32, 'str'); t(binascii.a2b_base64, 3); t(binascii.crc32, b'a', 1.5); t(binascii.crc_hqx, b'a')
t(binascii.b2a_base64, 'str'); t(binascii.hexlify, 'str'); t(binascii.hexlify, b'ab', 'xy'); t(binascii.hexlify, b'ab', 'é')
t(binascii.hexlify, b'ab', 3); t(binascii.hexlify, b'abc', '-', 2**40); t(binascii.b2a_uu, b'x', backtick=1)
t(binascii.a2b_base64, 'YQ==', strict_mode=0); print(binascii.b2a_base64(memoryview(b'abc')), binascii.a2b_hex(memoryview(b'ab')))
t(binascii.crc32, b'hello'); t(binascii.crc32, b'world', binascii.crc32(b'hello ')); t(binascii.crc32, b'hello world')
print(binascii.Error, binascii.Error.__mro__, binascii.Incomplete.__mro__, binascii.Error.__module__)
print(sorted(n for n in dir(binascii) if not n.startswith('__')))
print(binascii.__doc__)
