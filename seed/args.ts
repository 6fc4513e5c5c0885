// Its own module: bootstrap/run.ts reads the seed command's arguments before loading Payload for any command.

/** `--clinics N` among the seed command's arguments: how many generated clinics to add (0 without it). */
export function clinicCountFrom(args: string[]): number {
  const at = args.indexOf('--clinics')
  if (at === -1) return 0
  const count = Number(args[at + 1])
  if (!Number.isInteger(count) || count < 0) throw new Error('usage: npm run seed -- --clinics <number of clinics>')
  return count
}
