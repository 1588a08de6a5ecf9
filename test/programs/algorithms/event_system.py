# callbacks and observers: decorators registering handlers, closures, weak method-free dispatch, exceptions in handlers
from collections import defaultdict
class EventBus:
    def __init__(self):
        self.handlers = defaultdict(list)
        self.log = []
    def on(self, event, priority=0):
        def register(fn):
            self.handlers[event].append((priority, len(self.handlers[event]), fn))
            self.handlers[event].sort(key=lambda t: (-t[0], t[1]))
            return fn
        return register
    def emit(self, event, *args, **kwargs):
        results = []
        for prio, _, fn in self.handlers.get(event, []):
            try:
                results.append(fn(*args, **kwargs))
            except Exception as e:
                self.log.append(f"{fn.__name__} failed: {type(e).__name__}: {e}")
        return results
bus = EventBus()
@bus.on("greet")
def hello(name):
    return f"hello {name}"
@bus.on("greet", priority=10)
def shout(name):
    return f"HELLO {name.upper()}!"
@bus.on("greet")
def broken(name):
    return 1 / 0
counter = {"n": 0}
@bus.on("tick")
def tick(step=1):
    counter["n"] += step
    return counter["n"]
print(bus.emit("greet", "ann"))
print([bus.emit("tick") for _ in range(3)], bus.emit("tick", step=10), bus.emit("unknown"))
print(bus.log)
class Observable:
    def __init__(self):
        self._observers = []
        self._value = None
    def subscribe(self, fn):
        self._observers.append(fn)
        return lambda: self._observers.remove(fn)
    @property
    def value(self):
        return self._value
    @value.setter
    def value(self, v):
        old, self._value = self._value, v
        for fn in list(self._observers):
            fn(old, v)
obs = Observable()
seen = []
unsub = obs.subscribe(lambda o, n: seen.append((o, n)))
obs.subscribe(lambda o, n: seen.append("second"))
obs.value = 1
unsub()
obs.value = 2
print(seen)
