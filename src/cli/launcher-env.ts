// What bin/pyts (the launcher) changes in the environment for Node's sake, undone before Python sees
// it.  Node parses every certificate of NODE_EXTRA_CA_CERTS when it starts (tens of milliseconds),
// for TLS that pyts never uses, so the launcher hands the variable over as PYTS_NODE_EXTRA_CA_CERTS;
// it names itself in PYTS_LAUNCHER (sys.executable: a process started from the start-up snapshot
// has no script in process.argv).  Setting process.env sets the process's own environment, which
// os.environ and child processes see.

/** Restores the environment the launcher was given; returns the launcher's path, if it ran. */
export function takeLauncherEnv(): string | undefined {
  const env = process.env;
  const ca = env.PYTS_NODE_EXTRA_CA_CERTS;
  if (ca !== undefined) {
    env.NODE_EXTRA_CA_CERTS = ca;
    delete env.PYTS_NODE_EXTRA_CA_CERTS;
  }
  const launcher = env.PYTS_LAUNCHER;
  delete env.PYTS_LAUNCHER;
  return launcher;
}
