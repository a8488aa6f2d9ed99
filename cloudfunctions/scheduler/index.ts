// Cloud function 'scheduler': reminders and pending notifications, every 10 minutes (timer trigger).
import { schedulerMain } from '../../src/adapters/cloud/wx-main'

export const main = schedulerMain()
