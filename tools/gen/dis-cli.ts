// Golden for `pyts --dis FILE`: what `python3.14 -m dis FILE` prints (dis.main: compile the file's
// bytes in 'exec' mode, dis.dis the code), for each program of test/compiler/programs/codegen.py,
// with code object addresses printed as 0x0000. Writes test/compiler/goldens/dis-cli.json.
import { registerGolden } from './registry.ts';
import { writeJson } from './io.ts';
import { readCorpus } from '../../test/compiler/support/corpus.ts';

export const DIS_CLI_GOLDEN = 'test/compiler/goldens/dis-cli.json';

const QUERY = String.raw`
import dis, io, re
def main(arg):
    path, src = arg
    out = io.StringIO()
    dis.dis(compile(src.encode(), path, 'exec'), file=out)
    return re.sub(r' at 0x[0-9a-f]+', ' at 0x0000', out.getvalue())
`;

registerGolden({
  name: 'dis-cli',
  async query(oracle) {
    const programs = readCorpus('test/compiler/programs/codegen.py');
    const rows = await Promise.all(
      programs.map(async (p) => [p.name, p.source, await oracle.call<string>(QUERY, [`/tmp/${p.name}.py`, p.source])]),
    );
    writeJson(DIS_CLI_GOLDEN, rows);
  },
});
