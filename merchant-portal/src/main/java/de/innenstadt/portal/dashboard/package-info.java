// SPDX-License-Identifier: EUPL-1.2
/** The merchant's start page: today's reservations, feed freshness, searches that found nothing. */
package de.innenstadt.portal.dashboard;
