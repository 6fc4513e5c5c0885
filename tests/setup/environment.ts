import { inject } from 'vitest'

// Uploads in tests go to the run's temporary folder, never to .data/media.
process.env.MEDIA_DIR = inject('mediaDir')
