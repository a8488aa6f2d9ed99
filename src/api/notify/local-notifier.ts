// The local server's notifier. The inbox is written with each change whatever the subscriptions, so
// what is left to send is WeChat's push, which has no local counterpart: a send is accepted and
// dropped (the credit is still spent, as WeChat would).
import type { Notifier } from '../../core/ports/notifier'

export function createLocalNotifier(): Notifier {
  return {
    idempotent: true,
    async send() {
      return { ok: true }
    },
  }
}
