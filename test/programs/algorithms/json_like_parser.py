# a hand-written recursive-descent JSON parser compared with the json module
import json
class ParseError(Exception):
    pass
def parse(text):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(text) and text[pos] in " \t\n\r":
            pos += 1
    def value():
        nonlocal pos
        ws()
        if pos >= len(text):
            raise ParseError("unexpected end")
        ch = text[pos]
        if ch == "{":
            pos += 1
            obj = {}
            ws()
            if text[pos] == "}":
                pos += 1
                return obj
            while True:
                ws()
                k = value()
                ws()
                if text[pos] != ":":
                    raise ParseError(f"expected ':' at {pos}")
                pos += 1
                obj[k] = value()
                ws()
                if text[pos] == ",":
                    pos += 1
                    continue
                if text[pos] == "}":
                    pos += 1
                    return obj
                raise ParseError(f"expected ',' or '}}' at {pos}")
        if ch == "[":
            pos += 1
            arr = []
            ws()
            if text[pos] == "]":
                pos += 1
                return arr
            while True:
                arr.append(value())
                ws()
                if text[pos] == ",":
                    pos += 1
                elif text[pos] == "]":
                    pos += 1
                    return arr
                else:
                    raise ParseError(f"expected ',' or ']' at {pos}")
        if ch == '"':
            end = pos + 1
            out = []
            while text[end] != '"':
                if text[end] == "\\":
                    esc = text[end + 1]
                    if esc == "u":
                        out.append(chr(int(text[end + 2:end + 6], 16)))
                        end += 6
                        continue
                    out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/"}[esc])
                    end += 2
                else:
                    out.append(text[end])
                    end += 1
            pos = end + 1
            return "".join(out)
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if text.startswith(lit, pos):
                pos += len(lit)
                return val
        start = pos
        while pos < len(text) and text[pos] in "+-0123456789.eE":
            pos += 1
        num = text[start:pos]
        if not num:
            raise ParseError(f"unexpected {ch!r} at {pos}")
        return float(num) if any(c in num for c in ".eE") else int(num)
    result = value()
    ws()
    if pos != len(text):
        raise ParseError(f"trailing data at {pos}")
    return result
docs = ['{"a": [1, 2.5, -3e2, {"b": null}], "c": "x\\ny\\u00e9", "d": true}', "[]", '  {"nested": {"deep": [[], {}]}}  ', '"just a string"', "12345678901234567890"]
for d in docs:
    mine = parse(d)
    print(mine == json.loads(d), mine)
for bad in ['{"a" 1}', "[1, 2", "tru", '{"a": 1} x', "@"]:
    try:
        parse(bad)
    except (ParseError, IndexError) as e:
        print(repr(bad), type(e).__name__, e)
