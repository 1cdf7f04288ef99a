// What pages, workbooks and the data package say about the licence
// (content/site.json), in one place: a placeholder is never passed off as a grant.
import type { SiteConfig } from '../schema/site-config.ts';

export interface LicenseStatement {
  /** The sentence readers see. */
  text: string;
  /** The licence's address, when there is one to link (the placeholder's too, marked as such by `text`). */
  url?: string;
  /** Only when chosen: the address machine-readable metadata may claim (JSON-LD, the data package). */
  grantedUrl?: string;
  granted: boolean;
}

export function licenseStatement({ license }: Pick<SiteConfig, 'license'>): LicenseStatement {
  if (license === null) return { text: '许可协议尚未选定：发布机构还没有确定本站文字和数据的使用许可。', granted: false };
  if (license.placeholder)
    return {
      text: `许可协议尚未选定。示例站点暂以“${license.name}”作占位，发布机构正式选定前，它不构成授权。`,
      url: license.url,
      granted: false,
    };
  return { text: license.name, url: license.url, grantedUrl: license.url, granted: true };
}
