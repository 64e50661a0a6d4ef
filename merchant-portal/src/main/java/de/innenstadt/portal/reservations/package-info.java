// SPDX-License-Identifier: EUPL-1.2
/** The merchant's reservation queue, phone and counter reservations, and printable pickup slips. */
package de.innenstadt.portal.reservations;
