// H5: the local server on the same origin; the session rides in an HttpOnly cookie.
import { TransportError, type Transport } from './transport.types'

export const transport: Transport = async (fn, body) => {
  let res: Response
  try {
    res = await fetch(`/api/${encodeURIComponent(fn)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
  } catch (e) {
    throw new TransportError(e instanceof Error ? e.message : String(e))
  }
  // Business errors come back as HTTP 200 with a Result; anything unreadable is a transport fault.
  try {
    return await res.json()
  } catch {
    throw new TransportError(`HTTP ${res.status}`)
  }
}
