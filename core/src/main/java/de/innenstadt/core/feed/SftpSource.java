// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

/**
 * A merchant's SFTP server that is polled for feed files ({@code feed_sftp_source}). Files are taken
 * from {@code remotePath} and moved on the server to {@code done/} or {@code failed/} below it.
 */
public record SftpSource(long merchantId, String host, int port, String remotePath, String username, String password,
        int pollSeconds) {

    @Override
    public String toString() {
        return "SftpSource[merchant " + merchantId + ", " + username + "@" + host + ":" + port + "/" + remotePath + "]";
    }
}
