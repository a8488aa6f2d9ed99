// The local notifier: a message lands in the user's in-app inbox, keyed by its outbox id (so twice is once).
import type { DocStore } from '../../core/ports/doc-store'
import type { Notifier } from '../../core/ports/notifier'
import { repos } from '../repos'

export function createInboxNotifier(store: DocStore): Notifier {
  return {
    idempotent: true,
    async send(msg) {
      await repos(store).inbox.insert({
        _id: `inb-${msg.outboxId}`,
        userId: msg.userId,
        title: msg.title,
        body: msg.body,
        page: msg.page,
        at: msg.at,
        read: false,
      })
      return { ok: true }
    },
  }
}
