# oracle: python3
# File names that are not UTF-8 round-trip through str (surrogateescape) and bytes.
import os
import tempfile

d = tempfile.mkdtemp()
bd = os.fsencode(d)
for name in [b'plain', b'caf\xc3\xa9', b'bad-\xff', b'half-\xe2\x82']:
    open(os.path.join(bd, name), 'w').close()
print(sorted(os.listdir(d)))
print(sorted(os.listdir(bd)))
print(sorted(e.name for e in os.scandir(d)))
print(os.path.exists(os.path.join(d, 'bad-\udcff')), os.path.exists(os.path.join(bd, b'bad-\xff')))
os.symlink('target-\udcfe', os.path.join(d, 'lnk'))
print(ascii(os.readlink(os.path.join(d, 'lnk'))), os.readlink(os.path.join(bd, b'lnk')))
os.rename(os.path.join(d, 'bad-\udcff'), os.path.join(d, 'renamed-\udcff'))
print(sorted(os.listdir(bd)))
for n in os.listdir(bd):
    os.unlink(os.path.join(bd, n))
os.rmdir(d)
