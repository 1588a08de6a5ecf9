# Packages: __init__, submodules, relative imports, __path__, __spec__, __package__, __loader__
import os, sys

BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '_t_package_basics')

def write(rel, text):
    p = os.path.join(BASE, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, 'w') as f:
        f.write(text)

def cleanup():
    for root, dirs, files in os.walk(BASE, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            os.rmdir(os.path.join(root, name))
    os.rmdir(BASE)

def short(p):
    return None if p is None else os.path.relpath(p, BASE)

write('shop/__init__.py', 'from .cart import Cart\nVERSION = "1.0"\nprint("init shop", __name__, __package__)\n')
write('shop/cart.py', 'from . import prices\nfrom .prices import tax as _tax\nclass Cart:\n    def total(self, n):\n        return prices.PRICE * n + _tax(n)\n')
write('shop/prices.py', 'PRICE = 3\ndef tax(n):\n    return n // 2\n')
write('shop/admin/__init__.py', '')
write('shop/admin/users.py', 'from .. import VERSION\nfrom ..prices import PRICE\nfrom ...shop import cart as c2\nNAME = "users " + VERSION + " " + str(PRICE)\n')
write('shop/admin/roles.py', 'from . import users\nfrom .users import NAME\n')
write('plain.py', 'X = 42\n')
sys.path.insert(0, BASE)
try:
    import shop
    print(shop.VERSION, shop.Cart().total(4))
    print(type(shop.__path__).__name__, [short(p) for p in shop.__path__])
    print(short(shop.__file__), shop.__package__, shop.__name__)
    s = shop.__spec__
    print(s.name, short(s.origin), s.parent, [short(p) for p in s.submodule_search_locations], s.has_location, short(s.cached).split('.')[0])
    print(type(shop.__loader__).__name__, shop.__loader__ is s.loader)
    print('shop.cart' in sys.modules, 'shop.admin' in sys.modules)
    import shop.admin.users
    print(shop.admin.users.NAME, shop.admin.users.c2 is shop.cart)
    from shop.admin import roles
    print(roles.NAME, roles.users is shop.admin.users)
    print(shop.admin.__spec__.parent, shop.admin.users.__spec__.parent, shop.admin.users.__package__)
    from shop import prices, admin
    print(prices.PRICE, admin.__name__)
    import shop.cart as sc
    print(sc is sys.modules['shop.cart'], sc.__name__)
    import plain
    print(plain.X, plain.__package__ == '', plain.__spec__.parent == '', plain.__spec__.submodule_search_locations)
    print(hasattr(plain, '__path__'))
    m = __import__('shop.admin.roles')
    print(m.__name__)
    m = __import__('shop.admin', fromlist=['roles', 'users'])
    print(m.__name__, m.roles.__name__)
    m = __import__('admin', globals={'__name__': 'shop.x', '__package__': 'shop'}, level=1)
    print(m.__name__)
    m = __import__('', globals={'__package__': 'shop.admin'}, fromlist=['users'], level=1)
    print(m.__name__)
    print(sorted(k for k in sys.modules if k.startswith('shop')))
finally:
    sys.path.remove(BASE)
    for k in [k for k in sys.modules if k.startswith('shop') or k == 'plain']:
        del sys.modules[k]
    cleanup()
