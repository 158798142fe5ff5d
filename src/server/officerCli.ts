/**
 * Command-line officer tasks of `tsx src/server/main.ts`: create or reset an account, and verify the audit chain.
 * Each change is written to the audit log (actor: the command line).
 */
import { HttpError } from './apiError';
import { verifyAuditChain } from './auditChain';
import { audit, SYSTEM } from './auditLog';
import { errorMessage } from './messages';
import { bootstrapAdmin, upsertOfficer } from './officerAccounts';
import { OFFICER_ROLES, SERVICE_UNITS, type OfficerRole } from './officerRoles';
import type { Db } from './storage/db';

/** Usage text of the officer commands. */
export const OFFICER_CLI_USAGE = [
  'OFFICER_PASSWORD=... tsx src/server/main.ts --create-officer NAME [--role officer|supervisor|admin] [--units kependudukan,pajak] [--admin]',
  'tsx src/server/main.ts --verify-audit',
].join('\n');

function flagValue(argv: string[], flag: string): string | undefined {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** Creates an account or resets its password (ending its sessions); audit-logged as `cli_officer_saved`. */
async function createOfficer(db: Db, argv: string[], env: NodeJS.ProcessEnv, out: (line: string) => void): Promise<number> {
  const username = flagValue(argv, '--create-officer');
  const password = env.OFFICER_PASSWORD;
  const role = (argv.includes('--admin') ? 'admin' : (flagValue(argv, '--role') ?? 'officer')) as OfficerRole;
  const units = (flagValue(argv, '--units') ?? '').split(',').filter(Boolean);
  if (!username || !password || !OFFICER_ROLES.includes(role) || units.some((u) => !(SERVICE_UNITS as readonly string[]).includes(u))) {
    out(`usage:\n${OFFICER_CLI_USAGE}\nunits: ${SERVICE_UNITS.join(', ')}`);
    return 2;
  }
  const existed = (await db.query('SELECT 1 FROM officers WHERE username = $1', [username])).length > 0;
  try {
    await upsertOfficer(db, username, password, role, units);
  } catch (err) {
    if (!(err instanceof HttpError)) throw err;
    out(`refused: ${errorMessage(err.code, 'en')}`);
    return 2;
  }
  await audit(db, SYSTEM, existed ? 'cli_password_reset' : 'cli_officer_created', username, { role, units });
  out(`officer ${username} saved (${role}${units.length ? `: ${units.join(', ')}` : ''})${existed ? '; password reset, sessions ended' : ''}`);
  return 0;
}

/** Verifies the audit chain; prints the first broken row. Exit code 0 when intact, 1 when broken. */
async function verifyAudit(db: Db, out: (line: string) => void): Promise<number> {
  const verdict = await verifyAuditChain(db);
  if (verdict.ok) {
    out(`audit log intact: ${verdict.rows} chained rows verified`);
    return 0;
  }
  out(`audit log BROKEN at row id ${verdict.firstBrokenId}: ${verdict.reason} (${verdict.rows} rows before it verified)`);
  return 1;
}

/** Runs an officer command when argv names one; returns its exit code, or null when argv names none. */
export async function runOfficerCommand(db: Db, argv: string[], env: NodeJS.ProcessEnv, out: (line: string) => void): Promise<number | null> {
  if (argv.includes('--verify-audit')) return verifyAudit(db, out);
  if (argv.includes('--create-officer')) return createOfficer(db, argv, env, out);
  return null;
}

/** Creates the first admin from the environment at start, audit-logged as `first_admin_created`. */
export async function bootstrapFirstAdmin(db: Db, username: string, password: string | undefined): Promise<boolean> {
  if (!(await bootstrapAdmin(db, username, password))) return false;
  await audit(db, SYSTEM, 'first_admin_created', username, { role: 'admin' });
  return true;
}
