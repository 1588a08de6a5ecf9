# mapping patterns with **rest copies, nested mappings, non-string keys and defaultdict not triggering __missing__
from collections import defaultdict
def route(req):
    match req:
        case {"method": "GET", "path": path, **rest} if not rest:
            return f"GET {path}"
        case {"method": "GET", "path": path, **rest}:
            return f"GET {path} with {sorted(rest)}"
        case {"method": ("POST" | "PUT") as m, "body": {"id": int(i)}}:
            return f"{m} id={i}"
        case {1: one, 2: two}:
            return f"int keys {one} {two}"
        case _:
            return "404"
for r in [{"method": "GET", "path": "/"}, {"method": "GET", "path": "/x", "q": 1, "a": 2}, {"method": "PUT", "body": {"id": 7, "x": 0}},
          {"method": "POST", "body": {"id": "7"}}, {1: "a", 2: "b", 3: "c"}, {}]:
    print(route(r))
dd = defaultdict(lambda: "created")
dd["method"] = "GET"
print(route(dd), dict(dd))
rest_copy = None
match {"a": 1, "b": 2}:
    case {"a": _, **rest_copy}:
        pass
print(rest_copy, type(rest_copy).__name__)
