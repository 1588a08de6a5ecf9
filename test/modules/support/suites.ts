// The suites of test/modules/native.test.ts, by name.
import type { Suite } from './cases.ts';
import { RANDOM_SUITE } from '../random-cases.ts';
import { STRUCT_SUITE } from '../struct-cases.ts';
import { ARRAY_SUITE } from '../array-cases.ts';
import { TOKENIZE_SUITE } from '../tokenize-cases.ts';
import { JSON_SUITE } from '../json-cases.ts';
import { OPCODE_SUITE } from '../opcode-cases.ts';
import { OPERATOR_SUITE } from '../operator-cases.ts';
import { FUNCTOOLS_SUITE } from '../functools-cases.ts';
import { ASYNCIO_SUITE } from '../asyncio-cases.ts';
import { PICKLE_SUITE } from '../pickle-cases.ts';
import { POSIX_SUITE } from '../posix-cases.ts';

export const SUITES: Suite[] = [RANDOM_SUITE, STRUCT_SUITE, ARRAY_SUITE, OPCODE_SUITE, TOKENIZE_SUITE, JSON_SUITE, OPERATOR_SUITE, FUNCTOOLS_SUITE, ASYNCIO_SUITE, PICKLE_SUITE, POSIX_SUITE];
