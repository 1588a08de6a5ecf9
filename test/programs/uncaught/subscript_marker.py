# traceback markers for a failing subscript
data = {"users": [{"name": "ann"}]}

def lookup(d):
    return d["users"][0]["email"]

print("looking up")
lookup(data)
