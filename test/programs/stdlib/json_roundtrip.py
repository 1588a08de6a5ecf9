# json: dumps/loads options, errors, custom encoders
import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "nested": {"x": 1.5, "ok": True, "none": None}, "uni": "é☃"}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
print(json.loads(s) == data, json.loads('[1, 2.5, "x", null, true, false, {"k": []}]'))
print(json.dumps([1e100, float("inf"), -float("inf")]), json.dumps(float("nan")), json.dumps("\u0000\n\t\""), json.dumps((1, 2)), json.dumps({1: "int key", True: "bool key", None: "none"}))
for bad in ['{"a": }', "[1, 2", "", "tru", '{"a" 1}', "[1,]", '"unterminated', "01"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, e.pos, e.lineno, e.colno)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc), json.dumps(set([2]), default=list))
print(json.loads('{"a": 1.0, "b": 10000000000000000000000}', parse_float=str, parse_int=lambda x: int(x) * 2))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())), json.loads('[["a", 1]]', object_pairs_hook=dict))
print(json.dumps({"b": 1, "a": [1, {"c": 2}]}, indent="\t"))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print(type(e).__name__, e)
