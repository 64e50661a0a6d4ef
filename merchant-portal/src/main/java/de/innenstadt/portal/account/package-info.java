// SPDX-License-Identifier: EUPL-1.2
/** Pages reached without a login: setting a password through a one-time link, and asking for one. */
package de.innenstadt.portal.account;
