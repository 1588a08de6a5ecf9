// `npm run regen`: re-renders every generated source file from the stored CPython answers.
import { allGoldens } from './gen/registry.ts';
import { writeText } from './gen/io.ts';
import './gen/all.ts';

for (const g of allGoldens()) {
  for (const [file, text] of Object.entries(g.render?.() ?? {})) writeText(file, text);
}
