// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class SearchHealthCheckTest {

    @Test
    void anUnreachableClusterIsReportedAsSearchDown() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ElasticsearchClient client = SearchClientProducer.connect("http://127.0.0.1:" + closedPort);
        try {
            assertThat(new SearchHealthCheck(client).probe()).containsEntry("search", "down").containsKey("error");
        } finally {
            client._transport().close();
        }
    }
}
