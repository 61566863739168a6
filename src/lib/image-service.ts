/**
 * Astro's sharp image service, with one rule added: a photo is published at most `maxImageWidth` pixels wide. An
 * editor drops the camera's file beside a story (9,000 px, 30 MB); Astro would otherwise convert it to WebP at its
 * full size and give it to every reader's phone. Narrower images, and any width a component asks for below the limit,
 * are left as they are. Height follows the width, keeping the image's proportions.
 */
import type { ImageTransform, LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';

/** Twice the widest a story shows an image (the page's column at 1,280 px), for high-density screens. */
export const maxImageWidth = 2000;

type Options = ImageTransform & { width?: number; height?: number };

/** The transform with its width (and, when implied, its height) brought within `maxImageWidth`. */
export function withinMaxWidth<T extends Options>(options: T): T {
  const src = options.src;
  if (typeof src !== 'object' || !('width' in src)) return options; // a remote image: its size is not known here
  // The width asked for, or the one a height asked for implies (the image's proportions), or the image's own.
  const width = options.width ?? (options.height === undefined ? src.width : (options.height * src.width) / src.height);
  if (width <= maxImageWidth) return options;
  // A height the transform gives keeps its ratio to the width; else the image's own proportions.
  const height =
    options.height === undefined ? (src.height * maxImageWidth) / src.width : (options.height * maxImageWidth) / width;
  return { ...options, width: maxImageWidth, height: Math.round(height) };
}

const service: LocalImageService = {
  ...(sharpService as LocalImageService),
  async validateOptions(options, imageConfig, logger) {
    const validated =
      (await (sharpService as LocalImageService).validateOptions?.(options, imageConfig, logger)) ?? options;
    return withinMaxWidth(validated);
  },
};

export default service;
