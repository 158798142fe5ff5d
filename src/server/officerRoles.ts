/**
 * Officer roles and what each may do (issue 10, finding 7):
 * - `admin`: accounts and the audit log; no citizen data.
 * - `supervisor`: reads every item and the IKM dashboard; changes nothing.
 * - `officer`: reads and works the items of its service units only (a unit is a kiosk of the catalogue, so a
 *   Disdukcapil officer with unit `kependudukan` sees population-registry items only).
 */
import { messageServiceId } from '../shared/live/messageService';
import { KIOSK_IDS, type Catalogue, type KioskId } from '../shared/catalogue';
import { HttpError } from './apiError';

/** Every role, least to most administrative. */
export const OFFICER_ROLES = ['officer', 'supervisor', 'admin'] as const;
/** One role. */
export type OfficerRole = (typeof OFFICER_ROLES)[number];

/** What a route needs. */
export type Permission = 'items.read' | 'items.write' | 'ikm.read' | 'audit.read' | 'accounts.manage' | 'booths.manage' | 'dsr';

const GRANTS: Readonly<Record<OfficerRole, readonly Permission[]>> = {
  officer: ['items.read', 'items.write', 'dsr'],
  supervisor: ['items.read', 'ikm.read'],
  admin: ['audit.read', 'accounts.manage', 'booths.manage'],
};

/** The service units officers can be scoped to: the catalogue's kiosks. */
export const SERVICE_UNITS: readonly KioskId[] = KIOSK_IDS;

/** Whether a role holds a permission. */
export function can(role: string, permission: Permission): boolean {
  return (GRANTS as Record<string, readonly Permission[] | undefined>)[role]?.includes(permission) ?? false;
}

/** Throws 403 (`forbidden`) unless the role holds the permission. */
export function requirePermission(role: string, permission: Permission): void {
  if (!can(role, permission)) throw new HttpError(403, 'forbidden', null);
}

/**
 * The service ids a session may see: null means all (supervisor), otherwise the services of the officer's units
 * (an empty list for an officer without units: sees nothing).
 */
export function visibleServiceIds(catalogue: Catalogue, role: string, units: readonly string[]): string[] | null {
  if (role === 'supervisor') return null;
  if (role !== 'officer') return [];
  const services = catalogue.services.filter((s) => units.includes(s.kiosk)).map((s) => s.id);
  // Consultation tickets ("leave a message") of the officer's units.
  return [...services, ...SERVICE_UNITS.filter((u) => units.includes(u)).map(messageServiceId)];
}

/** Throws 403 unless the session may see items of `serviceId`. */
export function requireServiceVisible(catalogue: Catalogue, role: string, units: readonly string[], serviceId: string): void {
  const ids = visibleServiceIds(catalogue, role, units);
  if (ids !== null && !ids.includes(serviceId)) throw new HttpError(403, 'forbidden', null);
}
