// SPDX-License-Identifier: EUPL-1.2
/** Sending the queued e-mails from the portal, and the merchant's page of messages that did not go out. */
package de.innenstadt.portal.notification;
