# copy.copy, copy.deepcopy and pickle of nodes (through AST.__reduce__).
import ast
import copy
import pickle

n = ast.Name('x', ast.Store(), lineno=1, col_offset=2)
c = copy.copy(n)
print(c is n, vars(c), c.ctx is n.ctx)
t = ast.parse('a = [b, c]')
d = copy.deepcopy(t)
print(ast.dump(d, include_attributes=True) == ast.dump(t, include_attributes=True), d.body[0] is t.body[0])
print(d.body[0].targets[0].ctx is t.body[0].targets[0].ctx)

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    u = pickle.loads(pickle.dumps(t, proto))
    print(proto, ast.dump(u, include_attributes=True) == ast.dump(t, include_attributes=True))
print(pickle.loads(pickle.dumps(ast.Load())), pickle.loads(pickle.dumps(ast.AST())))
