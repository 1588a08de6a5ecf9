# Argument errors of the hash constructors and methods.
import _md5, _sha2, _sha3, _blake2

def t(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(label, r if isinstance(r, (str, int, bytes, type(None))) else type(r).__name__)

for con in (_md5.md5, _sha2.sha256, _sha3.sha3_256, _blake2.blake2b):
    name = con.__name__
    t(name + ' str', con, 'text')
    t(name + ' int', con, 1)
    t(name + ' None', con, None)
    t(name + ' both', con, b'a', string=b'b')
    t(name + ' kw', con, foo=1)
    t(name + ' 2pos', con, b'a', b'b')
    t(name + ' update str', lambda: con().update('x'))
    t(name + ' update none', lambda: con().update())
    t(name + ' update list', lambda: con().update([1]))
t('md5 type', _md5.MD5Type)
t('sha256 type', _sha2.SHA256Type)
t('digest arg', lambda: _md5.md5().digest(1))
t('shake no len', lambda: _sha3.shake_128().digest())
t('shake neg', lambda: _sha3.shake_128().digest(-1))
t('shake big', lambda: _sha3.shake_128().hexdigest(2 ** 29))
t('shake float', lambda: _sha3.shake_128().digest(1.5))
t('shake str', lambda: _sha3.shake_128().digest('1'))
t('shake kw', lambda: _sha3.shake_128(b'a').hexdigest(length=3))
t('sha3 subclass', lambda: type('X', (_sha3.sha3_256,), {}))
t('blake2 subclass', lambda: type('X', (_blake2.blake2b,), {}))
for con in (_md5.md5, _sha2.sha512, _sha3.shake_128, _blake2.blake2s):
    t(con.__name__ + ' string=None', con, string=None)
    t(con.__name__ + ' data=None', con, data=None)
    t(con.__name__ + ' string=', lambda: con(string=b'abc').hexdigest(**({'length': 4} if 'shake' in con.__name__ else {})))
print(_md5.md5.__text_signature__, _sha2.sha224.__text_signature__, _sha2.sha224.__name__, _sha2.sha224.__module__)
