# An instance-dict key whose __eq__ deletes the class attribute being looked up: the descriptor found
# before the dict lookup is still used, in plain and repeated (specializable) attribute loads.
class Evil(object):
    def __hash__(self):
        return hash('attr')
    def __eq__(self, other):
        try:
            del C.attr
        except AttributeError:
            pass
        return 0

class Descr(object):
    def __get__(self, ob, type=None):
        return 1

class C(object):
    attr = Descr()

c = C()
c.__dict__[Evil()] = 0
print(c.attr)
print(hasattr(C, 'attr'))
for i in range(3):
    C.attr = Descr()
    print(c.attr)
