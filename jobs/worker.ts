/**
 * The job worker process: `npm run jobs`, and started beside the app by `npm run dev` / `npm start` unless
 * JOBS_IN_APP=false. Its own process means its own connection pool, so jobs can never take the connections
 * visitors' requests need, and a slow mail server never slows a page.
 */
import { getPayload } from 'payload'

import config from '../payload.config'
import { shutdownDeadlineMs } from '../bootstrap/shutdown'
import { JOB_WORKER_APPLICATION_NAME, shareNicenessWithDatabase } from './databasePriority'
import { startJobRunner } from './runner'

// Names this process's database sessions (pg reads PGAPPNAME as libpq does), for pg_stat_activity and below.
process.env.PGAPPNAME = JOB_WORKER_APPLICATION_NAME
const payload = await getPayload({ config })
const stopSharingNiceness = shareNicenessWithDatabase(payload)
const runner = startJobRunner(payload)
payload.logger.info('Job worker started')

const stop = async () => {
  // Leaves the last fifth of the deadline for putting jobs back and closing the pool.
  const { finished, released } = await runner.stop(shutdownDeadlineMs() * 0.8)
  stopSharingNiceness()
  payload.logger.info(`Job worker stopped: ${finished} jobs finished, ${released} put back for another runner`)
  await payload.destroy()
  process.exit(0)
}
process.once('SIGTERM', () => void stop())
process.once('SIGINT', () => void stop())
