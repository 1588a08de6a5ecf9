# oracle: python3
# pwd and grp: entries of the host's databases (root and its group, which every Linux system has),
# lookups that fail, argument errors.  python3 (3.11) answers: the oracle (Emscripten) has no pwd/grp.
import grp
import pwd

print(pwd.struct_passwd.__doc__)
print(grp.struct_group.__doc__)
print(pwd.struct_passwd.n_fields, grp.struct_group.n_fields, pwd.struct_passwd.__module__, grp.struct_group.__name__)
for f in (pwd.getpwuid, pwd.getpwnam, pwd.getpwall, grp.getgrgid, grp.getgrnam, grp.getgrall):
    print(f.__name__, f.__text_signature__, f.__doc__.splitlines()[0])
r = pwd.getpwuid(0)
print(r.pw_name, r[0], r.pw_uid, r.pw_gid, len(r), tuple(r) == pwd.getpwnam('root'), type(r.pw_uid), type(r.pw_dir))
g = grp.getgrgid(0)
print(g.gr_name, g.gr_gid, type(g.gr_mem), len(g), grp.getgrnam('root') == g)
print(any(e.pw_name == 'root' for e in pwd.getpwall()), all(isinstance(e, pwd.struct_passwd) for e in pwd.getpwall()))
print(any(e.gr_gid == 0 for e in grp.getgrall()))
print(grp.getgrgid(True).gr_name, grp.getgrgid(id=0).gr_name, grp.getgrnam(name='root').gr_gid)
for call in [
    lambda: pwd.getpwuid(4242424), lambda: pwd.getpwuid(-1), lambda: pwd.getpwuid(-2), lambda: pwd.getpwuid(2**32),
    lambda: pwd.getpwuid(2**32 - 1), lambda: pwd.getpwuid(2**63), lambda: pwd.getpwuid(2**64), lambda: pwd.getpwuid(-2**70),
    lambda: pwd.getpwuid('0'), lambda: pwd.getpwuid(0.0), lambda: pwd.getpwnam('no such user here'),
    lambda: pwd.getpwnam(b'root'), lambda: pwd.getpwnam('ro\0ot'), lambda: pwd.getpwnam(''),
    lambda: grp.getgrgid(4242424), lambda: grp.getgrgid(-1), lambda: grp.getgrgid(-2), lambda: grp.getgrgid(2**32),
    lambda: grp.getgrgid(2**64), lambda: grp.getgrgid(None), lambda: grp.getgrnam('no such group'),
    lambda: grp.getgrnam(0), lambda: grp.getgrnam('a\0b'), lambda: pwd.getpwuid(), lambda: grp.getgrall(1),
    lambda: pwd.struct_passwd(('a',) * 6),
]:
    try:
        r = call()
        print(r if not isinstance(r, tuple) else (r[0], r[2]))
    except Exception as e:
        print(type(e).__name__, e)
