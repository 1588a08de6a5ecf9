# Standard-library modules built on these: uuid3/uuid5 (MD5 and SHA-1), random.seed with a str
# (SHA-512), base64 and quopri (binascii). (zipfile waits for _tokenize: traceback imports tokenize.)
import uuid, random, base64, quopri

print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid3(uuid.NAMESPACE_URL, 'x'))
random.seed('seed string')
print(random.random(), random.randrange(10 ** 9))
random.seed(b'seed bytes')
print(random.random())
for s in (b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(0, 256, 7))):
    print(base64.b64encode(s), base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b16encode(s), base64.a85encode(s), base64.b85encode(s))
    assert base64.b64decode(base64.b64encode(s)) == s and base64.b32decode(base64.b32encode(s)) == s
print(base64.encodebytes(bytes(range(100))), base64.decodebytes(b'AAEC\nAwQ=\n'))
for bad in ('abc', 'ab=c', b'\xff'):
    try:
        print(base64.b64decode(bad, validate=True))
    except Exception as e:
        print(type(e).__name__, e)
print(quopri.encodestring(b'caf\xe9 = 100%\t\nline two   \n'), quopri.decodestring(b'caf=E9 =3D x=\n y'))
