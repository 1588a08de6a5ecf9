# sys.set_int_max_str_digits() limits decimal int literals at compile time too.
import sys, ast
sys.set_int_max_str_digits(4000)
for src in ['3'*4001, 'x = ' + '3'*4001, '0x' + 'f'*5000, '1_' + '3'*4001]:
    try:
        compile(src, '<s>', 'exec')
        print('ok')
    except SyntaxError as e:
        print(repr(e.msg[:200]), e.lineno, e.offset, e.end_lineno, e.end_offset, len(e.text or ''))
try:
    ast.literal_eval('3'*4001)
except SyntaxError as e:
    print('literal_eval', str(e)[:300])
try:
    ast.parse('3'*4001)
    print('parse ok')
except SyntaxError as e:
    print('parse', e.msg[:50])
print(len(str(eval('3'*4000))))
