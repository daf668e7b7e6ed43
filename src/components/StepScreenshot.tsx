import type { ReactNode } from 'react';
import clsx from 'clsx';
import styles from './StepScreenshot.module.css';

export interface StepScreenshotProps {
  /** The bundled image URL, e.g. `require('./img/ab12.png').default`. */
  src: string;
  alt: string;
  width?: number;
  height?: number;
  /** Shown under the picture, e.g. "Tap 「次へ」 (Next), outlined in orange." */
  caption?: string;
  /** `tap`: before a tap, the control outlined; `failure`: how a failed step ended. */
  kind?: 'tap' | 'screen' | 'failure';
  /** For a picture cut to the part that matters: the whole screen, opened by tapping the picture. */
  whole?: string;
}

/**
 * The phone's screen at a step, at about a phone's real width. Width and height let the browser
 * keep the space before the lazy image arrives, so the page does not jump.
 */
export default function StepScreenshot({ src, alt, width, height, caption, kind = 'screen', whole }: StepScreenshotProps): ReactNode {
  const image = <img className={styles.image} src={src} alt={alt} width={width} height={height} loading="lazy" decoding="async" />;
  return (
    <figure className={clsx(styles.figure, kind === 'failure' && styles.failure)} data-kind={kind}>
      {whole ? (
        <a className={styles.whole} href={whole}>
          {image}
          <span className={styles.wholeHint}>See the whole screen</span>
        </a>
      ) : (
        image
      )}
      {caption ? <figcaption className={styles.caption}>{caption}</figcaption> : null}
    </figure>
  );
}
