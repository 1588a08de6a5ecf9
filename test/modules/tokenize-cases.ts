// Cases for _tokenize.TokenizerIter: every snippet of the tokenizer corpus (tools/gen/tokenizer-cases.ts)
// read through readline, in the parser's view and in the tokenize module's (extra_tokens=True): the
// full 5-tuples (`line` included) and the exception with all its fields; readline variants, encodings
// and argument errors.
import type { Suite } from './support/cases.ts';
import { TOKENIZER_CASES } from '../../tools/gen/tokenizer-cases.ts';

const py = (s: string): string => JSON.stringify(s);

export const TOKENIZE_SUITE: Suite = {
  name: 'tokenize',
  setup: `
import _tokenize, io
def err(e):
    if isinstance(e, SyntaxError):
        return (type(e).__name__, e.args, e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
    return (type(e).__name__, str(e))
def toks(src, extra, **kw):
    out = []
    try:
        for t in _tokenize.TokenizerIter(io.StringIO(src).readline, extra_tokens=extra, **kw):
            out.append(t)
    except Exception as e:
        out.append(err(e))
    return out
def next_err(it):
    try:
        while True:
            next(it)
    except Exception as e:
        return e
def lines(chunks, extra=True, **kw):
    out = []
    try:
        for t in _tokenize.TokenizerIter(iter(chunks).__next__, extra_tokens=extra, **kw):
            out.append(t)
    except Exception as e:
        out.append(err(e))
    return out
`,
  cases: [
    ...TOKENIZER_CASES.flatMap((src) => [`toks(${py(src)}, False)`, `toks(${py(src)}, True)`]),
    // readline returning bytes with an encoding, wrong types, a line without newline in the middle
    "lines([b'x = 1\\n', b'y = \\xe9\\n'], encoding='latin-1')",
    "lines([b'x = \\xff\\n'], encoding='utf-8')",
    "lines([b'x\\n'])",
    "lines(['x\\n'], encoding='utf-8')",
    "lines([1])",
    "lines(['a', 'b\\n'])",
    "lines(['if x:\\n', '    y', ''])",
    "lines([])",
    "lines([''])",
    "lines(['x\\n', '', 'y\\n'])",
    // errors repeat on the next call; exhausted iterators stay exhausted
    "it = _tokenize.TokenizerIter(io.StringIO('(1,\\n').readline, extra_tokens=True); r = [err(e) for e in [next_err(it) for _ in range(3)]]",
    "it = _tokenize.TokenizerIter(io.StringIO('x').readline, extra_tokens=False); r = (list(it), list(it))",
    // arguments
    '_tokenize.TokenizerIter()',
    '_tokenize.TokenizerIter(1)',
    'next(_tokenize.TokenizerIter(1, extra_tokens=True))',
    "_tokenize.TokenizerIter(io.StringIO('x').readline, extra_tokens=True, encoding=2)",
    "_tokenize.TokenizerIter(io.StringIO('x').readline, extra_tokens=True, encoding='a\\0b')",
    "_tokenize.TokenizerIter(io.StringIO('x').readline, extra_tokens=True, bogus=1)",
    "_tokenize.TokenizerIter(io.StringIO('x').readline, True)",
    "type(_tokenize.TokenizerIter(io.StringIO('x').readline, extra_tokens=[])).__name__",
    '_tokenize.TokenizerIter.__module__, _tokenize.TokenizerIter.__qualname__, sorted(k for k in dir(_tokenize) if not k.startswith("__"))',
  ],
};
