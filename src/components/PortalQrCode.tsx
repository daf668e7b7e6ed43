import type { ReactNode } from 'react';
import styles from './PortalQrCode.module.css';

export interface PortalQrCodeProps {
  src: string;
  /** The portal's address the code holds. */
  url: string;
  /** Width and height of the image in pixels. */
  size?: number;
}

/** The portal's address as a QR code to scan with the phone's camera, and as a link. */
export default function PortalQrCode({ src, url, size }: PortalQrCodeProps): ReactNode {
  return (
    <figure className={styles.figure}>
      <img className={styles.code} src={src} alt={`QR code for ${url}`} width={size} height={size} loading="lazy" decoding="async" />
      <figcaption>
        Scan it with your phone&apos;s camera, or open <a href={url}>{url.replace(/^https?:\/\//, '')}</a> in its browser.
      </figcaption>
    </figure>
  );
}
