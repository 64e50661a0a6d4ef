// SPDX-License-Identifier: EUPL-1.2
/** Administration pages: the search index. */
package de.innenstadt.portal.admin;
