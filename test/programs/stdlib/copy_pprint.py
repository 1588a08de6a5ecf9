# copy (shallow/deep, __copy__/__deepcopy__, memo) and pprint formatting
import copy, pprint
class Node:
    def __init__(self, v, children=()):
        self.v = v
        self.children = list(children)
    def __repr__(self):
        return f"Node({self.v}, {self.children})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
sh = copy.copy(tree)
dp = copy.deepcopy(tree)
tree.children[0].v = 20
print(sh, dp, sh.children is tree.children, dp.children[1] is tree.children[1])
shared = [1]
pair = [shared, shared]
dpair = copy.deepcopy(pair)
print(dpair[0] is dpair[1], dpair[0] is shared)
class Custom:
    def __init__(self):
        self.log = []
    def __copy__(self):
        c = Custom()
        c.log = ["copied"]
        return c
    def __deepcopy__(self, memo):
        c = Custom()
        c.log = ["deep-copied", len(memo)]
        return c
print(copy.copy(Custom()).log, copy.deepcopy(Custom()).log[0])
print(copy.copy(5), copy.deepcopy("s"), copy.copy((1, [2])), copy.deepcopy({"a": [1, {2}]}), copy.copy(frozenset([1])))
print(copy.replace(__import__("datetime").date(2020, 1, 1), year=2021) if hasattr(copy, "replace") else "no replace")
data = {"numbers": list(range(15)), "nested": {"deep": {"deeper": ["x" * 10, "y" * 10, "z" * 10]}}, "tuple": (1, 2), "set": {3, 1, 2}}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
print(pprint.pformat(list(range(30)), compact=True, width=50))
print(pprint.pformat({"b": 1, "a": 2}, sort_dicts=False), pprint.saferepr([1, [2]]), pprint.isreadable([1]), pprint.isrecursive([]))
pprint.pprint({"key": [{"inner": i, "text": "t" * i} for i in range(4)]}, width=60)
