/**
 * Retries of a job that sends something (a mail, a webhook): a server that is down must never lose it. Each is its
 * own job, retried with exponential backoff (5 s, 10 s, 20 s, …) for about a day, and sent once it is back.
 */
export const retries = { attempts: 14, backoff: { type: 'exponential' as const, delay: 5_000 } }
