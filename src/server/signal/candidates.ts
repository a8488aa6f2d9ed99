// Loopback-only mode (E2E tests, benchmarks): only ICE candidates on 127.0.0.1 / ::1 are relayed, so
// every connectivity check and media packet stays on this machine.
import type { SignalData } from '../../core/video/signal.schema'

const LOOPBACK = new Set(['127.0.0.1', '::1'])

/** The address of an ICE candidate line ("candidate:<foundation> <component> <proto> <priority> <address> <port> typ …"). */
export function candidateAddress(line: string): string | null {
  const fields = line.replace(/^a=/, '').split(/\s+/)
  return fields.length >= 6 ? fields[4]!.replace(/^\[|\]$/g, '') : null
}

/** Whether to relay this signal: in loopback-only mode a candidate elsewhere (or end-of-candidates) is dropped. */
export function relayable(data: SignalData, loopbackOnly: boolean): boolean {
  if (!loopbackOnly || !('candidate' in data)) return true
  const address = candidateAddress(data.candidate.candidate)
  return address !== null && LOOPBACK.has(address)
}
