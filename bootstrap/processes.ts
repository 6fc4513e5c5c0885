import { spawn } from 'node:child_process'
import os from 'node:os'

import { shutdownDeadlineMs } from './shutdown'

export type Command = {
  file: string
  args: string[]
  nodeOptions?: string
  env?: Record<string, string>
  /** CPU priority as a nice value (0 normal, up to 19 lowest). */
  niceness?: number
}

/**
 * Runs the processes together until the first one ends, then stops the others. `stop` passes a signal on; a
 * process that has not exited SHUTDOWN_DEADLINE_MS later is killed, so a hung request can never keep a
 * stopping server alive. `exited` answers the first process's exit code.
 */
export function runProcesses(commands: Command[]) {
  const children = commands.map(({ file, args, nodeOptions, env, niceness }) => {
    const child = spawn(file, args, {
      stdio: 'inherit',
      env: { ...process.env, NODE_OPTIONS: nodeOptions ?? process.env.NODE_OPTIONS, ...env },
    })
    if (niceness && child.pid) {
      try {
        os.setPriority(child.pid, niceness)
      } catch {
        // A system that does not allow it runs the process at normal priority.
      }
    }
    return child
  })
  const exits = children.map(
    (child) =>
      new Promise<number>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)))),
  )
  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    for (const child of children) if (child.exitCode === null) child.kill(signal)
    setTimeout(() => {
      for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    }, shutdownDeadlineMs()).unref()
  }
  void Promise.race(exits).then(() => stop('SIGTERM'))
  return { exited: Promise.all(exits).then(([first]) => first), stop }
}
