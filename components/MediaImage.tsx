import { getImageProps } from 'next/image'

import type { Media } from '../payload-types'
import { mediaPath } from '../site/pages'

type Props = { media: Media | null | undefined; sizes: string; className?: string; preload?: boolean }

/**
 * An uploaded image served resized by next/image for the visitor's screen. getImageProps renders a plain
 * <img> with srcset from the server, so images add no client JavaScript.
 */
export function MediaImage({ media, sizes, className, preload = false }: Props) {
  if (!media?.url || !media.width || !media.height) return null
  // Payload already fell back to the default language's text; with none there either, the image is decorative.
  const alt = media.alt || ''
  const { props } = getImageProps({
    src: mediaPath(media.url),
    alt,
    width: media.width,
    height: media.height,
    sizes,
    preload,
  })
  // eslint-disable-next-line @next/next/no-img-element -- the <img> props come from next/image itself.
  return <img {...props} alt={alt} className={className} />
}
