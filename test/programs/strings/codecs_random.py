# Seeded random bytes decoded and random text encoded with every builtin codec and error handler.
state = 4242
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n
pieces = [b'a', b'\x00', b'\x7f', b'\x80', b'\xbf', b'\xc2', b'\xc3\xa9', b'\xe2\x82\xac', b'\xe2\x82', b'\xed\xa0\x80', b'\xf0\x9f\x98\x80',
          b'\xf0\x9f', b'\xf4\x90', b'\xff', b'\xfe', b'\xd8', b'\xdc', b'\x00\xd8', b'\\x4', b'\\u00e9', b'\\U0001f600', b'+', b'-', b'+AGE']
codecs_ = ['utf-8', 'utf-16-le', 'utf-16-be', 'utf-16', 'utf-32-le', 'utf-32', 'latin-1', 'ascii', 'cp1252', 'unicode_escape', 'raw_unicode_escape', 'utf-7']
handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass']
texts = ['a', 'é', '€', '\U0001f600', chr(0xdc80), chr(0xdcff), chr(0xdfff), '\x00', '\\', '+', ' ', '\u0100', 'ÿ']
checksum = 0
for i in range(2500):
    if rnd(2):
        data = b''.join(pieces[rnd(len(pieces))] for _ in range(rnd(6)))
        enc = codecs_[rnd(len(codecs_))]
        h = handlers[rnd(len(handlers))]
        try:
            r = data.decode(enc, h)
        except UnicodeError as e:
            r = (type(e).__name__, e.start, e.end, e.reason, str(e))
        except Exception as e:
            r = (type(e).__name__, str(e))
        line = ascii((i, 'dec', data, enc, h, r))
    else:
        text = ''.join(texts[rnd(len(texts))] for _ in range(rnd(6)))
        enc = codecs_[rnd(len(codecs_))]
        h = (handlers + ['xmlcharrefreplace', 'namereplace'])[rnd(8)]
        try:
            r = text.encode(enc, h)
        except UnicodeError as e:
            r = (type(e).__name__, e.start, e.end, e.reason, ascii(str(e)))
        except Exception as e:
            r = (type(e).__name__, str(e))
        line = ascii((i, 'enc', text, enc, h, r))
    if i % 40 == 0:
        print(line)
    for ch in line:
        checksum = (checksum * 31 + ord(ch)) % 1000000007
    if i % 500 == 499:
        print('checksum', i, checksum)
