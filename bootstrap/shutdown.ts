/** How long a stopping process may take to finish what it is doing (SHUTDOWN_DEADLINE_MS, 10 s). */
export const shutdownDeadlineMs = () => Number(process.env.SHUTDOWN_DEADLINE_MS ?? 10_000)
