# os.kill() of the process itself and signal.raise_signal(): the handler runs before the call returns;
# SIG_IGN and default-ignored signals do nothing; SIGINT's default handler raises KeyboardInterrupt.
import os, signal
got = []
def h(signum, frame):
    got.append((signum, frame is not None))
old = signal.signal(signal.SIGUSR1, h)
os.kill(os.getpid(), signal.SIGUSR1)
print(got)
signal.raise_signal(signal.SIGUSR1)
print(got)
try:
    os.kill(os.getpid(), signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
signal.signal(signal.SIGINT, h)
os.kill(os.getpid(), signal.SIGINT)
print(got)
signal.signal(signal.SIGINT, signal.default_int_handler)
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR2)
os.kill(os.getpid(), signal.SIGCHLD)
os.kill(os.getpid(), 0)
print('still here')
