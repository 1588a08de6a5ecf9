// The _codecs_tw module: Big5 and cp950.  CPython: Modules/cjkcodecs/_codecs_tw.c
import { defineModule } from '../../objects/module-def.ts';
import { DbcsCodec } from './dbcs.ts';
import { getcodecOf } from './_multibytecodec.ts';

export const codecsTwModule = defineModule({
  name: '_codecs_tw',
  functions: { getcodec: { sig: '($module, encoding, /)', impl: getcodecOf([new DbcsCodec('big5'), new DbcsCodec('cp950')]), textSignature: null } },
});
