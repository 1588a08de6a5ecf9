# traceback markers for a failing call in a chain of calls
def parse(text):
    return int(text)

def load(items):
    return [parse(x) for x in items]

load(["1", "2", "three"])
