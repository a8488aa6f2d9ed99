// The video visits' collections (issue 12), spread into the one declaration in src/core/collections.ts.
import { defineCollection } from '../collection'
import { CallEventSchema, VideoCallSchema } from './video.schema'

export const VIDEO_COLLECTIONS = [
  // A visit's call (`video_calls/<roomId>`, read by id) and its append-only log of who joined, left,
  // failed or fell back (read per room in time order).
  defineCollection('video_calls', VideoCallSchema),
  defineCollection('call_events', CallEventSchema, {
    indexes: [{ fields: ['roomId', 'at'] }],
    queries: [{ where: { roomId: 'eq' }, orderBy: ['at'] }],
    appendOnly: true,
  }),
] as const
