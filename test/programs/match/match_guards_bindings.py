# guards see captured names; failed guards keep bindings; evaluation order of guards and patterns
def check(x):
    log = []
    def g(tag, result):
        log.append(tag)
        return result
    match x:
        case [a, b] if g("guard1", a > b):
            r = f"descending {a},{b}"
        case [a, b] if g("guard2", a == b):
            r = f"equal {a}"
        case [a, *_] if g("guard3", a == 0):
            r = "starts with zero"
        case _:
            r = "other"
    return r, log
for v in ([2, 1], [1, 1], [1, 2], [0, 5, 6], "xy"):
    print(v, check(v))
def leak(x):
    match x:
        case [first, second] if second > 100:
            pass
        case _:
            pass
    try:
        return first, second
    except UnboundLocalError as e:
        return str(e)
print(leak([1, 2]), leak([1, 200]), leak(5))
def nested_capture(data):
    match data:
        case {"user": {"name": str(name), "roles": [*roles]}} if "admin" in roles:
            return f"admin {name}"
        case {"user": {"name": str(name)}}:
            return f"user {name}"
        case {"users": [{"name": first}, *_]}:
            return f"first of many: {first}"
    return "unknown"
print(nested_capture({"user": {"name": "root", "roles": ["admin"]}}), nested_capture({"user": {"name": "bob", "roles": []}}), nested_capture({"users": [{"name": "x"}, {"name": "y"}]}), nested_capture([]))
