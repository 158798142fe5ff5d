/**
 * CPU time of the processes of `npm run bench:api`, read from Linux's /proc: the server processes and the
 * PostgreSQL cluster (its postmaster and every backend). On a shared machine req/s follows the load; the CPU a
 * request costs each process does not, so the bench reports CPU ms per request beside req/s.
 */
import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** The fields of /proc/<pid>/stat after the command name, or null when the process is gone. */
function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; every field after its closing parenthesis is plain.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** User + system CPU ms of one process; with `reaped`, also of its exited children it waited for. */
export function processCpuMs(pid: number, reaped = false): number {
  const f = statFields(pid);
  if (!f) return 0;
  // After the name: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14).
  const ticks = Number(f[11]) + Number(f[12]) + (reaped ? Number(f[13]) + Number(f[14]) : 0);
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** Pids whose parent is `parent`. */
function childrenOf(parent: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const f = statFields(Number(name));
    if (f && Number(f[1]) === parent) out.push(Number(name));
  }
  return out;
}

/** CPU ms of a PostgreSQL cluster: its postmaster, the backends that exited (reaped) and those that run. */
export function clusterCpuMs(postmaster: number): number {
  return processCpuMs(postmaster, true) + childrenOf(postmaster).reduce((sum, pid) => sum + processCpuMs(pid), 0);
}

/** The postmaster pid of the server at `url`: the parent of a backend (the server must run on this machine). */
export async function postmasterPid(url: string): Promise<number | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows;
    const f = statFields(Number(rows[0].pid));
    return f ? Number(f[1]) : null;
  } finally {
    await client.end();
  }
}
