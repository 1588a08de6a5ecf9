# Instances of exception classes with __del__ are finalized like other objects: when dropped, and
# by gc.collect() when a traceback cycle holds them.
import gc, sys, traceback

class E(Exception):
    live = 0
    def __init__(self, tag):
        super().__init__(tag)
        E.live += 1
    def __del__(self):
        E.live -= 1
        print('del', self.args[0])

e = E('plain')
del e
print('after del', E.live)

def f(tag):
    raise E(tag)

def caught():
    try:
        f('caught')
    except E as e:
        return e

r = caught()
del r
gc.collect()
print('returned', E.live)

def cycle():
    try:
        f('cycle')
    except E as e:
        exc = e
        tb = e.__traceback__
    return exc, tb

r = cycle()
del r
gc.collect()
print('cycle', E.live)

def info():
    try:
        f('exc_info')
    except E:
        return sys.exc_info()

x = info()
del x
gc.collect()
print('exc_info', E.live)

def formatted():
    try:
        f('formatted')
    except E as e:
        return traceback.format_exception(e)

lines = formatted()
gc.collect()
print(lines[-1].strip(), E.live)
