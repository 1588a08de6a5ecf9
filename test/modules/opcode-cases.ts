// Cases for _opcode (and opcode.py and dis on top of it): validity and flags of every opcode number,
// stack effects of every valid opcode with sampled opargs and each jump direction, the tables, errors.
import type { Suite } from './support/cases.ts';

const OPARGS = [0, 1, 2, 3, 7, 8, 15, 16, 255, 256, 257, 258, 259, 511, 513, 770, 65535];

export const OPCODE_SUITE: Suite = {
  name: 'opcode',
  setup: `
import _opcode, opcode, dis
def err(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
def se(op, *a, **k):
    return err(_opcode.stack_effect, op, *a, **k)
`,
  cases: [
    '[op for op in range(-3, 300) if _opcode.is_valid(op)]',
    ...['has_arg', 'has_const', 'has_name', 'has_jump', 'has_free', 'has_local', 'has_exc'].map((f) => `[op for op in range(-3, 300) if _opcode.${f}(op)]`),
    ...Array.from({ length: 27 }, (_, k) => `[(op, se(op), se(op, jump=True), se(op, jump=False)) + tuple(se(op, a) for a in ${JSON.stringify(OPARGS)}) + tuple(se(op, a, jump=True) for a in ${JSON.stringify(OPARGS)}) + tuple(se(op, a, jump=False) for a in ${JSON.stringify(OPARGS)}) for op in range(${k * 10}, ${k * 10 + 10})]`),
    'se(-1), se(267), se(2**31 - 1), se(1, -1), se(51, -1), se(51, -2**31), se(51, 2**63), se(51, -2**63 - 1), se(51, 2**100)',
    "se(1, 'x'), se('x'), se(1.0), se(2**31), se(1, 1.5), se(1, jump=1), se(1, jump=0), se(1, jump='x'), se(44, None, jump=None)",
    "se(1, True), se(51, jump=True), se(opcode=1), se(1, oparg=2), se(), se(1, 2, 3)",
    "[err(getattr(_opcode, f), x) for f in ('is_valid', 'has_arg', 'has_exc') for x in (2**40, -2**40, 'x', 1.5, True, None)]",
    '_opcode.is_valid(opcode=44), _opcode.has_arg(opcode=44), err(_opcode.has_arg), err(_opcode.has_arg, 1, 2)',
    '_opcode.get_nb_ops()',
    '_opcode.get_intrinsic1_descs(), _opcode.get_intrinsic2_descs(), _opcode.get_special_method_names()',
    '_opcode.get_specialization_stats()',
    "err(_opcode.get_executor, 1, 0), err(_opcode.get_executor, (lambda: 0).__code__, 0), err(_opcode.get_executor, (lambda: 0).__code__, 'x'), err(_opcode.get_executor, 1, 'x'), err(_opcode.get_executor, code=1, offset=0)",
    "sorted(n for n in dir(_opcode) if not n.startswith('__') and not n.startswith('ENABLE'))",
    '_opcode.__doc__, _opcode.stack_effect.__doc__, _opcode.has_free.__doc__, _opcode.stack_effect.__text_signature__, _opcode.has_arg.__text_signature__, _opcode.get_executor.__text_signature__',
    // opcode.py built on it
    'opcode.hasarg, opcode.hasconst, opcode.hasname',
    'opcode.hasjump, opcode.hasjrel, opcode.hasjabs, opcode.hasfree, opcode.haslocal, opcode.hasexc, opcode.hascompare',
    'opcode.opname[:60], len(opcode.opname), opcode.HAVE_ARGUMENT, opcode.EXTENDED_ARG, opcode.MIN_INSTRUMENTED_OPCODE',
    'sorted(opcode.opmap.items())',
    'opcode._nb_ops, opcode._intrinsic_1_descs, opcode._intrinsic_2_descs, opcode._special_method_names, opcode._common_constants',
    'opcode._inline_cache_entries, opcode._cache_format',
    "opcode.stack_effect(opcode.opmap['BUILD_TUPLE'], 3), opcode.stack_effect(opcode.opmap['FOR_ITER'], 1, jump=True), opcode.stack_effect(opcode.opmap['FOR_ITER'], 1, jump=False)",
    "sorted(opcode.__all__)",
    // dis on top of it
    "dis.opname is opcode.opname, dis.hasarg is opcode.hasarg, dis.cmp_op, dis.COMPILER_FLAG_NAMES",
    "[(i.opname, i.arg, i.argrepr) for i in dis.get_instructions(compile('a = b + 1', 's', 'exec'))]",
    "[(i.opname, i.arg, i.argrepr, i.jump_target) for i in dis.get_instructions(compile('for x in y:\\n    if x: break', 's', 'exec'))]",
    "[(i.opname, i.argrepr) for i in dis.get_instructions(compile('try:\\n    f()\\nexcept E as e:\\n    g(e)', 's', 'exec'))]",
    "dis.stack_effect(dis.opmap['LOAD_CONST'], 0), dis.code_info(compile('x=1', 'f', 'exec')).splitlines()[:4]",
    "def f(a, *b, c=1):\n    return a + len(b) - c\nimport io; s = io.StringIO(); dis.dis(f, file=s); r = s.getvalue()",
    "import io; s = io.StringIO(); dis.dis('x = [i * 2 for i in range(3) if i]', file=s); r = s.getvalue()",
    "import io; s = io.StringIO(); dis.dis('with a as b:\\n    c()', file=s, show_caches=True); r = s.getvalue()",
    "import io; s = io.StringIO(); dis.show_code(compile('q(1, x=2)', 's', 'eval'), file=s); r = s.getvalue()",
    "b = dis.Bytecode('x + y'); r = (b.dis(), [i.offset for i in b])",
  ],
};
