# Counter arithmetic and methods, OrderedDict LRU behaviour, ChainMap scoping, namedtuple defaults, UserList/UserString
from collections import Counter, OrderedDict, ChainMap, namedtuple, UserList, UserString
c = Counter(a=3, b=1, c=0, d=-2)
print(c, +c, -c, c.most_common(), list(c.elements()), c.total(), Counter("abc") == Counter("cba"))
c.update(a=1, e=5)
c.subtract(["a", "a"])
print(c, c["zzz"], sorted(c), Counter({"x": 2}) <= Counter({"x": 3}), Counter(a=1) < Counter(a=1))
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(reversed(od)))
defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm["color"], cm["user"], len(cm), sorted(cm.items()))
cli["color"] = "blue"
child = cm.new_child({"user": "temp"})
print(child["user"], child["color"], child.parents["user"], cm.maps[0])
P = namedtuple("P", "x y z", defaults=(0,))
print(P(1, 2), P(1, 2, 3)._asdict(), P._field_defaults, P._make(range(3)))
class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([1])
s.push(2)
print(s, s.data, s + [3], type(s + [3]).__name__, s[::-1], type(s[:1]).__name__)
class Shout(UserString):
    def shout(self):
        return self.upper() + "!"
u = Shout("hi")
print(u.shout(), u + " there", type(u + "x").__name__, u * 2, "h" in u, u.data)
