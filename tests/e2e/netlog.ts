// Reads Chromium's NetLog (--log-net-log): one entry per URL request the network service started,
// from pages, extensions or the browser itself, with who initiated it.

export interface LoggedRequest {
  readonly url: string;
  readonly method: string;
  /** Origin that initiated it; "not an origin" for browser-internal and top-level navigations. */
  readonly initiator: string | undefined;
  /** The network isolation key: the top-frame site (and frame site) the request belongs to. */
  readonly isolationKey: string | undefined;
}

interface NetLogEvent { type: number; params?: Record<string, unknown> }
interface NetLog { constants: { logEventTypes: Record<string, number> }; events: NetLogEvent[] }

/** A NetLog cut short (browser killed) lacks its closing brackets; close them. */
function parseLenient(text: string): NetLog {
  try {
    return JSON.parse(text) as NetLog;
  } catch {
    return JSON.parse(`${text.trimEnd().replace(/,$/, '')}]}`) as NetLog;
  }
}

export function netLogRequests(text: string): LoggedRequest[] {
  const log = parseLenient(text);
  const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  if (startJob === undefined) throw new Error('NetLog has no URL_REQUEST_START_JOB event type');
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  return log.events
    .filter((e) => e.type === startJob && typeof e.params?.url === 'string')
    .map((e) => ({
      url: String(e.params?.url),
      method: str(e.params?.method) ?? 'GET',
      initiator: str(e.params?.initiator),
      isolationKey: str(e.params?.network_isolation_key),
    }));
}
