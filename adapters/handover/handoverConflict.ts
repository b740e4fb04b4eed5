import { Handover } from '../../dialogs/handover/handover';

/** An agent acted on a handover that someone else has, or that has ended; the console shows the message. */
export class HandoverConflict extends Error {
  constructor(
    message: string,
    readonly handover?: Handover,
  ) {
    super(message);
    this.name = 'HandoverConflict';
  }
}

/** Why a compare-and-set lost, from the handover as it is now. */
export function conflictOver(handover: Handover | undefined): HandoverConflict {
  if (!handover) return new HandoverConflict('Dit gesprek bestaat niet meer.');
  if (handover.status === 'assigned') return new HandoverConflict(`Dit gesprek is al opgepakt door ${handover.agentName ?? handover.agent}.`, handover);
  return new HandoverConflict('Dit gesprek is al afgesloten.', handover);
}
