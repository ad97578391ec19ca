import type { ChatChannel } from '@lentera/common';
import type { Ctx } from '../../platform/context';
import type { TenantRecord } from '../../platform/tenancy/repository';

/** Public steps the complainant (and every follower) is told about. */
export type PublicStep =
  | 'received'
  | 'postponed'
  | 'verified'
  | 'referred'
  | 'archived'
  | 'merged'
  | 'answered'
  | 'reopened'
  | 'closed';

/** A follower of a complaint as the transports see it: where to reach them, and which complaint they filed. */
export interface Follower {
  /** A signed-in complainant: told on the channel the account chose (its e-mail without a choice). */
  accountId: string | null;
  email: string | null;
  /** The chat that filed or follows the complaint. */
  contact: ChatContact | null;
  /** The complaint this follower filed (after a merge, a duplicate's reporter follows the original). */
  sourceComplaintId: string;
}

/** A chat on one of the messaging layer's chat channels. */
export interface ChatContact {
  channel: ChatChannel;
  address: string;
}

/** One public step of one complaint, with everyone who follows it: what every transport is given. */
export interface ComplainantNotice {
  tenant: TenantRecord;
  complaintId: string;
  code: string;
  step: PublicStep;
  /** Public text of the step (answer, question, referral, reason). */
  text: string | null;
  /** The reporter's secret follow token, only on the `received` step of a guest's complaint. */
  followToken: string | null;
  followers: Follower[];
}

/**
 * A way of telling followers about public steps (e-mail, Telegram). `deliver` runs inside the step's transaction
 * and only queues in an outbox that commits with the step, so a step that rolls back tells nobody. Each message
 * goes to one follower and never names any reporter.
 */
export interface ComplainantTransport {
  name: string;
  deliver(ctx: Ctx, notice: ComplainantNotice): Promise<void>;
  /** Several notices of one transaction at once (an intake batch); without it, `deliver` is called for each. */
  deliverMany?(ctx: Ctx, notices: readonly ComplainantNotice[]): Promise<void>;
}
