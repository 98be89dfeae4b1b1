import type { MetadataRoute } from 'next';
import { absoluteUrl, sitePath } from '@/lib/site';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: sitePath('/') },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
