# Custom finders and loaders on sys.meta_path; module specs built by hand
import sys, importlib.abc, importlib.machinery, importlib.util

class Loader(importlib.abc.Loader):
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.GREETING = 'hello from ' + module.__name__
        module.SPEC_NAME = module.__spec__.name

class Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname.startswith('virtual_'):
            return importlib.machinery.ModuleSpec(fullname, Loader(), origin='virtual')
        return None

class PkgLoader(Loader):
    def exec_module(self, module):
        module.KIND = 'package'
        module.__path__ = []

class PkgFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname == 'vpkg':
            return importlib.util.spec_from_loader(fullname, PkgLoader(), is_package=True)
        if fullname.startswith('vpkg.'):
            print('finder asked for', fullname, 'path', path)
            return importlib.machinery.ModuleSpec(fullname, Loader())
        return None

finders = [Finder(), PkgFinder()]
sys.meta_path[:0] = finders
try:
    import virtual_one
    print(virtual_one.GREETING, virtual_one.SPEC_NAME, virtual_one.__spec__.origin)
    print(repr(virtual_one)[:30])
    import vpkg.child
    print(vpkg.KIND, vpkg.child.GREETING, vpkg.__spec__.submodule_search_locations)
    try:
        import not_virtual_zz
    except ModuleNotFoundError as e:
        print('ModuleNotFoundError', e)
    class Bad:
        def find_spec(self, *a):
            raise RuntimeError('finder failure')
    sys.meta_path.insert(0, Bad())
    try:
        import anything_zz
    except RuntimeError as e:
        print('RuntimeError', e)
    sys.meta_path.pop(0)
finally:
    for f in finders:
        sys.meta_path.remove(f)
    for k in [k for k in sys.modules if k.startswith(('virtual_', 'vpkg'))]:
        del sys.modules[k]
