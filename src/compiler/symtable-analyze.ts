// The second pass of the symbol table: decides the scope of every name (local, global explicit or
// implicit, free, cell), inlines comprehensions (PEP 709) and propagates free variables outward.
// CPython: Python/symtable.c symtable_analyze and the analyze_* helpers.
//
// When a block is analysed its parent passes the names visible to it: `bound` (bound in enclosing
// function-like scopes; null for the module), `global` (declared global further out) and the type
// parameters in scope. Children report their free variables back; a local that a child needs free
// becomes a cell. Class scopes are transparent to methods, except for the implicit __class__,
// __classdict__ and __conditional_annotations__ cells.
import { syntaxError } from './errors.ts';
import {
  BlockType,
  CELL,
  DEF_BOUND,
  DEF_COMP_CELL,
  DEF_FREE_CLASS,
  DEF_GLOBAL,
  DEF_NONLOCAL,
  DEF_PARAM,
  DEF_TYPE_PARAM,
  FREE,
  GLOBAL_EXPLICIT,
  GLOBAL_IMPLICIT,
  LOCAL,
  SCOPE_OFFSET,
  symbolToScope,
  type Symtable,
  type SymtableEntry,
} from './symtable.ts';

const CLASS_IMPLICIT = ['__class__', '__classdict__', '__conditional_annotations__'];

class Analyzer {
  constructor(private readonly filename: string) {}

  // CPython: error_at_directive
  private errorAtDirective(ste: SymtableEntry, name: string, msg: string): never {
    for (const [n, l] of ste.directives ?? []) if (n === name) throw syntaxError(msg, this.filename, l);
    throw new Error('BUG: internal directive bookkeeping broken');
  }

