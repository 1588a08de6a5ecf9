// The public embedding API of pyts. Nothing else is exported from the package.
export { parse, type ParseOptions } from '../parser/index.ts';
export { ParseError } from '../parser/errors.ts';
export { dump as astDump } from '../ast/dump.ts';
