/** What every platform transport sends: one action of one cloud function. */
export type CallBody = { action: string; input: unknown; requestId: string }

/** The transport returns the raw (unvalidated) response body, or throws TransportError. */
export type Transport = (fn: string, body: CallBody) => Promise<unknown>

/** The call never reached a handler (offline, timeout, gateway): safe to retry with the same requestId. */
export class TransportError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'TransportError'
  }
}
