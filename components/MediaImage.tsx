import Image from 'next/image'

import type { Media } from '../payload-types'
import { mediaPath } from '../site/pages'

type Props = { media: Media | null | undefined; sizes: string; className?: string; preload?: boolean }

/** An uploaded image through next/image, which serves it resized for the visitor's screen. */
export function MediaImage({ media, sizes, className, preload = false }: Props) {
  if (!media?.url || !media.width || !media.height) return null
  return (
    <Image
      src={mediaPath(media.url)}
      alt={media.alt}
      width={media.width}
      height={media.height}
      sizes={sizes}
      className={className}
      preload={preload}
    />
  )
}
