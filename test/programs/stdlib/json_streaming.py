# json: raw_decode for concatenated documents, JSONEncoder.iterencode chunks, sort_keys with mixed-type keys errors
import json
dec = json.JSONDecoder()
text = '{"a": 1} [2, 3] "four"  5'
pos, docs = 0, []
while pos < len(text):
    while pos < len(text) and text[pos].isspace():
        pos += 1
    obj, end = dec.raw_decode(text, pos)
    docs.append(obj)
    pos = end
print(docs)
enc = json.JSONEncoder(indent=None, separators=(",", ":"))
print(list(enc.iterencode({"k": [1, {"n": None}]})))
try:
    json.dumps({1: "a", "b": 2}, sort_keys=True)
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps([1.0, 0.1, 1e-7, 123456789.0, -0.0]), json.loads("1e400"), json.loads("-0.0"))
print(json.dumps("snowman ☃ and emoji 😀"), json.dumps("snowman ☃", ensure_ascii=False), json.loads('"\\ud83d\\ude00"'))
print(json.loads('{"a": 1, "a": 2}'), json.loads("[]", object_pairs_hook=list), json.dumps(True), json.dumps(None), json.loads("  null  "))
