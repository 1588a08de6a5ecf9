# A mapping pattern may not repeat a literal key, and equal literals count as the same key whatever
# their type: 0, False, 0.0, -0 and 0j; 1, True, 1.0 and 1+0j.  Distinct complex keys are fine.
cases = [
    '{0: _, False: _}', '{0: _, 0.0: _}', '{0: _, -0: _}', '{0: _, 0j: _}', '{1: _, 1+0j: _}',
    '{True: _, 1.0: _}', '{0j: _, -0.0: _}', '{1j: _, 2j: _}', '{1j: _, 1: _}', '{"a": _, b"a": _}',
    '{2.5: _, 2.5+0j: _}', '{None: _, None: _}', '{"x": _, "x": _}',
]
for pat in cases:
    src = f'match x:\n    case {pat}:\n        pass\n'
    try:
        compile(src, '<case>', 'exec')
        print(pat, 'ok')
    except SyntaxError as e:
        print(pat, 'SyntaxError:', e.msg, e.lineno, e.offset)
