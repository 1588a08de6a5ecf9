// Guards against infinite recursion when a container's repr reaches the container itself
// ([...] for a list containing itself).  CPython: Py_ReprEnter / Py_ReprLeave
const active = new Set<object>();

/** False if `o`'s repr is already being computed (the caller then prints the ellipsis form). */
export function enterRepr(o: unknown): boolean {
  if (active.has(o as object)) return false;
  active.add(o as object);
  return true;
}

export function leaveRepr(o: unknown): void {
  active.delete(o as object);
}
