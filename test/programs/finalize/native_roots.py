# Objects kept by the interpreter outside Python containers (the current context, audit hooks) are
# not finalized early; replacing the profile function finalizes the old one at once.
import contextvars, sys, warnings
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
cv = contextvars.ContextVar('cv')
cv.set(D('ctx'))
sys.addaudithook(lambda *a, d=D('audit'): None)
sys.setprofile(lambda *a, d=D('prof'): None)
sys.setprofile(None)
x = D('plain')
print('end')
