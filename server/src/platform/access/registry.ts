import type { Actor } from '../context';
import { Forbidden, NotFound, Unauthenticated } from '../errors';

/**
 * One `can(actor, action, subject)` mechanism. Each module's policy.ts registers one small function
 * per action; nothing else decides permissions. Unit scopes and the reporting line come from providers
 * that the people module installs, so the platform never imports a module.
 */
export type Policy<S = unknown> = (actor: Actor, subject: S, access: AccessRegistry) => boolean | Promise<boolean>;

export interface UnitHierarchy {
  /** The unit itself and its ancestors, nearest first. */
  ancestorsOf(tenantId: string, unitId: string): Promise<string[]>;
}

export class AccessRegistry {
  private readonly policies = new Map<string, Policy<never>>();
  /** Actions listed in the session so that the web shows only the menus a person may use. */
  readonly menuActions: string[] = [];
  units: UnitHierarchy = { ancestorsOf: async (_tenantId, unitId) => [unitId] };
  private readonly derivers: DerivedRoles[] = [];

  addDerivedRoles(deriver: DerivedRoles): void {
    this.derivers.push(deriver);
  }

  async derivedRoles(tenantId: string, accountId: string): Promise<Array<{ role: string; unitId: string | null }>> {
    const all = await Promise.all(this.derivers.map((d) => d(tenantId, accountId)));
    return all.flat();
  }

  define<S>(action: string, policy: Policy<S>, options: { menu?: boolean } = {}): void {
    if (this.policies.has(action)) throw new Error(`policy ${action} defined twice`);
    this.policies.set(action, policy as Policy<never>);
    if (options.menu) this.menuActions.push(action);
  }

  async can<S>(actor: Actor | null, action: string, subject?: S): Promise<boolean> {
    if (!actor) return false;
    const policy = this.policies.get(action) as Policy<S | undefined> | undefined;
    if (!policy) throw new Error(`no policy for ${action}`);
    return policy(actor, subject, this);
  }

  /** Throws Unauthenticated without an actor, Forbidden when the action is not allowed. */
  async assert<S>(actor: Actor | null, action: string, subject?: S): Promise<void> {
    if (!actor) throw new Unauthenticated();
    if (!(await this.can(actor, action, subject))) throw new Forbidden();
  }

  /** For records: what one may not see is answered exactly like what does not exist. */
  async assertVisible<S>(actor: Actor | null, action: string, subject: S): Promise<void> {
    if (!actor) throw new Unauthenticated();
    if (!(await this.can(actor, action, subject))) throw new NotFound();
  }

  async permissionsOf(actor: Actor): Promise<string[]> {
    const allowed: string[] = [];
    for (const action of this.menuActions) if (await this.can(actor, action)) allowed.push(action);
    return allowed;
  }

  /** True when the actor holds the role for the whole tenant, or on the unit or one of its ancestors. */
  async hasRole(actor: Actor, role: string, tenantId: string, unitId?: string | null): Promise<boolean> {
    const grants = actor.grants.filter((g) => g.role === role);
    if (grants.length === 0) return false;
    if (grants.some((g) => g.unitId === null)) return true;
    if (!unitId) return false;
    const ancestors = await this.units.ancestorsOf(tenantId, unitId);
    return grants.some((g) => g.unitId !== null && ancestors.includes(g.unitId));
  }
}

export function hasAnyRole(actor: Actor, ...roles: string[]): boolean {
  return actor.grants.some((g) => roles.includes(g.role));
}

/** Roles that come from records rather than grants (the people module: `supervisor` from the reporting line). */
export type DerivedRoles = (
  tenantId: string,
  accountId: string,
) => Promise<Array<{ role: string; unitId: string | null }>>;
