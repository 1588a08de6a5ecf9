import fs from 'node:fs';
import { Oracle } from '../oracle/client.ts';
const o = new Oracle(1);
const f = process.argv[2]!;
const r = await o.run({ path: '/tmp/' + f.split('/').pop(), source: fs.readFileSync(f, 'utf8') });
process.stdout.write(r.stdout);
process.stdout.write(r.stderr);
console.log('[status', r.status + ']');
o.close();
