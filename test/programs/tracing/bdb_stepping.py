# A bdb.Bdb subclass stopping at a breakpoint, stepping and seeing returns.
import bdb, sys

def compute(n):
    total = 0
    for i in range(n):
        total += i * i
    return total

def caller():
    x = compute(3)
    y = x + 1
    return y

class Stopper(bdb.Bdb):
    def __init__(self):
        super().__init__()
        self.stops = []
    def user_line(self, frame):
        self.stops.append((frame.f_code.co_name, frame.f_lineno, dict(frame.f_locals).get('total')))
        self.set_continue()
    def user_return(self, frame, value):
        self.stops.append(('return', frame.f_code.co_name, value))

s = Stopper()
s.set_break(__file__, 7)
s.runcall(compute, 3)
sys.settrace(None)
print(s.stops)

class Stepper(bdb.Bdb):
    def __init__(self):
        super().__init__()
        self.seen = []
    def user_call(self, frame, args):
        self.seen.append(('call', frame.f_code.co_name))
    def user_line(self, frame):
        self.seen.append(('line', frame.f_code.co_name, frame.f_lineno))
        self.set_step()
    def user_return(self, frame, value):
        self.seen.append(('return', frame.f_code.co_name, value))

st = Stepper()
st.set_break(__file__, 11)
st.runcall(caller)
sys.settrace(None)
for entry in st.seen:
    print(*entry)
