// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

/** How a feed reached the platform; stored on the import record so a merchant can tell feeds apart. */
public enum FeedSource {
    UPLOAD,
    DROP_FOLDER,
    SFTP,
    API
}
