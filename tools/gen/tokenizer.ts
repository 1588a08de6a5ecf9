// Goldens for the tokenizer: CPython 3.14.2's own C tokenizer, as the parser sees tokens
// (`_tokenize.TokenizerIter(readline, extra_tokens=False)`: exact types, columns in characters).
//   tokenizer-snippets: every snippet of tokenizer-cases.ts, its tokens, and its error if any.
//   tokenizer-stdlib:   for every .py file of python_stdlib.zip, a SHA-256 of its token list.
//   tokenizer-extra:    the snippets in the `tokenize` module's view (extra_tokens=True: COMMENT
//                       and NL tokens, operators as OP), as the tokenize module will need them.
// Sources are newline-translated first, as the parser's tokenizer reads them.
import { registerGolden } from './registry.ts';
import { writeJson } from './io.ts';
import { openStdlibZip } from '../../src/runtime/stdlib-zip.ts';
import { TOKENIZER_CASES } from './tokenizer-cases.ts';

export const TOKENIZER_SNIPPETS_GOLDEN = 'test/parser/goldens/tokenizer-snippets.json';
export const TOKENIZER_STDLIB_GOLDEN = 'test/parser/goldens/tokenizer-stdlib.json';

/** [type, string, start line, start col, end line, end col] */
export type GoldenTokenRow = [number, string, number, number, number, number];
/** [exception type, msg, lineno, offset, end_lineno, end_offset, text] */
export type GoldenTokError = [string, string, number | null, number | null, number | null, number | null, string | null];

const COMMON = `
import _tokenize, io, hashlib, base64, importlib.util
def tokens(src, extra=False):
    src = src.replace('\\r\\n', '\\n').replace('\\r', '\\n')
    rows = []
    err = None
    try:
        for t in _tokenize.TokenizerIter(io.StringIO(src).readline, extra_tokens=extra):
            rows.append([t[0], t[1], t[2][0], t[2][1], t[3][0], t[3][1]])
    except Exception as e:
        err = [type(e).__name__, getattr(e, 'msg', str(e)), getattr(e, 'lineno', None), getattr(e, 'offset', None),
               getattr(e, 'end_lineno', None), getattr(e, 'end_offset', None), getattr(e, 'text', None)]
    return rows, err
`;

const SNIPPETS_QUERY = `${COMMON}
def main(srcs):
    return [[src, *tokens(src)] for src in srcs]
`;

const EXTRA_QUERY = `${COMMON}
def main(srcs):
    return [[src, *tokens(src, True)] for src in srcs]
`;

const STDLIB_QUERY = `${COMMON}
def main(arg):
    name, b64 = arg
    src = importlib.util.decode_source(base64.b64decode(b64))
    rows, err = tokens(src)
    h = hashlib.sha256()
    for r in rows:
        h.update(f'{r[0]}\\x00{r[1]}\\x00{r[2]},{r[3]},{r[4]},{r[5]}\\n'.encode('utf-8', 'surrogatepass'))
    return [name, h.hexdigest()[:16], len(rows), err]
`;

registerGolden({
  name: 'tokenizer-snippets',
  async query(oracle) {
    const rows = await oracle.call<[string, GoldenTokenRow[], GoldenTokError | null][]>(SNIPPETS_QUERY, TOKENIZER_CASES);
    writeJson(TOKENIZER_SNIPPETS_GOLDEN, rows);
  },
});

export const TOKENIZER_EXTRA_GOLDEN = 'test/parser/goldens/tokenizer-extra.json';

registerGolden({
  name: 'tokenizer-extra',
  async query(oracle) {
    const rows = await oracle.call<[string, GoldenTokenRow[], GoldenTokError | null][]>(EXTRA_QUERY, TOKENIZER_CASES);
    writeJson(TOKENIZER_EXTRA_GOLDEN, rows);
  },
});

registerGolden({
  name: 'tokenizer-stdlib',
  async query(oracle) {
    const zip = openStdlibZip();
    const names = zip.names().filter((n) => n.endsWith('.py')).sort();
    const rows = await Promise.all(
      names.map((n) => oracle.call<[string, string, number, GoldenTokError | null]>(STDLIB_QUERY, [n, Buffer.from(zip.read(n)!).toString('base64')])),
    );
    writeJson(TOKENIZER_STDLIB_GOLDEN, rows);
  },
});
