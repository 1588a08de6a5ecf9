# Constant folding of complex arithmetic follows the runtime's 3.14 rules (real-complex mixed
# operations keep signed zeros; ** folds too).
import dis
for src in ['(0.0-0j)', '1j**2', '2**1j', '(1+2j)*3', '3/(1+1j)', '1j/0', '1j//2', '1j%2', '-0.0+0j', '0j-0.0', '2.0*1j', '1j*(-0.0)', '10**100*1j']:
    co = compile(src, '', 'eval')
    print(src, [i.opname + ('' if i.argrepr == '' else ' ' + i.argrepr) for i in dis.get_instructions(co)])
print((0.0-0j).imag, 1j**2, 2**1j)
