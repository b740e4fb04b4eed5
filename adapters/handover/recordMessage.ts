import { HandoverMessage } from '../../dialogs/handover/handover';
import { HandoverStore } from './handoverStore';

/**
 * Every transcript line goes through here, so it is stored before anyone is
 * told and published so consoles in every process show it.
 */
export async function recordMessage(store: HandoverStore, message: HandoverMessage): Promise<void> {
  await store.append(message);
  await store.publish({ type: 'message', handoverId: message.handoverId, message });
}
