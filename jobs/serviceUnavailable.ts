/**
 * Thrown by a task when a service that every job of that task needs (the mail server) is unreachable, as
 * opposed to a failure of this one job. The runner then puts the job back without using up an attempt and
 * stops taking that task's jobs until the service answers again (jobs/runner.ts): the jobs wait for the
 * service instead of each retrying on its own backoff, and go out together as soon as it is back.
 */
export class ServiceUnavailable extends Error {
  constructor(
    readonly service: string,
    cause: unknown,
  ) {
    super(`${service} is unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause })
    this.name = 'ServiceUnavailable'
  }
}
