# oracle: python3
# faulthandler: tracebacks written straight to a descriptor (the running thread's, with and without
# the thread header), enable/disable state, file argument errors, and dump_traceback_later's watchdog
# (one timeout, repeats, cancel, exit=True).  python3 (3.11) answers: the oracle runs programs under
# runpy, whose frames would show in the dumps.
import faulthandler, io, os, re, sys, tempfile, time

def masked(data):
    text = data.decode()
    text = re.sub(r'thread 0x[0-9a-f]{16}', 'thread 0xID', text, flags=re.I)
    # Where the watchdog finds the spinning loop (its test or its body) is timing.
    return re.sub(r'line \d+ in spin', 'line N in spin', text)

def dumped(fn):
    with tempfile.TemporaryFile() as t:
        fn(t)
        t.seek(0)
        return masked(t.read())

def inner(t, all_threads):
    faulthandler.dump_traceback(t, all_threads=all_threads)

def outer(t, all_threads):
    return inner(t, all_threads)

print(dumped(lambda t: outer(t, False)), end='')
print(dumped(lambda t: outer(t, True)), end='')
print(dumped(lambda t: faulthandler.dump_traceback(t.fileno(), False)), end='')
print(faulthandler.is_enabled())
faulthandler.enable(sys.stdout)
print(faulthandler.is_enabled(), faulthandler.disable(), faulthandler.disable(), faulthandler.is_enabled())
for bad in [io.StringIO(), 'x']:
    try:
        faulthandler.dump_traceback(bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [0, -1.5]:
    try:
        faulthandler.dump_traceback_later(bad)
    except Exception as e:
        print(type(e).__name__, e)

def spin(sec):
    end = time.monotonic() + sec
    while time.monotonic() < end:
        pass

def later(t):
    faulthandler.dump_traceback_later(0.05, file=t)
    spin(0.3)
print(dumped(later), end='')
faulthandler.dump_traceback_later(100, repeat=True)
faulthandler.cancel_dump_traceback_later()
faulthandler.cancel_dump_traceback_later()
spin(0.01)
sys.stdout.flush()
faulthandler.dump_traceback_later(0.05, exit=True, file=open(os.devnull, 'w'))
spin(5)
print('not reached')
