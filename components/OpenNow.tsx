'use client'

import { useEffect, useState } from 'react'

type Period = { day: string; opens: string; closes: string }

type Props = { hours: Period[]; timeZone: string; openLabel: string; closedLabel: string }

/** Whether the clinic is open at this moment in its own time zone. */
function isOpen(hours: Period[], timeZone: string, now: Date): boolean {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now)
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? ''
  const day = part('weekday').toLowerCase()
  const time = `${part('hour')}:${part('minute')}`
  return hours.some((period) => period.day === day && period.opens <= time && time < period.closes)
}

// The page itself is static and cached, so "now" can only be known in the visitor's browser.
export function OpenNow({ hours, timeZone, openLabel, closedLabel }: Props) {
  const [open, setOpen] = useState<boolean | null>(null)
  useEffect(() => {
    const update = () => setOpen(isOpen(hours, timeZone, new Date()))
    update()
    const timer = setInterval(update, 60_000)
    return () => clearInterval(timer)
  }, [hours, timeZone])
  return (
    <p className="open-now" role="status" data-open={open ?? undefined}>
      {open === null ? '' : open ? openLabel : closedLabel}
    </p>
  )
}
