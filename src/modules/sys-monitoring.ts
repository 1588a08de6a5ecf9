// The sys.monitoring namespace (PEP 669): tool ids, events, callbacks.  CPython: Python/instrumentation.c
// (monitoring_* functions, _Py_CreateMonitoringObject).  The machinery lives in vm/monitoring.ts.
import { None, type PyValue } from '../objects/object.ts';
import { defineModule } from '../objects/module-def.ts';
import type { PyModule } from '../objects/module.ts';
import { PyCode } from '../objects/code.ts';
import { PyDict } from '../objects/dict.ts';
import { PyNumber_Index } from '../objects/abstract.ts';
import { isStrValue } from '../objects/boxes.ts';
import { valueError, typeError } from '../objects/exceptions.ts';
import { newNamespace } from '../objects/namespaceobject.ts';
import { allocObject, ObjectType } from '../objects/typeobject.ts';
import * as M from '../vm/monitoring.ts';
import { sysAudit } from './sys.ts';

type V = PyValue;

function toInt(v: V): number {
  return Number(PyNumber_Index(v));
}

function tool(v: V): number {
  const t = toInt(v);
  M.checkValidTool(t);
  return t;
}

function codeArg(v: V): PyCode {
  if (!(v instanceof PyCode)) throw typeError('code must be a code object');
  return v;
}

const C_RETURN_EVENTS = (1 << M.Ev.C_RETURN) | (1 << M.Ev.C_RAISE);
const BRANCH = 1 << M.Ev.BRANCH;

/** Folds BRANCH into BRANCH_LEFT | BRANCH_RIGHT and drops C_RETURN/C_RAISE (they follow CALL). */
function normalize(events: number): number {
  if (events & C_RETURN_EVENTS && (events & (C_RETURN_EVENTS | (1 << M.Ev.CALL))) !== (C_RETURN_EVENTS | (1 << M.Ev.CALL))) throw valueError('cannot set C_RETURN or C_RAISE events independently');
  events &= ~C_RETURN_EVENTS;
  if (events & BRANCH) events = (events & ~BRANCH) | (1 << M.Ev.BRANCH_LEFT) | (1 << M.Ev.BRANCH_RIGHT);
  return events;
}

function useToolId(_m: V, t: V, name: V): V {
  const id = tool(t);
  if (!isStrValue(name)) throw valueError('tool name must be a str');
  M.useToolId(id, name);
  return None;
}

function registerCallback(_m: V, t: V, event: V, func: V): V {
  const id = tool(t);
  const e = toInt(event);
  if (e <= 0 || (e & (e - 1)) !== 0) throw valueError('The callback can only be set for one event at a time');
  const eventId = 31 - Math.clz32(e);
  if (eventId >= M.ALL_EVENTS) throw valueError(`invalid event ${e}`);
  sysAudit('sys.monitoring.register_callback', [func]);
  const old = M.registerCallback(id, eventId, func === None ? null : func);
  return old === null || old instanceof M.NativeCallback ? None : old;
}

function setEvents(_m: V, t: V, eventSet: V): V {
  const id = tool(t);
  const e = toInt(eventSet);
  if (e < 0 || e >= 1 << M.ALL_EVENTS) throw valueError(`invalid event set 0x${e.toString(16)}`);
  M.setEvents(id, normalize(e));
  return None;
}

function getLocalEvents(_m: V, t: V, code: V): V {
  const co = codeArg(code);
  return M.getLocalEvents(tool(t), co);
}

function setLocalEvents(_m: V, t: V, code: V, eventSet: V): V {
  const co = codeArg(code);
  const id = tool(t);
  let e = toInt(eventSet);
  e = normalize(e);
  if (e < 0 || e >= 1 << M.LOCAL_EVENTS) throw valueError(`invalid local event set 0x${e.toString(16)}`);
  M.setLocalEvents(id, co, e);
  return None;
}

function allEvents(): V {
  const d = new PyDict();
  for (const [name, tools] of M.allEvents()) d.setStr(name, tools);
  return d;
}

export const monitoringModule = defineModule({
  name: 'sys.monitoring',
  functions: {
    use_tool_id: { sig: '($module, tool_id, name, /)', impl: useToolId, doc: 'Claim a tool id for a tool name.' },
    clear_tool_id: { sig: '($module, tool_id, /)', impl: (_m: V, t: V) => (M.clearToolId(tool(t)), None), doc: "Remove a tool's events and callbacks." },
    free_tool_id: { sig: '($module, tool_id, /)', impl: (_m: V, t: V) => (M.freeToolId(tool(t)), None), doc: 'Release a tool id.' },
    get_tool: { sig: '($module, tool_id, /)', impl: (_m: V, t: V) => M.getTool(tool(t)), doc: 'The name of the tool using a tool id, or None.' },
    register_callback: { sig: '($module, tool_id, event, func, /)', impl: registerCallback, doc: 'Set the function called for one event; return the previous one.' },
    get_events: { sig: '($module, tool_id, /)', impl: (_m: V, t: V) => M.getEvents(tool(t)), doc: "A tool's global event set." },
    set_events: { sig: '($module, tool_id, event_set, /)', impl: setEvents, doc: "Set a tool's global event set." },
    get_local_events: { sig: '($module, tool_id, code, /)', impl: getLocalEvents, doc: "A tool's event set for one code object." },
    set_local_events: { sig: '($module, tool_id, code, event_set, /)', impl: setLocalEvents, doc: "Set a tool's event set for one code object." },
    restart_events: { sig: '($module, /)', impl: () => (M.restartEvents(), None), doc: 'Turn back on every event a callback disabled.' },
    _all_events: { sig: '($module, /)', impl: allEvents, doc: 'The tools of every event set globally.' },
  },
  constants: () => {
    const disable = allocObject(ObjectType);
    const missing = allocObject(ObjectType);
    M.setSentinels(disable, missing);
    const events: Record<string, V> = {};
    for (let e = 0; e < M.ALL_EVENTS; e++) events[M.EVENT_NAMES[e]] = 1 << e;
    events.NO_EVENTS = 0;
    return {
      DEBUGGER_ID: 0,
      COVERAGE_ID: 1,
      PROFILER_ID: 2,
      OPTIMIZER_ID: 5,
      DISABLE: disable,
      MISSING: missing,
      events: newNamespace(events),
    };
  },
});

export function createMonitoringModule(): PyModule {
  return monitoringModule.create();
}
