/**
 * Lets at most `limit` requests of one kind work at once in this process; the others wait in line, first come
 * first served, and one that has waited `maxWaitMs` (or finds `maxWaiting` ahead of it) is turned away, for the
 * caller to answer 503 with Retry-After. In a burst, or the flood of retries when an instance comes back after
 * a crash, the server keeps working at full speed on what it admitted and, within seconds, tells the rest to
 * come back, instead of starting everything together and finishing nothing in time. Waiting costs no CPU.
 */
export function admissionLine(settings: () => { limit: number; maxWaitMs: number; maxWaiting: number }) {
  let working = 0
  const line: { admit: () => void }[] = []

  /** Resolves true when admitted, false when turned away. */
  const admission = (): Promise<boolean> => {
    const { limit, maxWaitMs, maxWaiting } = settings()
    if (working < limit) {
      working += 1
      return Promise.resolve(true)
    }
    if (line.length >= maxWaiting) return Promise.resolve(false)
    return new Promise((resolve) => {
      const place = {
        admit: () => {
          clearTimeout(timer)
          resolve(true)
        },
      }
      const timer = setTimeout(() => {
        line.splice(line.indexOf(place), 1)
        resolve(false)
      }, maxWaitMs)
      line.push(place)
    })
  }

  /** The first in line takes the place this request leaves (so `working` stays), or the place is freed. */
  const leave = () => {
    const next = line.shift()
    if (next) next.admit()
    else working -= 1
  }

  return {
    /** Runs `work` once admitted; answers 'turned-away' without running it when not. */
    async run<T>(work: () => Promise<T>): Promise<T | 'turned-away'> {
      if (!(await admission())) return 'turned-away'
      try {
        return await work()
      } finally {
        leave()
      }
    },
  }
}
