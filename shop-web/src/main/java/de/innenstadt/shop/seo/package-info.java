// SPDX-License-Identifier: EUPL-1.2
/** What search engines read: schema.org JSON-LD, the sitemap and robots.txt. */
package de.innenstadt.shop.seo;