  // CPython: analyze_name
  private analyzeName(
    ste: SymtableEntry,
    scopes: Map<string, number>,
    name: string,
    flags: number,
    bound: Set<string> | null,
    local: Set<string>,
    free: Set<string>,
    global: Set<string>,
    typeParams: Set<string>,
    classEntry: SymtableEntry | null,
  ): void {
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) this.errorAtDirective(ste, name, `name '${name}' is nonlocal and global`);
      scopes.set(name, GLOBAL_EXPLICIT);
      global.add(name);
      if (bound) bound.delete(name);
      return;
    }
    if (flags & DEF_NONLOCAL) {
      if (!bound) this.errorAtDirective(ste, name, 'nonlocal declaration not allowed at module level');
      if (!bound.has(name)) this.errorAtDirective(ste, name, `no binding for nonlocal '${name}' found`);
      if (typeParams.has(name)) this.errorAtDirective(ste, name, `nonlocal binding not allowed for type parameter '${name}'`);
      scopes.set(name, FREE);
      free.add(name);
      return;
    }
    if (flags & DEF_BOUND) {
      scopes.set(name, LOCAL);
      local.add(name);
      global.delete(name);
      if (flags & DEF_TYPE_PARAM) typeParams.add(name);
      else typeParams.delete(name);
      return;
    }
    // A scope that can see an enclosing class: names the class binds (or declares global) resolve
    // through the class namespace and the globals, never through an outer function.
    if (classEntry !== null) {
      const classFlags = classEntry.getSymbol(name);
      if (classFlags & DEF_GLOBAL) {
        scopes.set(name, GLOBAL_EXPLICIT);
        return;
      }
      if (classFlags & DEF_BOUND && !(classFlags & DEF_NONLOCAL)) {
        scopes.set(name, GLOBAL_IMPLICIT);
        return;
      }
    }
    // Bound in an enclosing function: free here.
    if (bound && bound.has(name)) {
      scopes.set(name, FREE);
      free.add(name);
      return;
    }
    scopes.set(name, GLOBAL_IMPLICIT);
  }

  // CPython: is_free_in_any_child
  private static isFreeInAnyChild(entry: SymtableEntry, key: string): boolean {
    for (const child of entry.children) if (child.getScope(key) === FREE) return true;
    return false;
  }

  // CPython: inline_comprehension
  private inlineComprehension(
    ste: SymtableEntry,
    comp: SymtableEntry,
    scopes: Map<string, number>,
    compFree: Set<string>,
    inlinedCells: Set<string>,
  ): void {
    const removeFromComp: string[] = [];
    for (const [k, compFlags] of comp.symbols) {
      if (compFlags & DEF_PARAM) continue; // the implicit ".0"
      let scope = symbolToScope(compFlags);
      const onlyFlags = compFlags & ((1 << SCOPE_OFFSET) - 1);
      if (scope === CELL || onlyFlags & DEF_COMP_CELL) inlinedCells.add(k);
      const existing = ste.symbols.get(k);
      // __class__, __classdict__ and __conditional_annotations__ cannot be free through a class
      // scope unless a child of the comprehension needs them.
      if (scope === FREE && ste.type === BlockType.Class && CLASS_IMPLICIT.includes(k)) {
        scope = GLOBAL_IMPLICIT;
        if (!Analyzer.isFreeInAnyChild(comp, k)) compFree.delete(k);
        removeFromComp.push(k);
      }
      if (existing === undefined) {
        // Not known in the outer scope: copy the comprehension's binding.
        ste.symbols.set(k, onlyFlags);
        scopes.set(k, scope);
      } else if (existing & DEF_BOUND && ste.type !== BlockType.Class) {
        // Free in the comprehension but local outside: now simply local, unless a child of the
        // comprehension needs it free.
        if (!Analyzer.isFreeInAnyChild(comp, k)) compFree.delete(k);
      }
    }
    for (const k of removeFromComp) comp.symbols.delete(k);
  }

  // CPython: analyze_cells
  private static analyzeCells(scopes: Map<string, number>, free: Set<string>, inlinedCells: Set<string>): void {
    for (const [name, scope] of scopes) {
      if (scope !== LOCAL) continue;
      if (!free.has(name) && !inlinedCells.has(name)) continue;
      scopes.set(name, CELL);
      free.delete(name);
    }
  }

  // CPython: drop_class_free
  private static dropClassFree(ste: SymtableEntry, free: Set<string>): void {
    if (free.delete('__class__')) ste.needsClassClosure = true;
    if (free.delete('__classdict__')) ste.needsClassdict = true;
    if (free.delete('__conditional_annotations__')) ste.hasConditionalAnnotations = true;
  }

  // CPython: update_symbols
  private static updateSymbols(
    symbols: Map<string, number>,
    scopes: Map<string, number>,
    bound: Set<string> | null,
    free: Set<string>,
    inlinedCells: Set<string>,
    classflag: boolean,
  ): void {
    for (const [name, flags0] of symbols) {
      let flags = flags0;
      if (inlinedCells.has(name)) flags |= DEF_COMP_CELL;
      const scope = scopes.get(name);
      if (scope === undefined) throw new Error(`KeyError: ${name}`);
      symbols.set(name, flags | (scope << SCOPE_OFFSET));
    }
    // Free variables of children not yet known here.
    for (const name of free) {
      const v = symbols.get(name);
      if (v !== undefined) {
        // A free variable of a method with the same name as a local or global of the class.
        if (classflag) symbols.set(name, v | DEF_FREE_CLASS);
        continue;
      }
      if (bound && !bound.has(name)) continue; // a global
      symbols.set(name, FREE << SCOPE_OFFSET);
    }
  }

  // CPython: analyze_block
  analyzeBlock(
    ste: SymtableEntry,
    bound: Set<string> | null,
    free: Set<string>,
    global: Set<string>,
    typeParams: Set<string>,
    classEntry: SymtableEntry | null,
  ): void {
    const local = new Set<string>();
    const scopes = new Map<string, number>();
    const newGlobal = new Set<string>();
    const newFree = new Set<string>();
    const newBound = new Set<string>();
    const inlinedCells = new Set<string>();

    // A class namespace is invisible to nested functions: they see what the class sees.
    if (ste.type === BlockType.Class) {
      for (const g of global) newGlobal.add(g);
      if (bound) for (const b of bound) newBound.add(b);
    }
    for (const [name, flags] of ste.symbols) {
      this.analyzeName(ste, scopes, name, flags, bound, local, free, global, typeParams, classEntry);
    }
    if (ste.type !== BlockType.Class) {
      if (ste.isFunctionLike) for (const l of local) newBound.add(l);
      if (bound) for (const b of bound) newBound.add(b);
      for (const g of global) newGlobal.add(g);
    } else {
      for (const n of CLASS_IMPLICIT) newBound.add(n);
    }

    for (const entry of ste.children) {
      let newClassEntry: SymtableEntry | null = null;
      if (entry.canSeeClassScope) {
        if (ste.type === BlockType.Class) newClassEntry = ste;
        else if (classEntry) newClassEntry = classEntry;
      }
      // Every comprehension but a generator expression is inlined, except in an annotation
      // scope nested in a class.
      const inlineComp = entry.comprehension !== 0 && !entry.generator && !ste.canSeeClassScope;
      const childFree = this.analyzeChildBlock(entry, newBound, newFree, newGlobal, typeParams, newClassEntry);
      if (inlineComp) {
        this.inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
        entry.compInlined = true;
      }
      for (const f of childFree) newFree.add(f);
    }

    // The children of inlined comprehensions become our children.
    for (let i = ste.children.length - 1; i >= 0; i--) {
      const entry = ste.children[i];
      if (entry.compInlined) ste.children.splice(i, 1, ...entry.children);
    }

    if (ste.isFunctionLike) Analyzer.analyzeCells(scopes, newFree, inlinedCells);
    else if (ste.type === BlockType.Class) Analyzer.dropClassFree(ste, newFree);
    Analyzer.updateSymbols(ste.symbols, scopes, bound, newFree, inlinedCells, ste.type === BlockType.Class || ste.canSeeClassScope);
    for (const f of newFree) free.add(f);
  }

  // CPython: analyze_child_block (the child works on copies, so its bindings do not leak back)
  private analyzeChildBlock(
    entry: SymtableEntry,
    bound: Set<string>,
    free: Set<string>,
    global: Set<string>,
    typeParams: Set<string>,
    classEntry: SymtableEntry | null,
  ): Set<string> {
    const tempFree = new Set(free);
    this.analyzeBlock(entry, new Set(bound), tempFree, new Set(global), new Set(typeParams), classEntry);
    return tempFree;
  }
}

/** The analysis pass.  CPython: symtable_analyze */
export function analyze(table: Symtable, filename: string): void {
  new Analyzer(filename).analyzeBlock(table.top, null, new Set(), new Set(), new Set(), null);
}
