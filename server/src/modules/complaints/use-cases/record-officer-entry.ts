import { type IntakeResult, type OfficerEntryInput, officerEntrySchema } from '@lentera/common';
import type { Ctx } from '../../../platform/context';
import { COMPLAINTS } from '../policy';
import { submitComplaint } from './submit-complaint';

/** An officer records a walk-in, phone call, letter or SP4N-LAPOR! report, with the channel and reference. */
export async function recordOfficerEntry(ctx: Ctx, input: OfficerEntryInput): Promise<IntakeResult> {
  await ctx.access.assert(ctx.actor, COMPLAINTS.work);
  const data = officerEntrySchema.parse(input);
  return submitComplaint(ctx, data.complaint, { channel: data.channel, externalRef: data.externalRef, onBehalf: true });
}
