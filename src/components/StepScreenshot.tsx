import type { ReactNode } from 'react';
import styles from './StepScreenshot.module.css';

export interface StepScreenshotProps {
  /** The bundled image URL, e.g. `require('./img/ab12.png').default`. */
  src: string;
  /** The step the screen belongs to, e.g. `When she opens "ネットワーク暗証番号の変更"`. */
  alt: string;
  width?: number;
  height?: number;
}

/**
 * What the phone showed after a step, at about a phone's real width. Width and height let the
 * browser keep the space before the lazy image arrives, so the page does not jump.
 */
export default function StepScreenshot({ src, alt, width, height }: StepScreenshotProps): ReactNode {
  return (
    <figure className={styles.figure}>
      <img className={styles.image} src={src} alt={alt} width={width} height={height} loading="lazy" decoding="async" />
    </figure>
  );
}
