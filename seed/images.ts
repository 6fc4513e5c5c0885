import type { File } from 'payload'
import sharp from 'sharp'

// Demo images are drawn here rather than downloaded: the platform works offline and ships no third-party assets.
const svg = (width: number, height: number, body: string) =>
  Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`,
  )

const toFile = async (name: string, image: Buffer): Promise<File> => {
  const data = await sharp(image).png().toBuffer()
  return { name: `${name}.png`, data, mimetype: 'image/png', size: data.length }
}

/** A calm interior-like scene: a wall gradient, a window of light and a reception desk. */
export const heroImage = (name: string, [wall, light, desk]: [string, string, string]) =>
  toFile(
    name,
    svg(
      1600,
      900,
      `<defs><linearGradient id="w" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${wall}"/><stop offset="1" stop-color="${light}"/></linearGradient></defs>
       <rect width="1600" height="900" fill="url(#w)"/>
       <rect x="1040" y="120" width="380" height="480" rx="16" fill="#ffffff" opacity="0.55"/>
       <rect x="180" y="560" width="760" height="200" rx="24" fill="${desk}"/>
       <rect x="0" y="760" width="1600" height="140" fill="${desk}" opacity="0.35"/>
       <circle cx="560" cy="300" r="120" fill="#ffffff" opacity="0.25"/>`,
    ),
  )

/** A round monogram-like mark. */
export const logoImage = (name: string, color: string) =>
  toFile(
    name,
    svg(
      400,
      400,
      `<rect width="400" height="400" fill="#ffffff"/><circle cx="200" cy="200" r="170" fill="${color}"/>
       <circle cx="200" cy="200" r="110" fill="#ffffff"/><circle cx="200" cy="200" r="60" fill="${color}"/>`,
    ),
  )

/** A neutral head-and-shoulders silhouette. */
export const portraitImage = (name: string, [background, figure]: [string, string]) =>
  toFile(
    name,
    svg(
      600,
      600,
      `<rect width="600" height="600" fill="${background}"/><circle cx="300" cy="240" r="110" fill="${figure}"/>
       <path d="M90 600 C110 430 490 430 510 600 Z" fill="${figure}"/>`,
    ),
  )
