cases = [
        (b"\xa4\xd4", "strict", None),
        (b"\xa4\xd4\xa4", "strict", None),
        (b"\xa4\xd4\xa4\xb6\xa4\xd0\xa4\xd4", "strict", "\uc4d4"),
        (b"\xa4\xd4\xa4\xb6\xa4\xd0\xa4\xd4x", "strict", "\uc4d4x"),
        (b"a\xa4\xd4\xa4\xb6\xa4", "replace", 'a\ufffd'),
        (b"\xa4\xd4\xa4\xff\xa4\xd0\xa4\xd4", "replace", '\ufffd\u6e21\ufffd\u3160\ufffd'),
        (b"\xa4\xd4\xa4\xb6\xa4\xff\xa4\xd4", "replace", '\ufffd\u6e21\ub544\ufffd\ufffd'),
        (b"\xa4\xd4\xff\xa4\xd4\xa4\xb6\xa4\xd0\xa4\xd4", "replace", '\ufffd\ufffd\ufffd\uc4d4'),
]
for b, e, want in cases:
    try: print(repr(b.decode('euc_kr', e)))
    except Exception as ex: print(type(ex).__name__, ex)
import random
random.seed(5)
s = ''.join(chr(random.randint(0xac00, 0xd7a3)) for _ in range(3000)) + 'ㄱㄳㅏㅢㅎ가각漢字①abc'
for enc in ['euc_kr', 'johab', 'cp949', 'iso2022_kr']:
    try:
        b = s.encode(enc); print(enc, len(b), hash(b) if False else b[:40], b.decode(enc) == s)
    except Exception as ex: print(enc, type(ex).__name__, ex)
for b in [b"\xD8abc", b"\xD8\xFFabc", b"\x84bxy", b"\x8CBxy", b"abc\x80\x80\xc1\xc4\xc8", bytes(range(0x84, 0xff, 3)) + b'\x41']:
    print(repr(b.decode('johab', 'replace')))
allj = bytes(x for i in range(0x8441, 0xd3ff, 7) for x in (i>>8, i&0xff)) + bytes(x for i in range(0xd931, 0xf9fe, 5) for x in (i>>8, i&0xff))
import hashlib; print(hashlib.md5(allj.decode("johab","replace").encode()).hexdigest(), allj.decode('johab', 'replace')[:200])
