// The front end's public entry: source text (bytes or str) to an AST.  CPython: Parser/peg_api.c
import type { mod } from '../ast/nodes.generated.ts';
import type { WarningSink } from './errors.ts';

export interface ParseOptions {
  filename: string;
  /** compile() mode: 'exec' -> Module, 'eval' -> Expression, 'single' -> Interactive, 'func_type' -> FunctionType. */
  mode?: 'exec' | 'eval' | 'single' | 'func_type';
  /** PyCF_TYPE_COMMENTS: produce type_comment fields and TypeIgnore nodes. */
  typeComments?: boolean;
  /** ast.parse(feature_version=(3, N)): N. */
  featureVersion?: number;
  /** PyCF_ALLOW_INCOMPLETE_INPUT (codeop): incomplete input raises IncompleteInputError. */
  allowIncompleteInput?: boolean;
  /** PyCF_ALLOW_TOP_LEVEL_AWAIT. */
  allowTopLevelAwait?: boolean;
  onWarning?: WarningSink;
}

/**
 * Parses `source` into an AST, or throws ParseError / FrontEndError.
 * Bytes are decoded as CPython decodes a source file (BOM, PEP 263 coding declaration, UTF-8 default);
 * a str is taken as already decoded, as compile() takes a str.
 */
export function parse(source: string | Uint8Array, opts: ParseOptions): mod {
  void source;
  void opts;
  throw new Error('TODO(#2): the parser is being written');
}
