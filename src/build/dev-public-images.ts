/**
 * An image of public/ exported anew at another size while `npm run dev` runs: the pages showing it kept the width and
 * height it had when they were compiled (src/build/public-images.ts adds them at compile time), until the story was
 * saved. This Vite plugin makes each image a story shows one of the story's module's dependencies, as a stylesheet's
 * imports are: when the file changes, Vite drops the compiled story and Astro reloads the browser, which has the story
 * compiled again with the image's new size (src/build/image-size.ts reads it again, its file changed).
 *
 * Run after the MDX plugin, in the same transform: the sizes read while compiling are those this one asks to watch.
 */
import type { Plugin } from 'vite';
import { publicImagesShownBy } from './public-images.ts';

export function publicImagesWatched(): Plugin {
  return {
    name: 'casefile:public-images-watched',
    apply: 'serve',
    enforce: 'post',
    transform: {
      filter: { id: /\.mdx(?:\?|$)/ },
      handler(_code, id) {
        for (const file of publicImagesShownBy(id)) this.addWatchFile(file);
      },
    },
  };
}
