// `npm run goldens [-- NAME...]`: asks CPython 3.14.2 (the oracle) again and rewrites every golden,
// then re-renders the generated sources. Only this command starts the oracle.
import { Oracle } from './oracle/client.ts';
import { allGoldens } from './gen/registry.ts';
import { writeText } from './gen/io.ts';
import './gen/all.ts';

const wanted = process.argv.slice(2);
const chosen = allGoldens().filter((g) => wanted.length === 0 || wanted.includes(g.name));
if (chosen.length === 0) {
  console.error(`no golden named ${wanted.join(', ')}; known: ${allGoldens().map((g) => g.name).join(', ')}`);
  process.exit(2);
}
const oracle = new Oracle();
try {
  for (const g of chosen) {
    const t = Date.now();
    await g.query(oracle);
    for (const [file, text] of Object.entries(g.render?.() ?? {})) writeText(file, text);
    console.log(`${g.name}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
} finally {
  oracle.close();
}
