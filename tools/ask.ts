// Asks the oracle (CPython 3.14.2) to evaluate expressions: node tools/run.mjs tools/ask.ts 'EXPR' ...
// Prints repr(result) or 'ExceptionType: message' for each. For quick checks while developing.
import { Oracle } from './oracle/client.ts';
const o = new Oracle(1);
const code = `
def main(exprs):
    out = []
    for e in exprs:
        try: out.append(e + ' => ' + repr(eval(e)))
        except Exception as x: out.append(e + ' => ' + type(x).__name__ + ': ' + str(x))
    return out
`;
const exprs = process.argv.slice(2);
for (const l of await o.call<string[]>(code, exprs)) console.log(l.slice(0, 200));
o.close();
