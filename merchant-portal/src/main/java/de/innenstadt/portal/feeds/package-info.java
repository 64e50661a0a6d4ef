// SPDX-License-Identifier: EUPL-1.2
/** The merchant's feed page: upload with preview and progress, import history, feed settings and push API keys. */
package de.innenstadt.portal.feeds;
