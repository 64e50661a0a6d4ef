// SPDX-License-Identifier: EUPL-1.2
/** Messages to shoppers and merchants, queued with the event and sent with retries. */
package de.innenstadt.core.notification;
