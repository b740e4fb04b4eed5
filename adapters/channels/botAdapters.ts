import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationServiceClientCredentialFactory, TurnContext } from 'botbuilder';
import { Logger } from 'pino';
import { LoketConfig } from '../../bot/config';
import { ReusedConnectors } from './reusedConnectors';

/**
 * The CloudAdapter for `/api/messages`: Bot Framework authentication is on
 * when app credentials are configured (Azure Bot Service), and off without
 * them (Bot Framework Emulator, local use). Production refuses the latter
 * unless told otherwise (see config).
 */
export function createChannelAdapter(auth: LoketConfig['botAuth'], logger: Logger): CloudAdapter {
  const options = {
    MicrosoftAppId: auth.appId,
    MicrosoftAppPassword: auth.appPassword,
    MicrosoftAppType: auth.appType,
    MicrosoftAppTenantId: auth.tenantId,
  };
  const credentials = new ConfigurationServiceClientCredentialFactory(options);
  const adapter = new CloudAdapter(new ReusedConnectors(new ConfigurationBotFrameworkAuthentication(options, credentials)));
  adapter.onTurnError = turnErrorHandler(logger);
  return adapter;
}

/**
 * The adapter for Loket's own chat page transport. The transport runs in this
 * process and has already checked the citizen's chat token, so it needs no
 * Bot Framework token; replies go to the local connector endpoint.
 */
export function createLocalChannelAdapter(logger: Logger): CloudAdapter {
  const adapter = new CloudAdapter(new ReusedConnectors(new ConfigurationBotFrameworkAuthentication({})));
  adapter.onTurnError = turnErrorHandler(logger);
  return adapter;
}

/** Last resort after LoketBot's own handling: log with ids, never echo the error to the caller. */
function turnErrorHandler(logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    logger.error({ event: 'adapter-turn-error', conversationId: context.activity.conversation?.id, err: error });
  };
}
