// SPDX-License-Identifier: EUPL-1.2
/** Transports of merchants' feeds (drop folder, SFTP) into the import pipeline of core, and its recovery after a crash. */
package de.innenstadt.routes.feed;
