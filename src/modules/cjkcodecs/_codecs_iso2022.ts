// The _codecs_iso2022 module: the ISO-2022 codecs of Japanese and Korean.  CPython: Modules/cjkcodecs/_codecs_iso2022.c
import { defineModule } from '../../objects/module-def.ts';
import { AsciiOnlyCodec } from './dbcs.ts';
import { getcodecOf } from './_multibytecodec.ts';

const NAMES = ['iso2022_kr', 'iso2022_jp', 'iso2022_jp_1', 'iso2022_jp_2', 'iso2022_jp_2004', 'iso2022_jp_3', 'iso2022_jp_ext'];

export const codecsIso2022Module = defineModule({
  name: '_codecs_iso2022',
  functions: { getcodec: { sig: '($module, encoding, /)', impl: getcodecOf(NAMES.map((n) => new AsciiOnlyCodec(n))), textSignature: null } },
});
